package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.app.SuggestionView;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.model.Suggestion;
import org.testfx.api.FxRobot;

/**
 * Suggestions from the desktop: a reviewer selects words and suggests others (menu and
 * keyboard); the writer sees them struck through in the editor and replaced in the preview, and
 * accepts one (the body and the preview change, and Ctrl+Z takes it back), rejects one (nothing
 * changes) and accepts the rest at once.
 */
class SuggestionsTest extends WindowTest {
    private static final String BODY = "Recruitment to cancer trials fell by about 60 per cent during the pandemic. "
            + "Researchers say it will take years to recover.";

    private long open() {
        var s = snap();
        return s == null ? -1 : s.suggestions().stream().filter(v -> v.suggestion().isOpen()).count();
    }

    private SuggestionView suggestionOn(String quote) {
        return snap().suggestions().stream().filter(v -> v.suggestion().quote().equals(quote)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String words) {
        robot.interact(() -> {
            int at = body().getText().indexOf(words);
            body().requestFocus();
            body().selectRange(at, at + words.length());
        });
    }

    private String previewAll(String selector) {
        return preview("Array.prototype.map.call(document.querySelectorAll('#sf-body " + selector
                + "'), function (e) { return e.textContent; }).join('|')");
    }

    private String previewBody() {
        return preview("document.getElementById('sf-body') ? document.getElementById('sf-body').textContent.trim() : ''");
    }

    private boolean struckThrough(String words) {
        return Fx.call(() -> {
            int at = body().getText().indexOf(words);
            if (at < 0) {
                return false;
            }
            for (int i = at; i < at + words.length(); i++) {
                if (!body().getStyleOfChar(i).contains("suggestion-mark")) {
                    return false;
                }
            }
            return true;
        });
    }

    private void click(FxRobot robot, String suggestionQuote, String buttonText) {
        Button b = Fx.call(() -> fx.window.scene().getRoot().lookupAll(".comment-card").stream()
                .filter(card -> card.getAccessibleText() != null && card.getAccessibleText().contains("“" + suggestionQuote + "”"))
                .flatMap(card -> card.lookupAll(".button").stream())
                .map(n -> (Button) n).filter(x -> x.getText().equals(buttonText)).findFirst().orElseThrow());
        robot.clickOn(b);
    }

    @Test
    void aReviewersSuggestionsAreAcceptedOneByOneRejectedAndAcceptedAll(FxRobot robot) {
        newStory(robot);
        Person writer = fx.window.me();
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment fell");
            body().replaceText(BODY);
        });
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> snap() != null && snap().history().revisions().size() == 1);

        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        robot.interact(() -> fx.window.workAs(reviewer));

        // Review > Suggest edit on a selection: the replacement is asked for and recorded as the reviewer's.
        select(robot, "about 60 per cent");
        Platform.runLater(() -> fx.window.suggestEdit());
        CommentMarkersTest.answerDialog(robot, stage, "roughly three fifths");
        Fx.waitUntil(() -> open() == 1);
        assertThat(suggestionOn("about 60 per cent").authorName()).isEqualTo("Rhiannon Reviewer");
        assertThat(suggestionOn("about 60 per cent").suggestion().replacement()).isEqualTo("roughly three fifths");

        // The keyboard shortcut does the same.
        select(robot, "during the pandemic");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT, KeyCode.CONTROL);
        CommentMarkersTest.answerDialog(robot, stage, "in 2020 and 2021");
        Fx.waitUntil(() -> open() == 2);
        // And so does the Review tab's button.
        select(robot, "years");
        Platform.runLater(() -> ((Button) fx.window.scene().lookup("#review-suggest")).fire());
        CommentMarkersTest.answerDialog(robot, stage, "several years");
        Fx.waitUntil(() -> open() == 3);
        select(robot, "Researchers say");
        Platform.runLater(() -> fx.window.suggestEdit());
        CommentMarkersTest.answerDialog(robot, stage, "Trial teams expect");
        Fx.waitUntil(() -> open() == 4);

        // The writer sees each in place: struck through in the editor, replaced beside it in the preview.
        robot.interact(() -> fx.window.workAs(writer));
        Fx.waitUntil(() -> struckThrough("about 60 per cent") && struckThrough("during the pandemic"));
        assertThat(struckThrough("Recruitment to")).isFalse();
        Fx.waitUntil(() -> previewAll("del.sf-suggest").contains("about 60 per cent")
                && previewAll("ins.sf-suggest").contains("roughly three fifths"));

        // Accept one: the body and the preview change, and it is saved as a revision.
        robot.interact(() -> fx.window.showReviewPanel());
        robot.clickOn("Suggestions (4)");
        click(robot, "about 60 per cent", "Accept");
        Fx.waitUntil(() -> body().getText().contains("fell by roughly three fifths during"));
        Fx.waitUntil(() -> open() == 3 && suggestionOn("about 60 per cent").suggestion().status() == Suggestion.Status.ACCEPTED);
        assertThat(fx.ws.item(snap().item().id()).orElseThrow().content().body()).contains("roughly three fifths");
        assertThat(snap().history().revisions()).hasSize(2);
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp()
                && previewBody().contains("fell by roughly three fifths during")
                && !previewAll("del.sf-suggest").contains("about 60 per cent"));

        // Reject one: the text stays as it is.
        click(robot, "during the pandemic", "Reject");
        Fx.waitUntil(() -> suggestionOn("during the pandemic").suggestion().status() == Suggestion.Status.REJECTED);
        assertThat(body().getText()).contains("during the pandemic").doesNotContain("in 2020 and 2021");
        Fx.waitUntil(() -> !struckThrough("during the pandemic"));

        // Accept all: the two left are applied at once.
        robot.clickOn("#review-accept-all");
        Fx.waitUntil(() -> open() == 0);
        Fx.waitUntil(() -> body().getText().equals("Recruitment to cancer trials fell by roughly three fifths during the pandemic. "
                + "Trial teams expect it will take several years to recover."));
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp()
                && previewBody().contains("Trial teams expect it will take several years"));
        assertThat(fx.window.notice().message()).isEqualTo("Accepted 2 suggestions.");

        // Accepting is an edit like any other: Ctrl+Z takes it back.
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(() -> body().getText().contains("Researchers say it will take years"));
    }
}
