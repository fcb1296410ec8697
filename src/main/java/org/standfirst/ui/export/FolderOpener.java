package org.standfirst.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.standfirst.ui.BackgroundTasks;

/**
 * Opens a folder in the desktop's file manager. On Linux, AWT's Desktop often says it cannot
 * (no GNOME libraries) while xdg-open can, so xdg-open is tried first there; when neither is
 * available no opener is offered and the dialog shows only the selectable path.
 */
interface FolderOpener {
    void open(Path folder) throws IOException;

    /** Looks for a way to open folders off the FX thread; calls back on the FX thread only if there is one. */
    static void find(Consumer<FolderOpener> found, BackgroundTasks tasks) {
        tasks.run(FolderOpener::detect, o -> {
            if (o != null) {
                found.accept(o);
            }
        }, e -> { });
    }

    private static FolderOpener detect() {
        String path = System.getenv("PATH");
        if (path != null && System.getenv("DISPLAY") != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path x = Path.of(dir, "xdg-open");
                if (Files.isExecutable(x)) {
                    return folder -> new ProcessBuilder(x.toString(), folder.toString())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                }
            }
        }
        if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            return folder -> java.awt.Desktop.getDesktop().open(folder.toFile());
        }
        return null;
    }
}
