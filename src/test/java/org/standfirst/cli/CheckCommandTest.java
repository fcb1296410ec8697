package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.app.Workspaces;

/** standfirst check, run as a person or a script would. */
class CheckCommandTest {
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

    private Run run(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        Cli cli = new Cli(p -> {
            throw new AssertionError("the desktop app must not open");
        }, p -> Standfirst.open(p, Standfirst.Options.defaults().withClock(Workspaces.CLOCK).withSample(Workspaces.FIXTURE)));
        int code = cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aFileWithFrontMatterIsCheckedWithPositionsInTheFile() throws Exception {
        Path story = files.resolve("story.md");
        Files.writeString(story, """
                ---
                kind: news-story
                headline: A breakthrough in myeloma
                standfirst: A short standfirst.
                ---

                The breakthrough cured 60% of cancer victims.
                """);
        Path none = files.resolve("no-workspace");
        Run r = run(none, "check", story.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(story + ":3:13: warning: ")
                .contains(story + ":7:24: error: House style writes “per cent” in words, not “%” or “percent”: write “60 per cent”. [house.per-cent]")
                .contains("[house.person-first]")
                .contains("errors, ");
        assertThat(Files.exists(none)).as("checking a file creates no workspace").isFalse();

        Run j = run(none, "check", story.toString(), "--json");
        assertThat(j.code()).isEqualTo(1);
        JsonNode percent = j.json().stream().filter(n -> n.get("rule").asText().equals("house.per-cent")).findFirst().orElseThrow();
        assertThat(percent.get("severity").asText()).isEqualTo("error");
        assertThat(percent.get("line").asInt()).isEqualTo(7);
        assertThat(percent.get("column").asInt()).isEqualTo(24);
        assertThat(percent.get("text").asText()).isEqualTo("60%");
        assertThat(percent.get("replacement").asText()).isEqualTo("60 per cent");
        assertThat(j.json()).allSatisfy(n -> assertThat(n.has("message") && n.has("replacement")).isTrue());
        JsonNode hype = j.json().get(0);
        assertThat(hype.get("replacement").isNull()).isTrue();
    }

    @Test
    void aCleanPlainMarkdownFileExitsZero() throws Exception {
        Path story = files.resolve("clean.md");
        Files.writeString(story, "## Results\n\nRecruitment fell by about 60 per cent during the pandemic.\n");
        Run r = run(files.resolve("none"), "check", story.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("0 errors, 0 warnings, 0 suggestions.");
    }

    @Test
    void aStoredItemIsCheckedByItsSlug() throws Exception {
        Path story = files.resolve("imported.md");
        Files.writeString(story, """
                ---
                kind: news-story
                headline: Trial results for myeloma
                slug: trial-results-myeloma
                ---

                The breakthrough cured 60% of cancer victims.
                """);
        Run imported = run(dir, "import", story.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Run r = run(dir, "check", "trial-results-myeloma");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("trial-results-myeloma:1:24: error: ").contains("[house.per-cent]");
        Run report = run(dir, "check", "clinical-trials-in-cancer");
        assertThat(report.err()).isEmpty();
        assertThat(report.out()).contains("Report '").contains("sections, reading ease");
        Run missing = run(dir, "check", "no-such-item");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-item");
    }
}
