package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Asset;
import org.standfirst.model.Hashing;
import org.testfx.api.FxRobot;

/** The hero image as a writer sets it: from the workspace's images or a file, with alt text required, undoable. */
class HeroImageTest extends WindowTest {
    private String heroAsset() {
        return Fx.call(() -> fx.window.editorViewModel().heroAsset.get());
    }

    private boolean altRequiredShown() {
        return Fx.call(() -> fx.window.scene().lookup("#alt-required").isVisible());
    }

    private String previewHero() {
        return Fx.call(() -> {
            if (fx.window.preview() == null || !fx.window.preview().isReady()) {
                return "";
            }
            Object v = fx.window.preview().webView().getEngine().executeScript(
                    "(function(){var i=document.querySelector('figure.article-hero img');"
                    + "return i ? (i.getAttribute('alt') + '|' + (i.getAttribute('src') || '').substring(0, 15)) : 'none';})()");
            return String.valueOf(v);
        });
    }

    /** Opens Details at once (no sliding open), as it stands once a writer has opened it. */
    private void openDetails(FxRobot robot) {
        robot.interact(() -> {
            fx.window.editorPane().details().setAnimated(false);
            fx.window.editorPane().details().setExpanded(true);
        });
    }

    /** Presses a button from the keyboard (Tab to it, Space), wherever Details has scrolled it to. */
    private void press(FxRobot robot, String id) {
        robot.interact(() -> fx.window.scene().lookup(id).requestFocus());
        robot.type(KeyCode.SPACE);
    }

    private void undoKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    @Test
    void aHeroImageIsChosenImportedUndoneAndRemoved(FxRobot robot) throws Exception {
        newStory(robot);
        openDetails(robot);
        assertThat(Fx.call(() -> ((Label) fx.window.scene().lookup("#hero-name")).getText())).isEqualTo("No image");
        assertThat(Fx.call(() -> fx.window.editorPane().heroField().removeButton().isDisabled())).isTrue();
        assertThat(altRequiredShown()).isFalse();

        // Choose from the workspace: a list of its images with thumbnail, file name and alt text.
        press(robot, "#hero-choose");
        Fx.waitUntil(() -> robot.lookup("#image-choices").tryQuery().isPresent()
                && !robot.lookup("#image-choices").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<Asset> choices = robot.lookup("#image-choices").queryAs(ListView.class);
        Asset wanted = Fx.call(() -> choices.getItems().stream().filter(a -> !a.altText().isBlank()).findFirst().orElseThrow());
        robot.interact(() -> choices.getSelectionModel().select(wanted));
        // Cell and text read in one FX turn: the list reuses its cells as thumbnails arrive.
        String cellText = Fx.call(() -> choices.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && wanted.equals(c.getItem()))
                .map(Node::getAccessibleText).findFirst().orElseThrow());
        assertThat(cellText).contains(wanted.fileName()).contains(wanted.altText());
        assertThat(Fx.call(() -> robot.lookup(n -> n instanceof Button b && "Use image".equals(b.getText())).queryButton().isDisabled()))
                .isFalse();
        // Enter in the list uses the chosen image, as the Use image button does.
        robot.interact(choices::requestFocus);
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(() -> wanted.id().equals(fx.window.editorViewModel().heroAsset.get()));
        assertThat(Fx.call(() -> fx.window.editorViewModel().heroAlt.get())).isEqualTo(wanted.altText());
        Fx.waitUntil(() -> fx.window.editorPane().heroField().thumbnail().getImage() != null);
        Fx.waitUntil(() -> ((Label) fx.window.scene().lookup("#hero-name")).getText().equals(wanted.fileName()));
        // The preview shows it, with its alt text.
        Fx.waitUntil(() -> previewHero().startsWith(wanted.altText() + "|data:image/"));

        // Alt text is required: emptying it says so next to the field, and the checks flag it.
        robot.interact(() -> fx.window.scene().lookup("#hero-alt").requestFocus());
        robot.interact(() -> ((javafx.scene.control.TextField) fx.window.scene().lookup("#hero-alt")).clear());
        Fx.waitUntil(this::altRequiredShown);
        assertThat(Fx.call(() -> ((Label) fx.window.scene().lookup("#alt-required")).getText())).contains("Alt text is required");
        Fx.waitUntil(() -> fx.window.problemsViewModel().findings().stream().anyMatch(f -> f.field().equals("hero")));
        robot.interact(() -> ((javafx.scene.control.TextField) fx.window.scene().lookup("#hero-alt"))
                .setText("Researchers looking at a microscope image on a screen"));
        Fx.waitUntil(() -> !altRequiredShown());

        // From a file: imported into the workspace's images off the FX thread.
        BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0x336699);
        Path png = Files.createTempDirectory(temp, "img").resolve("lab-photo.png");
        ImageIO.write(img, "png", png.toFile());
        String sha = Hashing.sha256(Files.readAllBytes(png));
        robot.interact(() -> fx.window.editorPane().heroField().setFileChooser(w -> png.toFile()));
        press(robot, "#hero-from-file");
        Fx.waitUntil(() -> sha.equals(fx.window.editorViewModel().heroAsset.get()));
        assertThat(fx.ws.images().stream().map(Asset::id)).contains(sha);
        Fx.waitUntil(() -> ((Label) fx.window.scene().lookup("#hero-name")).getText().equals("lab-photo.png"));
        assertThat(altRequiredShown()).isTrue(); // a new picture needs its own description

