package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Item;
import org.testfx.api.FxRobot;

/**
 * A report opened from the sidebar, then a story opened from the library: what the writer does
 * next in the library (a search, a submit) refreshes the list, and the story stays open.
 */
class ReportSidebarTest extends WindowTest {
    @Test
    void aStoryOpenedAfterTheReportStaysOpenWhenTheLibraryRefreshes(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> !fx.window.reportPane().sectionList().getItems().isEmpty());

        Item story = Fx.call(() -> fx.window.libraryPane().itemList().getItems().stream()
                .filter(i -> i.headline().startsWith("Tiny fragments")).findFirst().orElseThrow());
        robot.interact(() -> fx.window.libraryPane().itemList().getSelectionModel().select(story));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(story.id()));

        int all = Fx.call(() -> fx.window.libraryPane().itemList().getItems().size());
        robot.clickOn("#search-field").write("fragments");
        Fx.waitUntil(() -> fx.window.libraryPane().itemList().getItems().size() < all);
        // The refresh's follow-up work (the reports list) is queued before this marker on the
        // one I/O lane, so once the marker is back every consequence of the refresh has landed.
        AtomicBoolean drained = new AtomicBoolean();
        robot.interact(() -> fx.tasks.run(() -> null, x -> drained.set(true), e -> { }));
        Fx.waitUntil(drained::get);
        Fx.call(() -> null);

        assertThat(Fx.call(() -> fx.window.editorViewModel().getItem()))
                .as("the story stays open after the library refreshes").isNotNull()
                .extracting(Item::id).isEqualTo(story.id());
        assertThat(Fx.call(() -> fx.window.editorPane().getScene() != null)).isTrue();
    }
}
