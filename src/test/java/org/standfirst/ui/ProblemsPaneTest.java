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

    private Finding perCentIn(String field) {
        return Fx.call(() -> fx.window.problemsViewModel().findings().stream()
                .filter(f -> f.field().equals(field) && f.text().equals("60%") && f.hasQuickFix()).findFirst().orElse(null));
    }

    private void fix(FxRobot robot, Finding f) {
        robot.interact(() -> {
            fx.window.problemsPane().list().getSelectionModel().select(f);
            fx.window.problemsPane().list().requestFocus();
        });
        robot.clickOn("#problem-quick-fix");
    }

    @Test
    void quickFixesInTheHeadlineAndStandfirstUndoLikeTyping(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.write("Survival rose to 60% in the trial");
        robot.interact(() -> fx.window.editorPane().fieldFor("standfirst").requestFocus());
        robot.write("Five-year survival reached 60% for the first time.");
        Fx.waitUntil(() -> perCentIn("headline") != null && perCentIn("standfirst") != null);

        // Headline: the fix is an edit of the field itself, so Ctrl+Z in the field takes it back.
        fix(robot, perCentIn("headline"));
        Fx.waitUntil(() -> fx.window.editorPane().headlineField().getText().equals("Survival rose to 60 per cent in the trial"));
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(Fx.call(() -> fx.window.editorPane().headlineField().getText())).isEqualTo("Survival rose to 60% in the trial");
        assertThat(Fx.call(() -> fx.window.editorViewModel().headline.get())).isEqualTo("Survival rose to 60% in the trial");

        // Standfirst: fixed from the list, then Ctrl+Z with the focus still in the list (Edit > Undo)
        // undoes the fix in the standfirst, not the body.
        Fx.waitUntil(() -> fx.window.problemsViewModel().checkedContent().headline().equals("Survival rose to 60% in the trial")
                && perCentIn("standfirst") != null);
        fix(robot, perCentIn("standfirst"));
        Fx.waitUntil(() -> fx.window.editorViewModel().standfirst.get().equals("Five-year survival reached 60 per cent for the first time."));
        robot.interact(() -> fx.window.problemsPane().list().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(() -> fx.window.editorViewModel().standfirst.get().equals("Five-year survival reached 60% for the first time."));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.waitUntil(() -> fx.window.editorViewModel().standfirst.get().equals("Five-year survival reached 60 per cent for the first time."));
        // The undone headline is what is saved.
        Fx.waitUntil(() -> !fx.window.editorViewModel().hasUnsavedEdits());
        String id = Fx.call(() -> fx.window.editorViewModel().getItem().id());
        Fx.waitUntil(() -> fx.ws.item(id).orElseThrow().headline().equals("Survival rose to 60% in the trial"));
    }

    @Test
    void openingAnotherItemLeavesNothingToUndoInTheHeadline(FxRobot robot) {
        Fx.waitUntil(() -> fx.window.libraryViewModel().items().size() >= 2);
        robot.interact(() -> fx.window.libraryPane().itemList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null);
        robot.interact(() -> fx.window.libraryPane().itemList().getSelectionModel().select(1));
        String second = Fx.call(() -> fx.window.libraryPane().itemList().getItems().get(1).headline());
        Fx.waitUntil(() -> fx.window.editorPane().headlineField().getText().equals(second));
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(Fx.call(() -> fx.window.editorPane().headlineField().getText())).isEqualTo(second);
    }
}
