package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Formatting words chosen the way writers choose them: by keyboard, a word at a time. */
class FormattingShortcutsTest extends WindowTest {
    @Test
    void boldOnAWordSelectedWithCtrlShiftRightLeavesItsSpaceOutside(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> body().requestFocus());
        robot.write("When cancer spreads");
        robot.interact(() -> body().moveTo(0));
        // Ctrl+Shift+Right selects "When " with its space, as in every word processor.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(Fx.call(() -> body().getSelectedText())).isEqualTo("When ");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        assertThat(Fx.call(() -> body().getText())).isEqualTo("**When** cancer spreads");
        Fx.waitUntil(() -> "When".equals(preview("(document.querySelector('#sf-body strong') || {}).textContent")));

        // Pressed again on the same selection, it takes the bold off.
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(Fx.call(() -> body().getText())).isEqualTo("When cancer spreads");
    }
}
