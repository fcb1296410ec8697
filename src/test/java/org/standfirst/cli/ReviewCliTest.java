package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.app.Workspaces;

/** The review commands as a person would run them, on the seeded fixture workspace. */
class ReviewCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECTION = "Trials during the pandemic"; // a draft by Catherine Lowe (editor)

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(Path workspace, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", workspace.toString()));
        all.addAll(List.of(args));
        Cli cli = new Cli(p -> {
            throw new AssertionError("the desktop app must not open");
        }, p -> Standfirst.open(p, Standfirst.Options.defaults().withClock(Workspaces.CLOCK).withSample(Workspaces.FIXTURE)));
        int code = cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(tmp.resolve("ws"), args);
    }

    @Test
    void submitApproveAndTheHistoryShowsAVerifiedApproval() throws Exception {
        Run submit = run("review", "submit", SECTION, "--as", "Catherine Lowe", "--comment", "Ready");
        assertThat(submit.code()).as(submit.err()).isZero();
        assertThat(submit.out()).startsWith("Submitted 'Trials during the pandemic' for review");

        Run own = run("review", "approve", SECTION, "--as", "Catherine Lowe");
        assertThat(own.code()).isEqualTo(1);
        assertThat(own.err().strip()).isEqualTo("standfirst: You cannot approve your own work: someone else must review it");
        Run writer = run("review", "approve", SECTION, "--as", "Amira Okafor");
        assertThat(writer.err().strip()).isEqualTo("standfirst: Only reviewers and editors can approve an item");

        Run ok = run("review", "approve", SECTION, "--as", "Tom Hargreaves", "--comment", "Good");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("signed by Tom Hargreaves");

        Run history = run("history", SECTION);
        assertThat(history.out()).contains("approved by Tom Hargreaves").contains(": Verified")
                .contains("Catherine Lowe  submit  Draft -> In review").contains("\"Good\"");
        Run json = run("history", SECTION, "--json");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : json.out().strip().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        JsonNode rev = lines.get(0);
        assertThat(rev.get("type").asText()).isEqualTo("revision");
        assertThat(rev.get("state").asText()).isEqualTo("approved");
        assertThat(rev.get("approvals").get(0).get("valid").asBoolean()).isTrue();
        assertThat(lines).filteredOn(l -> l.get("type").asText().equals("audit")).extracting(l -> l.get("action").asText())
                .contains("submit", "approve");
    }

    @Test
    void commentsSuggestionsAndAWordDiff() {
        assertThat(run("review", "comment", SECTION, "--as", "Tom Hargreaves", "--comment", "Which trials?").code()).isZero();
        // The section's body is "Recruitment fell."
        Run s = run("review", "suggest", SECTION, "--as", "Tom Hargreaves", "--quote", "fell", "--replacement", "fell sharply");
        assertThat(s.code()).as(s.err()).isZero();
        Run accept = run("review", "accept", SECTION, "--as", "Catherine Lowe");
        assertThat(accept.out()).startsWith("Accepted 1 suggestion (revision ");
        assertThat(run("review", "comments", SECTION).out()).contains("Tom Hargreaves").contains("Which trials?");

        Run diff = run("diff", SECTION, "1", "2");
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("== Body").contains("Recruitment fell{+ sharply+}.");
        assertThat(run("diff", SECTION, "1", "9").err().strip())
                .isEqualTo("standfirst: The item has revisions 1 to 2; there is no revision 9");
    }

    @Test
    void twoWorkspacesExchangePackagesFromTheCommandLine() throws Exception {
        Path writerDesk = tmp.resolve("writer");
        Path reviewerDesk = tmp.resolve("reviewer");
        Path request = tmp.resolve("request.json");
        Path reply = tmp.resolve("reply.json");
        String id = JSON.readTree(run(writerDesk, "show", SECTION, "--json").out()).get("id").asText();
        assertThat(run(writerDesk, "review", "submit", id, "--as", "Catherine Lowe").code()).isZero();
        Run export = run(writerDesk, "package", "export", id, "--out", request.toString(), "--as", "Catherine Lowe");
        assertThat(export.code()).as(export.err()).isZero();

        // The reviewer's workspace is seeded with its own people of the same names but other ids and keys.
        Run in = run(reviewerDesk, "package", "import", request.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("Added Catherine Lowe as 'Catherine Lowe (2)'");
        Run approve = run(reviewerDesk, "review", "approve", id, "--as", "Tom Hargreaves");
        assertThat(approve.code()).as(approve.err()).isZero();
        assertThat(run(reviewerDesk, "package", "export", id, "--out", reply.toString()).code()).isZero();

        Run back = run(writerDesk, "package", "import", reply.toString());
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("Tom Hargreaves (2) approved 'Trials during the pandemic'");
        assertThat(run(writerDesk, "history", id).out()).contains(": Verified");

        byte[] bytes = Files.readAllBytes(reply);
        Files.write(reply, Arrays.copyOf(bytes, bytes.length / 3));
        Run broken = run(writerDesk, "package", "import", reply.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().strip()).startsWith("standfirst: reply.json: The file is not complete JSON").doesNotContain("\n");
    }

    @Test
    void archiveRestoreAndTheQueue() {
        assertThat(run("review", "archive", SECTION, "--as", "Catherine Lowe").out().strip())
                .isEqualTo("Archived 'Trials during the pandemic'");
        Run refused = run("review", "submit", SECTION, "--as", "Catherine Lowe");
        assertThat(refused.err().strip()).isEqualTo("standfirst: Cannot submit an archived item: restore it first");
        assertThat(run("review", "restore", SECTION, "--as", "Catherine Lowe").out().strip())
                .isEqualTo("Restored 'Trials during the pandemic' as a draft");
        run("review", "submit", SECTION, "--as", "Catherine Lowe");
        assertThat(run("review", "queue", "--as", "Tom Hargreaves").out())
                .contains("Trials during the pandemic  (by Catherine Lowe; new to you)");
        assertThat(run("review", "queue", "--as", "Catherine Lowe").out().strip()).isEqualTo("Nothing awaits your review");
    }

    @Test
    void submittingListsTheErrorsFirstThenSubmits() throws Exception {
        Path story = tmp.resolve("hype.md");
        Files.writeString(story, """
                ---
                kind: news-story
                headline: Trial results announced
                standfirst: A study of new treatments.
                ---

                The breakthrough cured 60% of cancer victims.
                """);
        Run in = run("import", story.toString(), "--as", "Amira Okafor");
        assertThat(in.code()).as(in.err()).isZero();

        Run submit = run("review", "submit", "Trial results announced", "--as", "Amira Okafor");
        assertThat(submit.code()).as(submit.err()).isZero();
        List<String> lines = submit.out().lines().toList();
        assertThat(lines.get(0)).matches("'Trial results announced' has \\d+ errors; public export refuses it until they are fixed:");
        int errors = Integer.parseInt(lines.get(0).replaceAll("\\D*(\\d+) errors.*", "$1"));
        assertThat(errors).isGreaterThanOrEqualTo(2);
        assertThat(lines.subList(1, 1 + errors)).allSatisfy(l -> assertThat(l).startsWith("  Body, line 1: “"))
                .anySatisfy(l -> assertThat(l).contains("“60%”").contains("[house."))
                .anySatisfy(l -> assertThat(l).contains("“cancer victims”"));
        // The errors come first, then the submission itself.
        assertThat(lines.get(1 + errors)).startsWith("Submitted 'Trial results announced' for review");
        assertThat(run("show", "Trial results announced", "--json").out()).contains("\"state\":\"in-review\"");

        // A submission that is refused lists nothing but the reason.
        Run again = run("review", "submit", "Trial results announced", "--as", "Amira Okafor");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
    }
}
