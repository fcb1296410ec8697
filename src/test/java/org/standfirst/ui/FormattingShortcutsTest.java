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

    @Test
    void tabInTheBodyMovesToTheNextControlInsteadOfMakingTheParagraphCode(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> body().requestFocus());
        robot.write("The earlier sections of this report.");
        robot.interact(() -> body().moveTo(0));
        robot.type(KeyCode.TAB);
        assertThat(Fx.call(() -> body().getText())).isEqualTo("The earlier sections of this report.");
        Fx.waitUntil(() -> !body().isFocused() && fx.window.scene().getFocusOwner() != null);
        Fx.waitUntil(() -> "0|The earlier sections of this report.".equals(preview(
                "document.querySelectorAll('#sf-body pre').length + '|' + document.querySelector('#sf-body p').textContent")));

        // Shift+Tab from the body goes back to the formatting bar's last button.
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        Fx.waitUntil(() -> fx.window.scene().getFocusOwner() instanceof javafx.scene.control.Button);
        assertThat(Fx.call(() -> body().getText())).isEqualTo("The earlier sections of this report.");
    }

    @Test
    void tabGoesFromHeadlineToStandfirstToTheBodyWithoutTypingATab(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.write("Costs").type(KeyCode.TAB);
        Fx.waitUntil(() -> fx.window.scene().lookup("#standfirst-field").isFocused());
        robot.write("Cost should stop nobody.").type(KeyCode.TAB);
        Fx.waitUntil(() -> !fx.window.scene().lookup("#standfirst-field").isFocused());
        assertThat(Fx.call(() -> fx.window.editorViewModel().standfirst.get())).isEqualTo("Cost should stop nobody.");
        // On past Details and the formatting buttons, the body is reached with Tab alone.
        for (int i = 0; i < 20 && !Fx.call(() -> body().isFocused()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(Fx.call(() -> body().isFocused())).isTrue();
    }

    @Test
    void enterInAListStartsTheNextItemAndEnterOnAnEmptyItemEndsTheList(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> body().requestFocus());
        robot.write("What to ask:");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.interact(() -> body().format(org.standfirst.ui.editor.MarkdownEditor.FormattingAction.LIST)); // the list button
        robot.write("Where is the trial?");
        robot.type(KeyCode.ENTER);
        robot.write("How often must I travel?");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("Ask your team.");
        assertThat(Fx.call(() -> body().getText()))
                .isEqualTo("What to ask:\n\n- Where is the trial?\n- How often must I travel?\n\nAsk your team.");
        Fx.waitUntil(() -> "2|Ask your team.".equals(preview(
                "document.querySelectorAll('#sf-body li').length + '|' + Array.from(document.querySelectorAll('#sf-body p')).map(function (p) { return p.textContent; }).pop()")));

        // Numbered lists count on.
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("1. Ask");
        robot.type(KeyCode.ENTER);
        robot.write("Listen");
        assertThat(Fx.call(() -> body().getText())).endsWith("\n\n1. Ask\n2. Listen");
    }
}
