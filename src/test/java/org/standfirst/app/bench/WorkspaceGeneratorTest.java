package org.standfirst.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.model.ItemQuery;

class WorkspaceGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void aCachedWorkspaceThatNoLongerOpensIsMadeAnew() throws Exception {
        Path folder = tmp.resolve("workspace-30-v1");
        Files.createDirectories(folder);
        Files.write(folder.resolve("workspace.mv.db"), "not a database left by another build".getBytes());
        Files.writeString(folder.resolve("generated.ok"), "30");
        List<String> said = new ArrayList<>();

        WorkspaceGenerator.ensure(folder, 30, said::add);

        assertThat(said).singleElement().asString().startsWith("Generating a workspace of 30 items");
        try (Standfirst sf = Standfirst.open(folder, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            assertThat(sf.items().count(ItemQuery.all())).isEqualTo(30);
        }
    }

    @Test
    void aGoodCacheIsKept() throws Exception {
        Path folder = tmp.resolve("workspace-20-v1");
        WorkspaceGenerator.ensure(folder, 20, s -> { });
        List<String> said = new ArrayList<>();
        WorkspaceGenerator.ensure(folder, 20, said::add);
        assertThat(said).isEmpty();
    }
}
