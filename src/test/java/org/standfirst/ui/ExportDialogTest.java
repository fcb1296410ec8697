package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.ui.export.ExportDialog;
import org.testfx.api.FxRobot;

/** File > Export… over the sample workspace: the bundle is written and the summary says what was held back. */
class ExportDialogTest extends WindowTest {
    @Test
    void exportsEverythingForThePublicAndSaysWhatWasHeldBack(FxRobot robot) throws Exception {
        Path out = Files.createTempDirectory(temp, "out").resolve("bundle");
        ExportDialog d = Fx.call(() -> fx.window.openExport());
        robot.interact(() -> {
            d.stage().requestFocus();
            ((TextField) d.stage().getScene().lookup("#export-folder")).setText(out.toString());
        });
        robot.clickOn("#export-everything");
        robot.clickOn("#export-format-pdf"); // untick PDF: a quicker export
        robot.clickOn("#export-run");
        Fx.waitUntil(() -> d.stage().getScene().lookup("#export-summary").isVisible());
        String summary = Fx.call(() -> ((TextArea) d.stage().getScene().lookup("#export-summary")).getText());
        var result = d.viewModel().lastResult();
        assertThat(result.written()).isTrue();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(summary).startsWith("Exported ").contains("Written:").contains("manifest.json");
        assertThat(result.files()).noneMatch(f -> f.path().endsWith(".pdf"));
        if (!result.heldBack().isEmpty()) {
            assertThat(summary).contains("Held back:").contains(result.heldBack().get(0).reason());
        }
        // The folder is remembered for the next export.
        assertThat(fx.layout.text(ExportDialog.FOLDER_KEY, null)).isEqualTo(out.toAbsolutePath().toString());
        robot.interact(() -> d.stage().close());
    }

    @Test
    void theSiteIsSetFromTheExportWindowAndABadAddressIsRefused(FxRobot robot) {
        ExportDialog d = Fx.call(() -> fx.window.openExport());
        robot.interact(() -> d.stage().requestFocus());
        Fx.waitUntil(() -> ((Label) d.stage().getScene().lookup("#export-site")).getText()
                .equals("Northfield Institute News · https://news.northfield-institute.example.org/"));
        robot.clickOn("#export-site-settings");
        Fx.waitUntil(() -> siteWindow() != null && !((TextField) siteWindow().getScene().lookup("#site-url")).getText().isEmpty());
        Stage site = Fx.call(this::siteWindow);
        robot.interact(site::requestFocus);
        TextField url = Fx.call(() -> (TextField) site.getScene().lookup("#site-url"));
        robot.clickOn(url).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("news.northfield.example.org");
        robot.clickOn("#site-save");
        Fx.waitUntil(() -> site.getScene().lookup("#site-error").isVisible());
        assertThat(Fx.call(() -> ((Label) site.getScene().lookup("#site-error")).getText()))
                .startsWith("The site address must start with https:// or http://");
        assertThat(fx.ws.services().exports().site().baseUrl()).isEqualTo("https://news.northfield-institute.example.org/");

        robot.clickOn(url).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("https://www.northfield.example.org/news");
        robot.clickOn("#site-save");
        Fx.waitUntil(() -> !site.isShowing());
        assertThat(fx.ws.services().exports().site().baseUrl()).isEqualTo("https://www.northfield.example.org/news/");
        Fx.waitUntil(() -> ((Label) d.stage().getScene().lookup("#export-site")).getText()
                .equals("Northfield Institute News · https://www.northfield.example.org/news/"));
        robot.interact(() -> d.stage().close());
    }

    @Test
    void fileSiteSettingsChangesTheCopyrightHolderTheExportsName(FxRobot robot) {
        javafx.scene.control.MenuItem menuItem = Fx.call(() -> ((javafx.scene.control.MenuBar) stage.getScene().getRoot()
                .lookup(".menu-bar")).getMenus().get(0).getItems().stream()
                .filter(m -> "Site se_ttings…".equals(m.getText())).findFirst().orElseThrow());
        robot.interact(menuItem::fire);
        Fx.waitUntil(() -> siteWindow() != null && !((TextField) siteWindow().getScene().lookup("#site-copyright")).getText().isEmpty());
        Stage site = Fx.call(this::siteWindow);
        robot.interact(site::requestFocus);
        TextField holder = Fx.call(() -> (TextField) site.getScene().lookup("#site-copyright"));
        assertThat(Fx.call(() -> holder.getText())).isEqualTo("Northfield Institute of Cancer Research");
        robot.clickOn(holder).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Northfield Institute");
        robot.clickOn("#site-save");
        Fx.waitUntil(() -> !site.isShowing());
        assertThat(fx.ws.services().exports().site().copyrightHolder()).isEqualTo("Northfield Institute");
    }

    @Test
    void everyHeadingAndButtonInTheExportWindowIsShownInFull(FxRobot robot) {
        // With the longest headline open, "This item: “…”" makes the window's widest line.
        Fx.waitUntil(() -> !fx.window.libraryPane().itemList().getItems().isEmpty());
        var longest = Fx.call(() -> fx.window.libraryPane().itemList().getItems().stream()
                .max(java.util.Comparator.comparingInt(i -> i.headline().length())).orElseThrow());
        robot.interact(() -> fx.window.libraryPane().itemList().getSelectionModel().select(longest));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(longest.id()));
        ExportDialog d = Fx.call(() -> fx.window.openExport());
        robot.interact(() -> d.stage().requestFocus());
        // The site's name and address arrive after the window opens, and make the widest row.
        Fx.waitUntil(() -> !((Label) d.stage().getScene().lookup("#export-site")).getText().isEmpty());
        var cut = Fx.call(() -> {
            d.stage().getScene().getRoot().applyCss();
            d.stage().getScene().getRoot().layout();
            return Fx.cutOff(d.stage().getScene().getRoot());
        });
        assertThat(cut).as("labels cut off with …").isEmpty();
        robot.interact(() -> d.stage().close());
    }

    private Stage siteWindow() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && "Site settings".equals(s.getTitle())
                && w.isShowing()).map(w -> (Stage) w).findFirst().orElse(null);
    }
}
