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
}
