package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.check.Finding;
import org.standfirst.check.Severity;
import org.standfirst.ui.editor.SaveState;
import org.standfirst.ui.export.ExportDialog;
import org.testfx.api.FxRobot;

/**
 * Issue #6's "done when", in the desktop as a writer meets it: the sentence typed into a story
 * shows its findings with reasons, a quick fix turns "60%" into "60 per cent", and the public
 * export of the story is refused, saying why, until the errors are gone.
 */
class HouseStyleDoneWhenTest extends WindowTest {
    private List<Finding> findings() {
        return Fx.call(() -> List.copyOf(fx.window.problemsViewModel().findings()));
    }

    private Finding finding(String rule) {
        return findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElse(null);
    }

    /** The text a row of the problems list shows, and its tooltip, for a finding. */
    private String[] row(Finding f) {
        Fx.call(() -> {
            fx.window.problemsPane().list().scrollTo(f);
            fx.window.problemsPane().list().layout();
            return null;
        });
        return Fx.call(() -> fx.window.problemsPane().list().lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n).filter(c -> f.equals(c.getItem()))
                .map(c -> new String[] {c.getAccessibleText(), c.getTooltip() == null ? "" : c.getTooltip().getText()})
                .findFirst().orElse(null));
    }

    private void saved() {
        Fx.waitUntil(() -> fx.window.editorViewModel().saveStateProperty().get() == SaveState.SAVED
                && !fx.window.editorViewModel().hasUnsavedEdits());
    }

    /** Ctrl+S (a checkpoint of the text as it stands), then sent for review and approved by the sample's reviewer. */
    private void approve(FxRobot robot, String id) throws Exception {
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // The checkpoint makes an approved story a draft again; wait for the store to say so.
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> fx.ws.item(id).orElseThrow().state() == org.standfirst.model.WorkflowState.DRAFT
                        && fx.ws.item(id).orElseThrow().headRevisionId() != null);
        saved();
        var review = fx.ws.services().review();
        review.submit(id, fx.window.me().id(), "");
        review.approve(id, "Tom Hargreaves", "");
    }

    /** File > Export…, this item, public channel, into out: the summary shown at the end. */
    private String exportThisItem(FxRobot robot, Path out) {
        ExportDialog d = Fx.call(() -> fx.window.openExport());
        robot.interact(() -> {
            d.stage().requestFocus();
            ((TextField) d.stage().getScene().lookup("#export-folder")).setText(out.toString());
        });
        robot.clickOn("#export-this-item");
        robot.clickOn("#export-channel-public");
        robot.clickOn("#export-format-pdf");
        robot.clickOn("#export-run");
        Fx.waitUntil(() -> d.stage().getScene().lookup("#export-summary").isVisible());
        String summary = Fx.call(() -> ((TextArea) d.stage().getScene().lookup("#export-summary")).getText());
        robot.interact(() -> d.stage().close());
        return summary;
    }

    @Test
    void theSentenceIsExplainedFixedAndKeptFromThePublicUntilItsErrorsAreGone(FxRobot robot) throws Exception {
        newStory(robot);
        String id = Fx.call(() -> fx.window.editorViewModel().getItem().id());
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.write("Trial results in people with myeloma");
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.write("The breakthrough cured 60% of cancer victims");

        // As typed: each finding with its reason.
        Fx.waitUntil(() -> finding("house.per-cent") != null && finding("house.person-first") != null
                && finding("house.hype") != null && finding("house.cure") != null);
        for (String rule : List.of("house.hype", "house.cure", "house.per-cent", "house.person-first")) {
            Finding f = finding(rule);
            String[] row = row(f);
            assertThat(row).as(rule).isNotNull();
            assertThat(row[0]).as(rule).contains(f.message());
            // The tooltip carries the whole message and names the rule.
            assertThat(row[1]).as(rule).startsWith(f.message()).contains("rule " + rule);
        }
        // Where a token has its own message, the rule's general reason is added to it.
        assertThat(row(finding("house.hype"))[1]).contains("“breakthrough” is hype.");
        assertThat(row(finding("house.per-cent"))[1]).contains("Quick fix: replace “60%” with “60 per cent”");

        // The quick fix.
        robot.interact(() -> {
            fx.window.problemsPane().list().getSelectionModel().select(finding("house.per-cent"));
            fx.window.problemsPane().list().requestFocus();
        });
        // The chosen row spells out its rule and fix under the message, for keyboard users.
        Fx.waitUntil(() -> fx.window.problemsPane().list().lookupAll(".problem-details").stream()
                .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().contains("rule house.per-cent")
                        && ((javafx.scene.control.Label) n).getText().contains("Quick fix: replace “60%” with “60 per cent”")));
        robot.clickOn("#problem-quick-fix");
        Fx.waitUntil(() -> fx.window.editorPane().body().getText().equals("The breakthrough cured 60 per cent of cancer victims"));
        Fx.waitUntil(() -> finding("house.per-cent") == null && finding("house.person-first") != null);

        // Approved with an error still in it, the story is refused on the public channel, saying why.
        approve(robot, id);
        String refused = exportThisItem(robot, Files.createTempDirectory(temp, "out").resolve("bundle"));
        assertThat(refused).startsWith("Nothing was written").contains("Held back:")
                .contains("Trial results in people with myeloma").contains("1 check error")
                .contains(finding("house.person-first").message());

        // The writer puts the person first: Enter on the finding selects the words, and typing replaces them.
        robot.interact(() -> {
            fx.window.problemsPane().list().getSelectionModel().select(finding("house.person-first"));
            fx.window.problemsPane().list().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(() -> fx.window.editorPane().body().getSelectedText().equals("cancer victims"));
        robot.write("people with cancer");
        Fx.waitUntil(() -> findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)
                && fx.window.problemsViewModel().checkedContent().body().endsWith("people with cancer"));

        // Changed, it needs approval again; approved with no errors, it goes out.
        approve(robot, id);
        Path out = Files.createTempDirectory(temp, "out").resolve("bundle");
        String summary = exportThisItem(robot, out);
        assertThat(summary).startsWith("Exported ").doesNotContain("Held back:");
        try (var files = Files.list(out.resolve("items"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html"));
        }
    }
}
