package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemKind;
import org.standfirst.ui.library.SmartList;
import org.testfx.api.FxRobot;

/** The library's lists and filters at the window's first size: every choice readable once chosen. */
class LibraryFiltersTest extends WindowTest {
    @Test
    void theChosenListKindAndTopicAreShownInFull(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.libraryPane().itemList().getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<ItemKind> kind = Fx.call(() -> (ComboBox<ItemKind>) fx.window.scene().lookup("#kind-filter"));
        @SuppressWarnings("unchecked")
        ComboBox<String> topic = Fx.call(() -> (ComboBox<String>) fx.window.scene().lookup("#topic-filter"));
        Fx.waitUntil(() -> topic.getItems().size() > 1);
        String longestTopic = Fx.call(() -> topic.getItems().stream().filter(t -> t != null)
                .max(Comparator.comparingInt(String::length)).orElseThrow());
        // The longest kind's name, the longest topic, and the longest list's name, as a writer picks them.
        ItemKind longestKind = java.util.Arrays.stream(ItemKind.values())
                .max(Comparator.comparingInt(k -> k.label().length())).orElseThrow();
        robot.interact(() -> {
            kind.setValue(longestKind);
            topic.setValue(longestTopic);
            fx.window.libraryPane().smartLists().getSelectionModel().select(SmartList.AWAITING_MY_REVIEW);
        });
        var cut = Fx.call(() -> {
            fx.window.scene().getRoot().applyCss();
            fx.window.scene().getRoot().layout();
            var all = new java.util.ArrayList<>(Fx.cutOff(fx.window.scene().lookup("#library-header")));
            all.addAll(Fx.cutOff(fx.window.libraryPane().smartLists()));
            return all;
        });
        assertThat(cut).as("cut off with …").isEmpty();
        assertThat(Fx.call(() -> Fx.shown(kind.getButtonCell())))
                .isEqualTo(longestKind.label());
    }

    @Test
    void escapeInTheSearchFieldClearsTheSearch(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.libraryPane().itemList().getItems().isEmpty());
        int all = Fx.call(() -> fx.window.libraryPane().itemList().getItems().size());
        robot.clickOn("#search-field").write("shearosomes");
        Fx.waitUntil(() -> fx.window.libraryPane().itemList().getItems().size() < all);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(Fx.call(() -> fx.window.libraryPane().searchField().getText())).isEmpty();
        Fx.waitUntil(() -> fx.window.libraryPane().itemList().getItems().size() == all);
    }

    @Test
    void belowTheLastItemTheListIsNotRuledIntoEmptyRows(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.libraryPane().itemList().getItems().isEmpty());
        robot.interact(() -> fx.window.libraryPane().smartLists().getSelectionModel().select(SmartList.MY_DRAFTS));
        Fx.waitUntil(() -> fx.window.libraryPane().itemList().getItems().size() <= 2);
        var rules = Fx.call(() -> {
            var list = fx.window.libraryPane().itemList();
            list.applyCss();
            list.layout();
            java.util.List<String> found = new java.util.ArrayList<>();
            for (var n : list.lookupAll(".list-cell")) {
                var cell = (javafx.scene.control.ListCell<?>) n;
                if (cell.isVisible() && cell.isEmpty() && cell.getBorder() != null) {
                    cell.getBorder().getStrokes().forEach(st -> {
                        if (st.getBottomStroke() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0) {
                            found.add("empty row ruled in " + c);
                        }
                    });
                }
            }
            return found;
        });
        assertThat(rules).isEmpty();
    }
}
