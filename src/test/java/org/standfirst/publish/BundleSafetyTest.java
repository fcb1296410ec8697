package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Channel;
import org.standfirst.model.Hashing;

/** Atomic replacement, the manifest, and what a failed or cancelled export leaves behind. */
class BundleSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void theManifestListsEveryFileWithItsChecksum() throws Exception {
        Path out = tmp.resolve("bundle");
        ExportResult r = Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC),
                ExportListener.NONE);
        Map<String, byte[]> files = snapshot(out);
        assertThat(files).containsKey("manifest.json");
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().equals("manifest.json")) {
                assertThat(manifest).contains("\"path\" : \"" + f.getKey() + "\"")
                        .contains("\"sha256\" : \"" + Hashing.sha256(f.getValue()) + "\"");
            }
        }
        assertThat(r.manifestSha256()).isEqualTo(Hashing.sha256(files.get("manifest.json")));
        assertThat(files.keySet()).noneMatch(p -> p.contains("staging"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }

    @Test
    void anExporterThatFailsPartWayLeavesThePreviousBundleAsItWas() throws Exception {
        Path out = tmp.resolve("bundle");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        Map<String, byte[]> before = snapshot(out);

        Exporter failing = new Exporter() {
            @Override
            public ExportFormat format() {
                return ExportFormat.SITE;
            }

            @Override
            public int steps(ExportPlan plan) {
                return 1;
            }

            @Override
            public void write(ExportContext ctx) throws IOException {
                ctx.files().write("index.html", "<p>half a site</p>");
                throw new IllegalStateException("template 'topic' has no section 'latest'");
            }
        };
        PublishPipeline broken = new PublishPipeline(Exports.renderer(), ApprovalGate.byState(),
                List.of(new NinjsExporter(), failing));
        Newsroom changed = Newsroom.sample();
        changed.replace(changed.item("i-mri").withContent(changed.item("i-mri").content().withHeadline("Changed"), Newsroom.NOW));
        assertThatThrownBy(() -> broken.export(changed, Exports.request(out, Channel.PUBLIC), ExportListener.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage("The site export failed: template 'topic' has no section 'latest'");

        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }

    @Test
    void anUnwritableFolderFailsWithOneLineAndTouchesNothing() throws Exception {
        Path parent = Files.createDirectory(tmp.resolve("locked"));
        Path out = parent.resolve("bundle");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        Map<String, byte[]> before = snapshot(out);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(parent), "running as a user who can write anywhere");
            assertThatThrownBy(() -> Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC),
                    ExportListener.NONE))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining(parent.toString()).hasMessageContaining("permission denied")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(snapshot(out)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskPartWayLeavesThePreviousBundleAsItWas() throws Exception {
        Path out = tmp.resolve("bundle");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        Map<String, byte[]> before = snapshot(out);
        Exporter diskFills = new Exporter() {
            @Override
            public ExportFormat format() {
                return ExportFormat.HTML;
            }

            @Override
            public int steps(ExportPlan plan) {
                return 2;
            }

            @Override
            public void write(ExportContext ctx) throws IOException {
                ctx.files().write("items/first.html", "<p>one</p>");
                throw new java.nio.file.FileSystemException(ctx.files().root().resolve("items/second.html").toString(),
                        null, "No space left on device");
            }
        };
        PublishPipeline pipeline = new PublishPipeline(Exports.renderer(), ApprovalGate.byState(),
                List.of(new NinjsExporter(), diskFills));
        assertThatThrownBy(() -> pipeline.export(Newsroom.sample(), Exports.request(out, Channel.PRESS), ExportListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining("No space left on device");
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }

    @Test
    void aFolderThatIsNotABundleIsNeverReplaced() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "years of work");
        assertThatThrownBy(() -> Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC),
                ExportListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining("is not empty and holds no Standfirst bundle");
        assertThat(out.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void cancellingStopsTheExportAndKeepsThePreviousBundle() throws Exception {
        Path out = tmp.resolve("bundle");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        Map<String, byte[]> before = snapshot(out);
        List<String> seen = new ArrayList<>();
        ExportListener cancelAfterOne = new ExportListener() {
            @Override
            public void progress(int done, int total, String message) {
                seen.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty();
            }
        };
        assertThatThrownBy(() -> Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.DRAFT),
                cancelAfterOne)).isInstanceOf(ExportCancelledException.class);
        assertThat(seen).hasSize(1);
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void progressCountsUpToTheTotal() throws Exception {
        List<int[]> steps = new ArrayList<>();
        Exports.pipeline().export(Newsroom.sample(), Exports.request(tmp.resolve("b"), Channel.PRESS), new ExportListener() {
            @Override
            public void progress(int done, int total, String message) {
                steps.add(new int[] {done, total});
            }
        });
        assertThat(steps).isNotEmpty();
        int total = steps.get(0)[1];
        assertThat(steps.get(steps.size() - 1)[0]).isEqualTo(total);
        assertThat(steps).allSatisfy(s -> assertThat(s[1]).isEqualTo(total));
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>() {
            @Override
            public boolean equals(Object o) {
                if (!(o instanceof Map<?, ?> other) || other.size() != size()) {
                    return false;
                }
                for (Map.Entry<String, byte[]> e : entrySet()) {
                    if (!(other.get(e.getKey()) instanceof byte[] b) || !java.util.Arrays.equals(b, e.getValue())) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
