package org.standfirst.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * Pictures of windows for a person to look at while building a view: written only when the
 * environment variable STANDFIRST_SHOTS names a folder, otherwise nothing happens.
 */
final class Shots {
    private Shots() {
    }

    static void save(Window w, String name) {
        String dir = System.getenv("STANDFIRST_SHOTS");
        if (dir == null || dir.isBlank() || w == null) {
            return;
        }
        WritableImage img = Fx.call(() -> w.getScene().snapshot(null));
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
