package org.standfirst.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standfirst.app.Standfirst;
import org.standfirst.app.WorkspaceLocation;
import org.standfirst.ui.library.LibraryViewModel;
import org.standfirst.ui.people.WorkingAs;
import org.standfirst.ui.preview.PreviewPane;

/**
 * The desktop app. The main window is built and shown while the workspace opens on the
 * background lane (the library says "Opening the library…" until its first page is in); the
 * preview's WebView is created only after the first frame with the library, so start-up never
 * waits for WebKit.
 */
public final class StandfirstApp extends Application {
    /** Logged once the main window is usable; the smoke test and the bench wait for it. */
    public static final String READY = "Standfirst main window ready";
    private static final Logger LOG = LoggerFactory.getLogger(StandfirstApp.class);

    private static BackgroundTasks early;
    private static boolean toolkitUp;
    private static Opening opening;
    private BackgroundTasks tasks;
    private Workstation ws;
    private MainWindow window;
    private WindowLayout layout;
    private Path folder;
    private Opened opened;
    private boolean listed;
    private boolean readySaid;

    /**
     * What the I/O lane reads and opens, in this order: the window layout (a small file), the
     * workspace, then the library's first page. The window is built and shown on the FX thread
     * meanwhile, over a workstation whose calls (all on the lanes) run after the opening.
     */
    private record Opening(CompletableFuture<WindowLayout> layout, AppWorkstation ws, CompletableFuture<Opened> workspace,
            java.util.concurrent.Future<LibraryViewModel.FirstPage> firstPage) {
    }

    /** Who is working, once the workspace is open, and how that was decided. */
    private record Opened(org.standfirst.model.Person me, WorkingAs.Start start) {
    }

    /** Starts opening the workspace on the I/O lane before the FX toolkit is up (unless it is already up). */
    static synchronized void beginOpening(Path data) {
        if (toolkitUp) {
            return; // too late: start() opens it itself
        }
        early = new BackgroundTasks();
        opening = openOn(early, WorkspaceLocation.resolve(data));
    }

    /** Queues the opening on a lane; the futures complete as each step is done (or cannot be). */
    private static Opening openOn(BackgroundTasks lane, Path folder) {
        CompletableFuture<WindowLayout> layout = new CompletableFuture<>();
        CompletableFuture<Standfirst> store = new CompletableFuture<>();
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        AppWorkstation w = new AppWorkstation(folder, store, null);
        lane.submit(() -> {
            long t = System.nanoTime();
            try {
                Files.createDirectories(folder);
                WindowLayout l = WindowLayout.read(folder);
                layout.complete(l);
                String remembered = l.text("person", null);
                w.setCurrentUser(remembered);
                store.complete(Standfirst.open(folder));
                var me = w.currentUser();
                WorkingAs.Start start = me == null ? WorkingAs.Start.NOBODY
                        : me.id().equals(remembered) ? WorkingAs.Start.REMEMBERED : WorkingAs.Start.PICKED;
                LOG.info("Workspace {} open in {} ms", folder, (System.nanoTime() - t) / 1_000_000);
                opened.complete(new Opened(me, start));
            } catch (Throwable e) {
                layout.completeExceptionally(e);
                store.completeExceptionally(e);
                opened.completeExceptionally(e);
            }
            return null;
        });
        // Next on the same lane: the library's first page, fetched while the window is shown.
        var firstPage = lane.submit(() -> LibraryViewModel.fetchFirstPage(w));
        return new Opening(layout, w, opened, firstPage);
    }

    @Override
    public void start(Stage stage) {
        startUp("FX toolkit up");
        Opening o;
        synchronized (StandfirstApp.class) {
            toolkitUp = true;
            tasks = early != null ? early : new BackgroundTasks();
            folder = WorkspaceLocation.resolve(DesktopLauncher.dataOption());
            o = opening != null ? opening : openOn(tasks, folder);
            opening = null;
        }
        stage.setTitle("Standfirst");
        if (o.layout().isDone()) {
            build(stage, o); // the usual case: the layout file was read while the toolkit started
        } else {
            o.layout().whenComplete((l, e) -> Platform.runLater(() -> build(stage, o)));
        }
    }

    /**
     * Builds and shows the main window while the workspace opens: the library says it is opening
     * until its first page is in, and who is working is shown once the workspace is open.
     */
    private void build(Stage stage, Opening o) {
        if (o.layout().isCompletedExceptionally()) {
            o.workspace().whenComplete((x, e) -> Platform.runLater(() -> cannotOpen(stage, cause(e))));
            return;
        }
        layout = o.layout().join();
        ws = o.ws();
        // The theme's sheet first: the first control made would otherwise load JavaFX's own
        // default sheet (Modena), only for the theme to replace it.
        Theme.parse(layout.text("theme", "light")).preload();
        window = new MainWindow(stage, ws, tasks, layout, null);
        window.workingAs().statusButton().setVisible(false); // nobody to name until the workspace is open
        window.libraryViewModel().useFirstPage(o.firstPage());
        window.libraryViewModel().holdCounts();
        window.libraryViewModel().whenRefreshed(() -> {
            listed = true;
            whenListedAndShown(stage);
        });
        window.refreshLibrary();
        startUp("main window built");
        placeWindow(stage);
        stage.show();
        startUp("main window shown");
        o.workspace().whenComplete((opened, e) -> Platform.runLater(() -> {
            if (e == null) {
                show(stage, opened);
            } else {
                cannotOpen(stage, cause(e));
            }
        }));
    }