        // Undo (Ctrl+Z with the focus on the image buttons) puts back the image and its words.
        robot.interact(() -> fx.window.scene().lookup("#hero-choose").requestFocus());
        undoKeys(robot);
        Fx.waitUntil(() -> wanted.id().equals(heroAsset()));
        assertThat(Fx.call(() -> fx.window.editorViewModel().heroAlt.get())).isEqualTo("Researchers looking at a microscope image on a screen");

        // Remove image, then Edit > Undo from elsewhere (the last change was the image) brings it back.
        // By keyboard: the button may sit below the fold of the Details section.
        robot.interact(() -> fx.window.scene().lookup("#hero-remove").requestFocus());
        robot.type(KeyCode.SPACE);
        Fx.waitUntil(() -> heroAsset() == null);
        Fx.waitUntil(() -> previewHero().equals("none"));
        robot.interact(() -> fx.window.problemsPane().list().requestFocus());
        undoKeys(robot);
        Fx.waitUntil(() -> wanted.id().equals(heroAsset()));
        Fx.waitUntil(() -> previewHero().startsWith("Researchers looking"));

        // Saved with the item.
        String id = Fx.call(() -> fx.window.editorViewModel().getItem().id());
        Fx.waitUntil(() -> !fx.window.editorViewModel().hasUnsavedEdits());
        Fx.waitUntil(() -> fx.ws.item(id).orElseThrow().content().hero() != null
                && fx.ws.item(id).orElseThrow().content().hero().assetId().equals(wanted.id())
                && fx.ws.item(id).orElseThrow().content().hero().altText().equals("Researchers looking at a microscope image on a screen"));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInOneLine(FxRobot robot) throws Exception {
        newStory(robot);
        openDetails(robot);
        Path notes = Files.createTempDirectory(temp, "txt").resolve("notes.txt");
        Files.writeString(notes, "Not a picture");
        robot.interact(() -> fx.window.editorPane().heroField().setFileChooser(w -> notes.toFile()));
        press(robot, "#hero-from-file");
        Fx.waitUntil(() -> fx.window.editorViewModel().problemProperty().get().contains("notes.txt"));
        assertThat(Fx.call(() -> fx.window.editorViewModel().problemProperty().get())).contains("not an image");
        assertThat(heroAsset()).isNull();
        // Said in full under the standfirst, wrapped to the editor's width, not cut off with "…".
        Fx.waitUntil(() -> {
            var shownLine = (javafx.scene.control.Label) fx.window.scene().lookup("#editor-problem");
            return shownLine.isVisible() && Fx.shown(shownLine).equals(shownLine.getText());
        });
        assertThat(Fx.call(() -> Fx.shown((javafx.scene.control.Label) fx.window.scene().lookup("#editor-problem"))))
                .isEqualTo("notes.txt is not an image Standfirst can use (PNG, JPEG, GIF, WebP or SVG)");
    }
}
