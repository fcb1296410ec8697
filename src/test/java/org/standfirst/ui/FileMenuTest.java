package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Item;
import org.standfirst.model.WorkflowState;
import org.testfx.api.FxRobot;

/** The File menu greys out what cannot act on what is open, instead of doing nothing when chosen. */
class FileMenuTest extends WindowTest {
    private MenuItem file(String text) {
        return Fx.call(() -> ((MenuBar) stage.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0).getItems().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow());
    }

    private boolean disabled(String text) {
        MenuItem m = file(text);
        return Fx.call(m::isDisable);
    }

    @Test
    void restoreIsForArchivedItemsAndTheItemCommandsWaitForAnItem(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.libraryPane().itemList().getItems().isEmpty());
        Item story = Fx.call(() -> fx.window.libraryPane().itemList().getItems().stream()
                .filter(i -> i.state() == WorkflowState.DRAFT && i.writerId().equals(fx.window.me().id())).findFirst().orElseThrow());
        robot.interact(() -> fx.window.libraryPane().itemList().getSelectionModel().select(story));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(story.id()));
        assertThat(disabled("_Restore from archive")).isTrue();
        assertThat(disabled("_Archive")).isFalse();

        robot.interact(() -> file("_Archive").fire());
        Fx.waitUntil(() -> fx.ws.item(story.id()).orElseThrow().state() == WorkflowState.ARCHIVED);
        // Found again in the Archive list and opened from there.
        robot.interact(() -> fx.window.libraryPane().smartLists().getSelectionModel()
                .select(org.standfirst.ui.library.SmartList.ARCHIVE));
        Fx.waitUntil(() -> fx.window.libraryPane().itemList().getItems().stream().anyMatch(i -> i.id().equals(story.id())));
        robot.interact(() -> fx.window.libraryPane().itemList().getItems().stream().filter(i -> i.id().equals(story.id()))
                .findFirst().ifPresent(i -> fx.window.libraryPane().itemList().getSelectionModel().select(i)));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(story.id())
                && fx.window.editorViewModel().getItem().state() == WorkflowState.ARCHIVED);
        assertThat(disabled("_Restore from archive")).isFalse();
        assertThat(disabled("_Archive")).isTrue();
        robot.interact(() -> file("_Restore from archive").fire());
        Fx.waitUntil(() -> fx.ws.item(story.id()).orElseThrow().state() != WorkflowState.ARCHIVED);
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() == null
                || fx.window.editorViewModel().getItem().state() != WorkflowState.ARCHIVED);
        assertThat(disabled("_Restore from archive")).isTrue();

        // With the report open there is no item for Duplicate, Save checkpoint or Archive to act on.
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() == null);
        assertThat(disabled("_Duplicate")).isTrue();
        assertThat(disabled("_Save checkpoint")).isTrue();
        assertThat(disabled("_Archive")).isTrue();
        assertThat(disabled("_New…")).isFalse();
    }
}
