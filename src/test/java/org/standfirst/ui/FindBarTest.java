package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Find and replace in the editor's column as the window first opens: every word on its controls readable. */
class FindBarTest extends WindowTest {
    private void settle() {
        Fx.call(() -> {
            fx.window.scene().getRoot().applyCss();
            fx.window.scene().getRoot().layout();
            return null;
        });
    }

    @Test
    void findAndReplaceShowEveryLabelInFullAndStartWhereTheWriterTypes(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> body().requestFocus());
        robot.write("The tumor grew. The tumor shrank.");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        Fx.waitUntil(() -> fx.window.editorPane().findBar().isVisible());
        settle();

        // Nothing to find yet: the writer types the words to find first.
        assertThat(Fx.call(() -> fx.window.editorPane().findBar().findField().isFocused())).isTrue();
        for (String id : new String[] {"#replace-one", "#replace-all"}) {
            Button b = Fx.call(() -> (Button) fx.window.scene().lookup(id));
            assertThat(Fx.call(() -> b.isVisible() && Fx.shown(b).equals(b.getText()))).as(id + " shown in full").isTrue();
        }
        CheckBox matchCase = Fx.call(() -> (CheckBox) fx.window.scene().lookup("#find-match-case"));
        assertThat(Fx.call(() -> Fx.shown(matchCase))).isEqualTo("Match case");

        robot.write("tumor");
        robot.interact(() -> fx.window.editorPane().findBar().replaceField().requestFocus());
        robot.write("tumour");
        robot.clickOn("#replace-all");
        assertThat(Fx.call(() -> body().getText())).isEqualTo("The tumour grew. The tumour shrank.");

        // Find alone (Ctrl+F) is the find row only.
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Fx.waitUntil(() -> fx.window.editorPane().findBar().findField().isFocused());
        assertThat(Fx.call(() -> fx.window.scene().lookup("#replace-all").isVisible()
                && fx.window.scene().lookup("#replace-all").getParent().isVisible())).isFalse();
    }
}
