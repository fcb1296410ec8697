package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.app.CommentThread;
import org.standfirst.ui.editor.MarkdownEditor;
import org.testfx.api.FxRobot;

/**
 * Comments on words that overlap: every comment shows in the editor and the preview (the words
 * under two carry a stronger tint), the caret picks the innermost thread, and the keyboard user
 * hears every comment there; the marks move with the text.
 */
class OverlappingCommentsTest extends WindowTest {
    private static final String BODY = "Every person with cancer who wants to join a clinical trial should be able to join one.";

    /** The style classes of each character of the words, where they are now, all hold the class (or none does). */
    private boolean every(String words, String styleClass, boolean has) {
        return Fx.call(() -> {
            int at = body().getText().indexOf(words);
            if (at < 0) {
                return false;
            }
            for (int i = at; i < at + words.length(); i++) {
                if (body().getStyleOfChar(i).contains(styleClass) != has) {
                    return false;
                }
            }
            return true;
        });
    }

    private void comment(FxRobot robot, String words, String text) {
        int before = snap() == null ? 0 : snap().threads().size();
        robot.interact(() -> {
            int at = body().getText().indexOf(words);
            body().requestFocus();
            body().selectRange(at, at + words.length());
        });
        Platform.runLater(() -> fx.window.reviewPane().commentOnSelection());
        CommentMarkersTest.answerDialog(robot, stage, text);
        Fx.waitUntil(() -> snap() != null && snap().threads().size() == before + 1);
    }

    private String threadOn(String quote) {
        return snap().threads().stream().filter(t -> quote.equals(t.root().comment().quote()))
                .map(t -> t.root().id()).findFirst().orElseThrow();
    }

    @Test
    void overlappingCommentsAllShowAndTheCaretPicksTheInnermost(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("A trial for everyone");
            body().replaceText(BODY);
            fx.window.showReviewPanel();
        });
        // One comment across "who wants to join", a second inside it, a third crossing its end.
        comment(robot, "person with cancer who wants to join", "Say who we mean.");
        comment(robot, "who wants", "Or: who would like?");
        comment(robot, "join a clinical trial", "Which trials?");
        assertThat(snap().threads()).extracting(CommentThread::root).hasSize(3);

        // Every commented word is marked; the words under two or three comments more strongly.
        Fx.waitUntil(() -> every("person with cancer who wants to join a clinical trial", "comment-mark", true));
        assertThat(every("Every ", "comment-mark", false)).isTrue();
        assertThat(every(" should", "comment-mark", false)).isTrue();
        String overlap = MarkdownEditor.overlapClass("comment-mark");
        assertThat(every("who wants", overlap, true)).isTrue();
        assertThat(every(" to ", overlap, false)).isTrue();
        assertThat(every("join", overlap, true)).isTrue();
        assertThat(every("person with cancer ", overlap, false)).isTrue();
        assertThat(every(" a clinical trial", overlap, false)).isTrue();

        // The preview shows the same: the words under two comments nested, in a stronger tint.
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp()
                && "who wants|join".equals(preview("Array.prototype.map.call(document.querySelectorAll("
                + "'#sf-body mark.sf-comment mark.sf-comment'), function (e) { return e.textContent; }).join('|')")));
        String single = preview("getComputedStyle(document.querySelector('#sf-body mark.sf-comment')).backgroundColor");
        String both = preview("getComputedStyle(document.querySelector('#sf-body mark.sf-comment mark.sf-comment')).backgroundColor");
        assertThat(single).isNotEmpty();
        assertThat(both).isNotEmpty().isNotEqualTo(single);

        // The caret picks the innermost thread under it.
        String outer = threadOn("person with cancer who wants to join");
        String inner = threadOn("who wants");
        String crossing = threadOn("join a clinical trial");
        int whoAt = Fx.call(() -> body().getText().indexOf("wants"));
        robot.interact(() -> body().moveTo(whoAt + 1));
        Fx.waitUntil(() -> inner.equals(fx.window.reviewViewModel().selectedProperty().get()));
        int personAt = Fx.call(() -> body().getText().indexOf("cancer"));
        robot.interact(() -> body().moveTo(personAt + 1));
        Fx.waitUntil(() -> outer.equals(fx.window.reviewViewModel().selectedProperty().get()));
        int clinicalAt = Fx.call(() -> body().getText().indexOf("clinical"));
        robot.interact(() -> body().moveTo(clinicalAt + 1));
        Fx.waitUntil(() -> crossing.equals(fx.window.reviewViewModel().selectedProperty().get()));
        // "join" is under the outer comment and the crossing one: the shorter, crossing one is innermost.
        int joinAt = Fx.call(() -> body().getText().indexOf("join a"));
        robot.interact(() -> body().moveTo(joinAt + 1));
        Fx.waitUntil(() -> crossing.equals(fx.window.reviewViewModel().selectedProperty().get()));
        // And the keyboard user hears each comment there, innermost first.
        Fx.waitUntil(() -> String.valueOf(body().getAccessibleHelp()).contains("Which trials?"));
        String help = Fx.call(() -> body().getAccessibleHelp());
        assertThat(help).contains("Say who we mean.");
        assertThat(help.indexOf("Which trials?")).isLessThan(help.indexOf("Say who we mean."));
        assertThat(Fx.call(() -> body().marksAt(org.standfirst.ui.review.ReviewPane.MARK_LAYER, joinAt + 1)))
                .extracting(MarkdownEditor.Mark::id).containsExactly(crossing, outer);

        // Typing before them moves every mark with its words, the overlaps too (and after the save).
        robot.interact(() -> body().moveTo(0));
        robot.write("Truly, ");
        Fx.waitUntil(() -> body().getText().startsWith("Truly, Every"));
        Fx.waitUntil(() -> every("who wants", overlap, true) && every("join", overlap, true)
                && every(" a clinical trial", "comment-mark", true) && every("Truly, Every ", "comment-mark", false));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(() -> body().getText().equals(BODY));
        Fx.waitUntil(() -> every("who wants", overlap, true) && every(" to ", overlap, false));
    }
}
