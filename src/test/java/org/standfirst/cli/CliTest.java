package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.app.Workspaces;

/** Runs the commands as a person would and reads what they print. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @TempDir
    Path files;

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.strip().split("\n")) {
                out.add(JSON.readTree(line));
            }
            return out;
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", dir.toString()));
        all.addAll(List.of(args));
        Cli cli = new Cli(p -> {
            throw new AssertionError("the desktop app must not open");
        }, p -> Standfirst.open(p, Standfirst.Options.defaults().withClock(Workspaces.CLOCK).withSample(Workspaces.FIXTURE)));
        int code = cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void withoutASubcommandTheDesktopOpensOnTheChosenWorkspace() {
        List<Object> opened = new ArrayList<>();
        Cli cli = new Cli(opened::add, p -> {
            throw new AssertionError("no workspace is opened by the command line here");
        });
        StringWriter err = new StringWriter();
        assertThat(cli.run(new String[] {"--data", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(Cli.DESKTOP_STARTED);
        assertThat(cli.run(new String[] {"--data=" + dir}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(Cli.DESKTOP_STARTED);
        opened.add("default");
        assertThat(cli.run(new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err))).isEqualTo(Cli.DESKTOP_STARTED);
        assertThat(opened).containsExactly(dir, dir, "default", null);
        // A mistake is picocli's to explain, as before: no desktop.
        assertThat(cli.run(new String[] {"--data"}, new PrintWriter(new StringWriter()), new PrintWriter(err))).isNotZero()
                .isNotEqualTo(Cli.DESKTOP_STARTED);
        assertThat(err.toString()).contains("--data");
        assertThat(opened).hasSize(4);
    }

    @Test
    void listShowsTheSeededSampleAndFiltersAndSearches() throws Exception {
        Run all = run("list");
        assertThat(all.code()).isZero();
        assertThat(all.err()).isEmpty();
        assertThat(all.out()).contains("Trial recruitment fell during the pandemic", "Why trials matter");
        assertThat(all.out().lines()).hasSize(4);

        Run json = run("list", "--json");
        assertThat(json.json()).hasSize(4);
        assertThat(keys(json.json().get(0))).containsExactly("id", "kind", "state", "headline", "writer", "topic", "embargo",
                "updated", "report", "slug");

        List<JsonNode> published = run("list", "--status", "published", "--json").json();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).get("state").asText()).isEqualTo("published");
        assertThat(published.get(0).get("kind").asText()).isEqualTo("news-story");
        assertThat(published.get(0).get("writer").asText()).isEqualTo("Amira Okafor");
        assertThat(published.get(0).get("embargo").isNull()).isTrue();

        List<JsonNode> sections = run("list", "--kind", "report-section", "--json").json();
        assertThat(sections).extracting(n -> n.get("report").asText()).containsOnly("clinical-trials-in-cancer");

        List<JsonNode> release = run("list", "--kind", "press-release", "--json").json();
        assertThat(release.get(0).get("embargo").asText()).isEqualTo("2026-12-03T00:01:00Z");

        assertThat(run("list", "--search", "recruit", "--json").json()).extracting(n -> n.get("headline").asText())
                .containsExactlyInAnyOrder("Trial recruitment fell during the pandemic", "Trials during the pandemic");
        assertThat(run("list", "--search", "zzzz").out()).isEqualTo("No items match.\n");
    }

    @Test
    void showNamesAnItemBySlugOrHeadline() throws Exception {
        Run plain = run("show", "trial-recruitment-fell");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).startsWith("Trial recruitment fell during the pandemic\n")
                .contains("state:            published").contains("Far fewer people joined **clinical trials**");
        JsonNode j = run("show", "Why trials", "--json").json().get(0);
        assertThat(j.get("headline").asText()).isEqualTo("Why trials matter");
        assertThat(j.get("report").asText()).isEqualTo("clinical-trials-in-cancer");
        assertThat(j.get("position").asInt()).isEqualTo(1);
        assertThat(keys(j)).startsWith("id", "kind", "state", "headline", "writer", "topic", "embargo", "updated", "report");
    }

    @Test
    void importAddsDraftsAndABadFileWritesNothing() throws Exception {
        Path good = files.resolve("good.md");
        Files.writeString(good, "---\nheadline: Cryo-EM sees cancer proteins\nwriter: Catherine Lowe\n---\nBody\n");
        Path bad = files.resolve("bad.md");
        Files.writeString(bad, "---\nheadline: Oops\nembargo: soon\n---\n");

        Run failed = run("import", good.toString(), bad.toString());
        assertThat(failed.code()).isNotZero();
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).isEqualTo("standfirst: " + bad + ", line 3: 'soon' is not a date and time such as "
                + "2026-12-03T00:01:00Z\n");
        assertThat(run("list", "--json").json()).hasSize(4);

        Run ok = run("import", good.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).endsWith("Imported 1 item and 0 reports.\n");
        JsonNode shown = run("show", "cryo-em-sees-cancer-proteins", "--json").json().get(0);
        assertThat(shown.get("state").asText()).isEqualTo("draft");
        assertThat(shown.get("writer").asText()).isEqualTo("Catherine Lowe");
    }

    @Test
    void peopleListsAndAdds() throws Exception {
        Run added = run("people", "add", "Priya", "Shah", "--role", "reviewer", "--json");
        assertThat(added.code()).isZero();
        JsonNode p = added.json().get(0);
        assertThat(keys(p)).containsExactly("id", "name", "role");
        assertThat(p.get("name").asText()).isEqualTo("Priya Shah");
        assertThat(p.get("role").asText()).isEqualTo("reviewer");
        assertThat(run("people", "--json").json()).extracting(n -> n.get("name").asText())
                .containsExactly("Amira Okafor", "Catherine Lowe", "Priya Shah", "Tom Hargreaves");
        Run dup = run("people", "add", "Priya Shah", "--role", "writer");
        assertThat(dup.code()).isNotZero();
        assertThat(dup.err()).isEqualTo("standfirst: There is already a person called Priya Shah\n");
    }

    @Test
    void mistakesAreOneLineOnStderrWithANonZeroExitAndCreateNothing() {
        Run badStatus = run("list", "--status", "finished");
        assertThat(badStatus.code()).isNotZero();
        assertThat(badStatus.err()).isEqualTo("standfirst: Unknown state 'finished': use draft, in-review, changes-requested, "
                + "approved, published or archived\n");
        assertThat(Files.exists(dir.resolve("workspace.mv.db"))).as("nothing written").isFalse();

        Run badOption = run("list", "--colour");
        assertThat(badOption.code()).isNotZero();
        assertThat(badOption.err().lines()).hasSize(1);
        assertThat(badOption.err()).startsWith("standfirst: Unknown option: '--colour'");

        Run missing = run("show", "no-such-item");
        assertThat(missing.err()).isEqualTo("standfirst: No item has the id, slug or headline 'no-such-item'\n");
        assertThat(missing.code()).isNotZero();
    }

    @Test
    void backupAndRestore() {
        Run backup = run("backup");
        assertThat(backup.code()).isZero();
        assertThat(backup.out()).startsWith("Backed up to " + dir.toAbsolutePath().normalize().resolve("backups"));
        Run restore = run("restore");
        assertThat(restore.code()).isZero();
        assertThat(restore.out()).startsWith("Restored ").contains("The replaced database is kept as ");
        assertThat(run("list").out().lines()).hasSize(4);
    }

    @Test
    void benchPrintsFiguresAsJsonLines() throws Exception {
        Run bench = run("bench", "--json", "--only", "store", "--items", "60", "--scratch", files.toString());
        assertThat(bench.code()).as(bench.err()).isZero();
        List<JsonNode> figures = bench.json();
        assertThat(figures).extracting(n -> n.get("name").asText()).allMatch(n -> n.startsWith("store."))
                .contains("store.open.ms", "store.list.first-page.ms", "store.search.prefix.median.ms", "store.save.revision.median.ms", "store.heap.peak.mb");
        for (JsonNode f : figures) {
            assertThat(keys(f)).containsExactly("name", "value", "unit");
            assertThat(f.get("value").asDouble()).isPositive();
        }
        Run unknown = run("bench", "--only", "nonesuch");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).startsWith("standfirst: No benchmark is called nonesuch; there are store");
        // The generated workspace was compacted and closed cleanly: no H2 trace of errors beside it.
        try (var folders = Files.list(files)) {
            assertThat(folders.filter(p -> p.getFileName().toString().startsWith("workspace-60"))
                    .map(p -> p.resolve("workspace.trace.db")).filter(Files::exists).toList()).isEmpty();
        }
    }
}
