package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Dialogs answer the keyboard: Escape cancels, wherever in the dialog the focus is. */
class DialogKeysTest extends WindowTest {
    private Window profileWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane p && "profile-dialog".equals(p.getId()))
                .findFirst().orElse(null);
    }

    @Test
    void escapeCancelsWhoIsWorkingWithTheFocusOnThePeopleList(FxRobot robot) {
        var before = Fx.call(() -> fx.window.me());
        robot.interact(() -> fx.window.workingAs().change());
        Fx.waitUntil(() -> profileWindow() != null);
        // As it opens, the focus is on the list of people.
        Fx.waitUntil(() -> ((DialogPane) profileWindow().getScene().getRoot()).lookup("#profile-people").isFocused());
        robot.type(KeyCode.ESCAPE);
        Fx.waitUntil(() -> profileWindow() == null);
        assertThat(Fx.call(() -> fx.window.me())).isEqualTo(before);
    }

    @Test
    void theCommentBoxIsWideEnoughForASentenceAndEscapeCancelsIt(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> body().requestFocus());
        robot.write("Recruitment fell during the pandemic.");
        robot.interact(() -> body().selectRange(0, 11));
        javafx.application.Platform.runLater(() -> fx.window.reviewPane().commentOnSelection());
        Fx.waitUntil(() -> robot.lookup("#comment-text").tryQuery().isPresent()
                && robot.lookup("#comment-text").query().getScene().getWindow().isShowing());
        javafx.scene.control.TextField box = Fx.call(() -> (javafx.scene.control.TextField) robot.lookup("#comment-text").query());
        Fx.waitUntil(() -> box.getWidth() > 0);
        assertThat(Fx.call(box::getWidth)).as("the comment box's width").isGreaterThanOrEqualTo(380);
        Window dialog = Fx.call(() -> box.getScene().getWindow());
        robot.interact(box::requestFocus);
        robot.type(KeyCode.ESCAPE);
        Fx.waitUntil(() -> !dialog.isShowing());
        assertThat(snap().threads()).isEmpty();
    }

    @Test
    void escapeCancelsTheImageChooserWithTheFocusOnTheImages(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorPane().details().setAnimated(false);
            fx.window.editorPane().details().setExpanded(true);
        });
        robot.interact(() -> fx.window.scene().lookup("#hero-choose").requestFocus());
        robot.type(KeyCode.SPACE);
        Fx.waitUntil(() -> robot.lookup("#image-choices").tryQuery().isPresent()
                && robot.lookup("#image-choices").query().isFocused());
        Window chooser = Fx.call(() -> robot.lookup("#image-choices").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        Fx.waitUntil(() -> !chooser.isShowing());
        assertThat(Fx.call(() -> fx.window.editorViewModel().heroAsset.get())).isNull();
    }
}
