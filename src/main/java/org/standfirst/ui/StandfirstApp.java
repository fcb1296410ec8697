package org.standfirst.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standfirst.app.Standfirst;
import org.standfirst.app.WorkspaceLocation;
import org.standfirst.ui.library.LibraryViewModel;
import org.standfirst.ui.people.WorkingAs;
import org.standfirst.ui.preview.PreviewPane;

/**
 * The desktop app. The window appears at once with a short "Opening…" message while the
 * workspace opens on the background lane; the main window follows, and the preview's WebView
 * is created only after that, so start-up never waits for WebKit.
 */
public final class StandfirstApp extends Application {
    /** Logged once the main window is usable; the smoke test and the bench wait for it. */
    public static final String READY = "Standfirst main window ready";
    private static final Logger LOG = LoggerFactory.getLogger(StandfirstApp.class);

    private static BackgroundTasks early;
    private static boolean toolkitUp;
    /** The "Opening…" frame appears only when opening the workspace takes longer than this after the toolkit is up. */
    private static final Duration SPLASH_AFTER = Duration.millis(500);
    private static CompletableFuture<Opened> openingWorkspace;
    private static volatile WindowLayout layoutRead;
    private static java.util.concurrent.Future<LibraryViewModel.FirstPage> firstPage;
    private BackgroundTasks tasks;
    private Workstation ws;
    private MainWindow window;
    private WindowLayout layout;
    private Path folder;

    /** Starts opening the workspace on the I/O lane before the FX toolkit is up (unless it is already up). */
    static synchronized void beginOpening(Path data) {
        if (toolkitUp) {
            return; // too late: start() opens it itself
        }
        early = new BackgroundTasks();
        CompletableFuture<Opened> opening = openOn(early, WorkspaceLocation.resolve(data));
        openingWorkspace = opening;
        // Next on the same lane: the library's first page, fetched while the window is built.
        firstPage = early.submit(() -> LibraryViewModel.fetchFirstPage(opening.get().ws()));
    }

    /** Opens the workspace on a lane; the future completes as soon as it is open (or cannot be). */
    private static CompletableFuture<Opened> openOn(BackgroundTasks lane, Path folder) {
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        lane.submit(() -> {
            try {
                opened.complete(open(folder));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
            return null;
        });
        return opened;
    }

    private static Opened open(Path folder) throws java.io.IOException {
        long t = System.nanoTime();
        Files.createDirectories(folder);
        WindowLayout l = WindowLayout.read(folder);
        layoutRead = l;
        Standfirst app = Standfirst.open(folder);
        String remembered = l.text("person", null);
        AppWorkstation w = new AppWorkstation(app, remembered);
        var me = w.currentUser();
        WorkingAs.Start start = me == null ? WorkingAs.Start.NOBODY
                : me.id().equals(remembered) ? WorkingAs.Start.REMEMBERED : WorkingAs.Start.PICKED;
        if (me != null) {
            l.putText("person", me.id()); // from now on changed only through Change…
        }
        LOG.info("Workspace {} open in {} ms", folder, (System.nanoTime() - t) / 1_000_000);
        return new Opened(w, l, me, start);
    }

    @Override
    public void start(Stage stage) {
        startUp("FX toolkit up");
        synchronized (StandfirstApp.class) {
            toolkitUp = true;
            tasks = early != null ? early : new BackgroundTasks();
        }
        folder = WorkspaceLocation.resolve(DesktopLauncher.dataOption());
        stage.setTitle("Standfirst");
        CompletableFuture<Opened> begun = openingWorkspace != null ? openingWorkspace : openOn(tasks, folder);
        if (begun.isDone() && !begun.isCompletedExceptionally()) {
            // Already open (the usual case): straight to the main window.
            show(stage, begun.join());
            return;
        }
        // Not open yet: meanwhile the theme's stylesheet is parsed (the layout file, read first,
        // names it), and the "Opening…" frame is shown only if it takes more than a moment.
        WindowLayout read = layoutRead;
        Theme.parse(read == null ? null : read.text("theme", "light")).preload();
        PauseTransition moment = new PauseTransition(SPLASH_AFTER);
        moment.setOnFinished(e -> showOpening(stage));
        moment.play();
        begun.whenComplete((o, e) -> Platform.runLater(() -> {
            moment.stop();
            if (e == null) {
                show(stage, o);
            } else {
                cannotOpen(stage, e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        }));
    }

    private void showOpening(Stage stage) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        Label opening = new Label("Opening " + folder + " …");
        VBox box = new VBox(12, spinner, opening);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene splash = new Scene(box, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        Theme.LIGHT.apply(splash);
        stage.setScene(splash);
        stage.show();
        startUp("'Opening…' shown");
    }

    private record Opened(AppWorkstation ws, WindowLayout layout, org.standfirst.model.Person me, WorkingAs.Start start) {
    }

    private void show(Stage stage, Opened o) {
        ws = o.ws();
        layout = o.layout();
        boolean crashed = !layout.flag("cleanExit", true);
        startUp("workspace handed over");
        window = new MainWindow(stage, ws, tasks, layout, o.me());
        startUp("main window built");
        placeWindow(stage);
        stage.show(); // already showing when the "Opening…" frame came first
        window.libraryViewModel().whenRefreshed(() -> {
            LOG.info(READY);
            UiBench.afterPulse(window.scene(), () -> {
                startUp("first frame with the library");
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
        });
        if (firstPage != null) {
            window.libraryViewModel().useFirstPage(firstPage);
            firstPage = null;
        }
        window.refreshLibrary();
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

    private void cannotOpen(Stage stage, Throwable e) {
        String message = oneLine(e);
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

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
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
