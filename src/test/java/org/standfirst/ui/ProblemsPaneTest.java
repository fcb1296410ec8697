package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.check.Finding;
import org.testfx.api.FxRobot;

/** The problems list under the editor, as a writer uses it: check as you type, go to, quick fix, undo. */
class ProblemsPaneTest extends WindowTest {
    private Finding perCent() {
        return Fx.call(() -> fx.window.problemsViewModel().findings().stream()
                .filter(f -> f.text().equals("60%") && f.hasQuickFix()).findFirst().orElse(null));
    }

    @Test
    void typedTextIsCheckedAndAQuickFixIsOneUndoableEdit(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.write("Survival at five years rose to 60% in the trial. The team was pleased with the result.");
        Fx.waitUntil(() -> perCent() != null);
        Finding f = perCent();
        assertThat(f.replacement()).isEqualTo("60 per cent");
        // The words carry a squiggle of the finding's severity, on top of the Markdown colouring.
        Fx.waitUntil(() -> fx.window.editorPane().body().getStyleOfChar(f.offset())
                .contains("squiggle-" + f.severity().label()));
        assertThat(Fx.call(() -> fx.window.problemsPane().list().getItems())).contains(f);
        assertThat(Fx.call(() -> fx.window.scene().lookup("#readability") instanceof javafx.scene.control.Label l ? l.getText() : ""))
                .startsWith("Reading ease");

        // Enter on the selected finding selects its words in the body.
        robot.interact(() -> {
            fx.window.problemsPane().list().getSelectionModel().select(f);
            fx.window.problemsPane().list().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(() -> fx.window.editorPane().body().getSelectedText().equals("60%"));

        robot.interact(() -> {
            fx.window.problemsPane().list().getSelectionModel().select(f);
            fx.window.problemsPane().list().requestFocus();
        });
        robot.clickOn("#problem-quick-fix");
        Fx.waitUntil(() -> fx.window.editorPane().body().getText().contains("rose to 60 per cent in the trial"));
        // The fix leaves no per-cent finding once the text is checked again.
        Fx.waitUntil(() -> perCent() == null && fx.window.problemsViewModel().checkedContent() != null
                && fx.window.problemsViewModel().checkedContent().body().contains("60 per cent"));

        robot.interact(() -> fx.window.editorPane().body().undo());
        Fx.waitUntil(() -> fx.window.editorPane().body().getText().contains("rose to 60% in the trial"));
        Fx.waitUntil(() -> perCent() != null);
    }
}