    /**
     * Once the library's first page is in and the workspace is open (in either order on the FX
     * thread): the window is ready; after its next frame come the deferred panes and the preview.
     */
    private void whenListedAndShown(Stage stage) {
        if (!listed || opened == null || readySaid) {
            return;
        }
        readySaid = true;
        Opened o = opened;
        LOG.info(READY);
        UiBench.afterPulse(window.scene(), () -> {
            startUp("first frame with the library");
            window.libraryViewModel().releaseCounts();
            window.buildDeferredPanes();
            if (UiBench.active()) {
                UiBench.usable(window, ws, tasks, () -> quit(stage));
            } else {
                // Who is working: said, or asked in a workspace with nobody in it, after the
                // first frame, so a first-run question never holds up the window.
                window.announceProfile(o.start());
            }
            // The WebView comes after the first frame with the library in it, so start-up never
            // waits for WebKit; its native library loads off the FX thread first, so the window
            // stays responsive meanwhile.
            tasks.render(() -> {
                PreviewPane.preloadNativeLibrary();
                return null;
            }, x -> window.startPreview(), e -> window.startPreview());
        });
    }

    private static Throwable cause(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private void show(Stage stage, Opened o) {
        boolean crashed = !layout.flag("cleanExit", true);
        if (o.me() != null) {
            layout.putText("person", o.me().id()); // from now on changed only through Change…
        }
        window.opened(o.me());
        startUp("workspace open");
        opened = o;
        whenListedAndShown(stage);
        if (UiBench.active()) {
            stage.setOnCloseRequest(e -> quit(stage));
            return;
        }
        // From now until a clean close, a kill leaves cleanExit=false behind, with what was open.
        window.setLayoutWriter(l -> tasks.run(() -> {
            l.write(folder);
            return null;
        }, null, null));
        WindowLayout running = layout.copy();
        running.putFlag("cleanExit", false);
        tasks.run(() -> {
            running.write(folder);
            return null;
        }, null, null);
        window.restore(crashed);
        stage.setOnCloseRequest(e -> close(stage));
        stage.toFront();
        stage.requestFocus();
    }

    private void placeWindow(Stage stage) {
        double x = layout.number("window.x", Double.NaN);
        double y = layout.number("window.y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(layout.number("window.width", 1360), screen.getWidth());
        double h = Math.min(layout.number("window.height", 860), screen.getHeight());
        boolean onScreen = !Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty();
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setWidth(w);
        stage.setHeight(h);
        if (!onScreen) {
            stage.centerOnScreen();
        }
        stage.setMaximized(layout.flag("window.maximised", false));
    }

    private void close(Stage stage) {
        window.flush();
        window.rememberLayout();
        layout.putFlag("cleanExit", true);
        WindowLayout finalLayout = layout.copy();
        Workstation w = ws;
        // Queued after the last save on the same lane, then the lane drains before exit.
        tasks.run(() -> {
            finalLayout.write(folder);
            return null;
        }, null, null);
        tasks.run(() -> {
            w.close();
            return null;
        }, null, null);
        tasks.close();
        Platform.exit();
    }

    /** Closes without touching the layout file (the bench). */
    private void quit(Stage stage) {
        window.flush();
        Workstation w = ws;
        tasks.run(() -> {
            w.close();
            return null;
        }, null, null);
        tasks.close();
        Platform.exit();
    }

    /**
     * Why the workspace cannot be opened, in the desktop's words: the shared message for a
     * workspace in use ends with the command line's --data, which a desktop user never typed.
     */
    static String cannotOpenMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.standfirst.app.WorkspaceInUseException inUse) {
                return "The workspace " + inUse.folder() + " is open in another Standfirst window: "
                        + "work in that window, or close it and start Standfirst again.";
            }
        }
        return ErrorText.oneLine(e);
    }

    private void cannotOpen(Stage stage, Throwable e) {
        String message = cannotOpenMessage(e);
        LOG.error("Cannot open the workspace: {}", message);
        if (UiBench.active()) {
            UiBench.failed(message);
            tasks.close();
            Platform.exit();
            return;
        }
        stage.hide(); // the dialog alone, not over an empty "Opening…" window
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle("Standfirst");
        a.setHeaderText("Standfirst cannot open this workspace");
        Scene themed = stage.getScene();
        if (themed == null) { // no window came first: the dialog still wears the theme
            themed = new Scene(new VBox());
            Theme.LIGHT.apply(themed);
        }
        a.getDialogPane().getStylesheets().addAll(themed.getStylesheets());
        a.showAndWait();
        tasks.close();
        Platform.exit();
    }

    /** Logs a step of start-up with the time since the JVM started, when debugging: reading that time loads JMX, about 20 ms. */
    private static void startUp(String step) {
        if (LOG.isDebugEnabled()) {
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
            LOG.debug("Start-up: {} at {} ms (process CPU {} ms, FX thread CPU {} ms)", step, (long) UiBench.msSinceJvmStart(), cpu,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
