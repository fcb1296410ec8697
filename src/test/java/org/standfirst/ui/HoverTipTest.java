package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The toolbar's tooltips are made when the pointer first comes over a button (not in the first
 * frame), and still show their words there; changed words reach a tooltip made or not.
 */
class HoverTipTest extends WindowTest {

    private static boolean tooltipShowing(String text) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals(text));
    }

    @Test
    void aToolbarButtonShowsItsTooltipUnderThePointer(FxRobot robot) {
        Control toggle = Fx.call(() -> (Control) fx.window.scene().lookup("#theme-toggle"));
        assertThat(Fx.call(() -> toggle.getTooltip())).as("not made before the pointer comes").isNull();
        assertThat(Fx.call(() -> HoverTip.text(toggle))).isEqualTo("Dark theme (Ctrl+Shift+D)");

        robot.moveTo(toggle);
        robot.moveBy(2, 1); // the pointer rests on the button, as a person's does
        Fx.waitUntil(() -> tooltipShowing("Dark theme (Ctrl+Shift+D)"));
        robot.moveTo(fx.window.libraryPane().searchField());
        Fx.waitUntil(() -> !tooltipShowing("Dark theme (Ctrl+Shift+D)"));
    }

    @Test
    void changedWordsReachTheTooltipMadeOrNot() {
        Control button = Fx.call(() -> fx.window.workingAs().statusButton());
        String before = Fx.call(() -> HoverTip.text(button));
        assertThat(before).contains("(Ctrl+Alt+P)");
        Fx.call(() -> { HoverTip.set(button, "Working as somebody else (Ctrl+Alt+P)"); return null; });
        assertThat(Fx.call(() -> HoverTip.text(button))).isEqualTo("Working as somebody else (Ctrl+Alt+P)");
        Fx.call(() -> { button.setTooltip(new Tooltip("made")); return null; });
        Fx.call(() -> { HoverTip.set(button, "Made, then changed"); return null; });
        assertThat(Fx.call(() -> button.getTooltip().getText())).isEqualTo("Made, then changed");
    }
}
