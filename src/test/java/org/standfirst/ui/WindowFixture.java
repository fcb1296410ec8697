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

    WindowFixture(Stage stage, Path folder) {
        this.folder = folder;
        this.layout = WindowLayout.read(folder);
        this.ws = new AppWorkstation(Standfirst.open(folder), null);
        this.window = new MainWindow(stage, ws, tasks, layout, ws.currentUser());
        stage.show();
        stage.toFront();
        stage.requestFocus();
        window.refreshLibrary();
        window.startPreview();
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
