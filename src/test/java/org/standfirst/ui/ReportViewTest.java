package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.Report;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The report view over the sample report: reorder by keyboard, and the whole report in the preview. */
@ExtendWith(ApplicationExtension.class)
class ReportViewTest {
    @TempDir
    static Path temp;
    private WindowFixture fx;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @org.junit.jupiter.api.BeforeEach
    void open() throws Exception {
        fx = new WindowFixture(stage, Files.createTempDirectory(temp, "ws"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> headlinesShown() {
        return Fx.call(() -> fx.window.reportPane().sectionList().getItems().stream().map(Item::headline).toList());
    }

    @Test
    void sectionsReorderWithTheKeyboardAndTheStoreFollows(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        Report report = Fx.call(() -> fx.window.reportList().getItems().get(0));
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.reportPane().sectionList().getItems().size() >= 2);
        List<String> before = headlinesShown();

        robot.interact(() -> {
            fx.window.reportPane().sectionList().requestFocus();
            fx.window.reportPane().sectionList().getSelectionModel().select(0);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        List<String> expected = new java.util.ArrayList<>(before);
        expected.add(1, expected.remove(0));
        Fx.waitUntil(() -> headlinesShown().equals(expected));
        Fx.waitUntil(() -> fx.ws.sections(report.id()).stream().map(Item::headline).toList().equals(expected));
        assertThat(Fx.call(() -> fx.window.reportPane().sectionList().getSelectionModel().getSelectedIndex())).isEqualTo(1);

        // The preview shows the whole report with its contents list, in the new order.
        Fx.waitUntil(() -> fx.window.preview() != null && fx.window.preview().isReady() && Fx.call(() -> {
            Object v = fx.window.preview().webView().getEngine()
                    .executeScript("Array.from(document.querySelectorAll('.report-contents li a')).map(a => a.textContent).join('|')");
            return String.join("|", expected).equals(v);
        }));

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        Fx.waitUntil(() -> fx.ws.sections(report.id()).stream().map(Item::headline).toList().equals(before));
    }

    private javafx.scene.control.ListCell<?> sectionCell(int index) {
        return Fx.call(() -> fx.window.reportPane().sectionList().lookupAll(".list-cell").stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getIndex() == index && !c.isEmpty()).findFirst().orElseThrow());
    }

    @Test
    void aSectionDraggedBelowTheLastLandsAtTheEndWithALineShowingWhere(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        Report report = Fx.call(() -> fx.window.reportList().getItems().get(0));
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.reportPane().sectionList().getItems().size() >= 3);
        List<String> before = headlinesShown();
        int last = before.size() - 1;
        javafx.scene.control.ListCell<?> first = sectionCell(0);
        javafx.scene.control.ListCell<?> end = sectionCell(last);

        // While dragging over the lower half of the last section, a line shows below it.
        robot.drag(first, javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(robot.point(end).atPosition(javafx.geometry.Pos.BOTTOM_CENTER).atOffset(new javafx.geometry.Point2D(0, -5)));
        Fx.waitUntil(() -> end.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("drop-below")));
        robot.drop();

        List<String> expected = new java.util.ArrayList<>(before);
        expected.add(expected.remove(0));
        Fx.waitUntil(() -> headlinesShown().equals(expected));
        Fx.waitUntil(() -> fx.ws.sections(report.id()).stream().map(Item::headline).toList().equals(expected));
        assertThat(Fx.call(() -> fx.window.reportPane().sectionList().getSelectionModel().getSelectedItem().headline()))
                .isEqualTo(before.get(0));
        // No line is left behind once the section has landed.
        assertThat(Fx.call(() -> fx.window.reportPane().sectionList().lookupAll(".list-cell").stream()
                .noneMatch(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().startsWith("drop-")))))
                .isTrue();

        // Dragged onto the upper half of the first section, it goes back to the top.
        javafx.scene.control.ListCell<?> moved = sectionCell(last);
        javafx.scene.control.ListCell<?> top = sectionCell(0);
        robot.drag(moved, javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(robot.point(top).atPosition(javafx.geometry.Pos.TOP_CENTER).atOffset(new javafx.geometry.Point2D(0, 5)));
        Fx.waitUntil(() -> fx.ws.sections(report.id()).stream().map(Item::headline).toList().equals(before));
    }

    @Test
    void aRemovedSectionComesBackInItsPlaceWithUndo(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        Report report = Fx.call(() -> fx.window.reportList().getItems().get(0));
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.reportPane().sectionList().getItems().size() >= 3);
        List<String> before = headlinesShown();
        // A section of one's own: only its writer or an editor may remove it.
        String me = Fx.call(() -> fx.window.me().id());
        int mine = Fx.call(() -> {
            var items = fx.window.reportPane().sectionList().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (me.equals(items.get(i).writerId())) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(mine).isNotNegative();
        robot.interact(() -> fx.window.reportPane().sectionList().getSelectionModel().select(mine));
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && "Remove".equals(b.getText())).queryButton());
        Fx.waitUntil(() -> fx.window.notice().message().startsWith("Removed “" + before.get(mine) + "” from the report"));
        Fx.waitUntil(() -> headlinesShown().size() == before.size() - 1);
        robot.clickOn("#notice-action");
        Fx.waitUntil(() -> headlinesShown().equals(before));
        assertThat(fx.ws.sections(report.id()).stream().map(Item::headline).toList()).isEqualTo(before);
    }

    private String statusText(String id) {
        return Fx.call(() -> ((javafx.scene.control.Label) fx.window.scene().lookup(id)).getText());
    }

    @Test
    void theStatusBarGivesTheWholeReportsLengthThenTheOpenSections(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        Report report = Fx.call(() -> fx.window.reportList().getItems().get(0));
        List<Item> sections = fx.ws.sections(report.id());
        int words = sections.stream().mapToInt(i -> org.standfirst.model.Text.wordCount(i.content().body())).sum();
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> fx.window.reportPane().sectionList().getItems().size() == sections.size());
        Fx.waitUntil(() -> statusText("#word-count").startsWith(sections.size() + " sections"));
        assertThat(statusText("#word-count")).isEqualTo(sections.size() + " sections · " + ReadingLength.of(words))
                .contains(String.format("%,d words", words));
        assertThat(statusText("#caret")).as("no caret without an editor").isEmpty();

        // A section opened in the editor: its own length and the caret again.
        Item first = sections.get(0);
        robot.interact(() -> fx.window.openItem(first));
        int own = org.standfirst.model.Text.wordCount(first.content().body());
        Fx.waitUntil(() -> statusText("#word-count").equals(ReadingLength.of(own)));
        assertThat(statusText("#caret")).startsWith("Line ");
    }
}
