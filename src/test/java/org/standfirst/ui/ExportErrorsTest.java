package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.standfirst.ui.export.ExportDialog;
import org.testfx.api.FxRobot;

/** Exporting to a folder that cannot be written: one plain line that names the real cause. */
class ExportErrorsTest extends WindowTest {
    private String exportTo(FxRobot robot, String folder) {
        ExportDialog d = Fx.call(() -> fx.window.openExport());
        robot.interact(() -> {
            d.stage().requestFocus();
            ((TextField) d.stage().getScene().lookup("#export-folder")).setText(folder);
        });
        robot.clickOn("#export-everything");
        robot.clickOn("#export-format-pdf"); // untick PDF: a quicker export
        robot.clickOn("#export-run");
        Fx.waitUntil(() -> d.stage().getScene().lookup("#export-summary").isVisible()
                && !((TextArea) d.stage().getScene().lookup("#export-summary")).getText().isBlank());
        String summary = Fx.call(() -> ((TextArea) d.stage().getScene().lookup("#export-summary")).getText());
        robot.interact(() -> d.stage().close());
        return summary;
    }

    @Test
    void aFileOnTheWayIsNamedAsAFile(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createTempDirectory(temp, "out").resolve("photo.png"), "not a folder");
        String summary = exportTo(robot, file.resolve("bundle").toString());
        assertThat(summary.strip()).isEqualTo("The export failed: " + file + " is a file, not a folder: choose a folder for the bundle");
    }

    @Test
    void aSystemFolderIsNotCalledMissing(FxRobot robot) {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        String summary = exportTo(robot, "/proc/standfirst-out");
        assertThat(summary.strip()).isEqualTo("The export failed: /proc does not take new folders: choose another folder");
    }
}
