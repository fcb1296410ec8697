package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemKind;
import org.testfx.api.FxRobot;

/**
 * Keyboard alone: Tab goes through every field and round the whole window without getting stuck
 * or typing tab characters into the text; in the body, Tab nests a list item and otherwise leaves.
 */
class KeyboardTabTest extends WindowTest {
    @Test
    void tabGoesRoundTheWholeWindowWithoutTypingIntoAnyField(FxRobot robot) {
        newItem(robot, ItemKind.PRESS_RELEASE);
        robot.interact(() -> {
            fx.window.editorPane().details().setExpanded(true);
            fx.window.editorPane().headlineField().requestFocus();
        });
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            robot.sleep(20);
            Node f = Fx.call(() -> stage.getScene().getFocusOwner());
            String id = f == null ? "none" : f.getId() + "";
            visited.add(id);
            if (id.equals("headline-field")) {
                break; // round the window and back where it started
            }
        }
        assertThat(visited).contains("standfirst-field", "notes-field", "body-editor", "item-list", "search-field")
                .endsWith("headline-field");
        assertThat(Fx.call(() -> fx.window.editorViewModel().standfirst.get())).doesNotContain("\t");
        assertThat(Fx.call(() -> fx.window.editorViewModel().notesToEditors.get())).doesNotContain("\t");
        assertThat(Fx.call(() -> body().getText())).doesNotContain("\t");
    }

    @Test
    void inTheBodyTabNestsAListItemAndOtherwiseMovesOn(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            body().replaceText("Intro.\n\n- first\n- second");
            body().requestFocus();
            body().moveTo(body().getLength()); // end of "- second"
        });
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Fx.waitUntil(() -> body().getText().endsWith("- first\n  - second"));
        assertThat(Fx.call(() -> body().isFocused())).isTrue();

        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        Fx.waitUntil(() -> body().getText().endsWith("- first\n- second"));
        assertThat(Fx.call(() -> body().isFocused())).isTrue();

        robot.interact(() -> body().moveTo(2)); // in "Intro."
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Fx.waitUntil(() -> !body().isFocused());
        assertThat(Fx.call(() -> body().getText())).isEqualTo("Intro.\n\n- first\n- second");
    }
}
