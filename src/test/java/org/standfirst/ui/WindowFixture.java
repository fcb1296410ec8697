package org.standfirst.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.standfirst.app.Standfirst;

/** A real main window over a real workspace (H2 in a temp folder, seeded with the sample). */
final class WindowFixture {
    final Path folder;
    final BackgroundTasks tasks = new BackgroundTasks();
    final AppWorkstation ws;
    final MainWindow window;
    final WindowLayout layout;

    /**
     * Opens the workspace on the calling thread (a test thread: opening and seeding is slow I/O),
     * then builds and shows the window on the FX thread.
     */
    WindowFixture(Stage stage, Path folder) {
        this(stage, folder, null);
    }

    WindowFixture(Stage stage, Path folder, java.util.function.Consumer<MainWindow> beforeShow) {
        this(stage, folder, Standfirst.Options.defaults(), beforeShow);
    }

    /** @param options how the workspace opens (without the sample: a workspace with nobody in it) */
    WindowFixture(Stage stage, Path folder, Standfirst.Options options, java.util.function.Consumer<MainWindow> beforeShow) {
        this.folder = folder;
        this.layout = WindowLayout.read(folder);
        this.ws = new AppWorkstation(Standfirst.open(folder, options), null);
        var me = ws.currentUser();
        this.window = Fx.call(() -> {
            MainWindow w = new MainWindow(stage, ws, tasks, layout, me);
            stage.show();
            stage.toFront();
            stage.requestFocus();
            w.refreshLibrary();
            if (beforeShow != null) {
                beforeShow.accept(w);
            }
            w.startPreview();
            return w;
        });
    }

    /** Saves what is open, drains the background lane and closes the workspace. */
    void close() {
        Fx.call(() -> {
            window.flush();
            return null;
        });
        tasks.close();
        ws.close();
    }
}
