package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemKind;
import org.testfx.api.FxRobot;

/** A press release's embargo as a British writer sets it: the date written the British way, the time and zone in full. */
class EmbargoFieldsTest extends WindowTest {
    private DatePicker date() {
        return (DatePicker) fx.window.scene().lookup("#embargo-date");
    }

    @Test
    void theEmbargoDateIsBritishAndTheTimeAndZoneShowInFull(FxRobot robot) {
        newItem(robot, ItemKind.PRESS_RELEASE);
        robot.interact(() -> {
            fx.window.editorPane().details().setAnimated(false);
            fx.window.editorPane().details().setExpanded(true);
        });
        Fx.waitUntil(() -> fx.window.scene().lookup("#embargo-date") != null);

        // Picked from the calendar (here: set as the calendar sets it), the date reads the British way.
        robot.interact(() -> date().setValue(LocalDate.of(2026, 11, 4)));
        assertThat(Fx.call(() -> date().getEditor().getText())).isEqualTo("4 Nov 2026");

        // Typed as a British writer types it: day first.
        robot.interact(() -> date().getEditor().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("5/12/2026").type(KeyCode.ENTER);
        Fx.waitUntil(() -> LocalDate.of(2026, 12, 5).equals(fx.window.editorViewModel().embargoDate.get()));
        assertThat(Fx.call(() -> date().getEditor().getText())).isEqualTo("5 Dec 2026");

        // Words that are no date keep the date there was.
        robot.interact(() -> date().getEditor().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("soon").type(KeyCode.ENTER);
        assertThat(Fx.call(() -> fx.window.editorViewModel().embargoDate.get())).isEqualTo(LocalDate.of(2026, 12, 5));

        robot.interact(() -> ((TextField) fx.window.scene().lookup("#embargo-time")).requestFocus());
        robot.write("07:00");
        Fx.call(() -> {
            fx.window.scene().getRoot().applyCss();
            fx.window.scene().getRoot().layout();
            return null;
        });
        TextField time = Fx.call(() -> (TextField) fx.window.scene().lookup("#embargo-time"));
        assertThat(Fx.call(() -> time.getWidth())).as("the time field is wide enough for 07:00")
                .isGreaterThanOrEqualTo(Fx.call(() -> time.prefWidth(-1)) - 0.5);
        Label zone = Fx.call(() -> (Label) fx.window.scene().lookup("#embargo-zone"));
        assertThat(Fx.call(() -> Fx.shown(zone))).isEqualTo("UK time (Europe/London), 24-hour clock");
        assertThat(Fx.call(() -> fx.window.editorViewModel().embargoTime.get())).isEqualTo("07:00");
    }
}
