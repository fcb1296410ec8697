package org.standfirst.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;

/**
 * The desktop figures of {@code standfirst bench}, measured in a child JVM under the current
 * display (the hidden {@code bench-ui} launcher mode; see app.bench.UiBenchmark, which starts it
 * with the desktop's JVM options and class-data archive, as the {@code standfirst} script does):
 * <ul>
 * <li>{@code ui.start.bare-window.ms}: from JVM start to the end of the first layout pulse of a
 *     bare JavaFX window (one label) that has been shown;</li>
 * <li>{@code ui.start.stock-controls-window.ms}: the same for a window of stock JavaFX controls in
 *     the main window's shape and theme (menu bar, icon toolbar, smart lists, search, two filters,
 *     a 100-row list, editor and preview tabs, status line) with no data and no code of ours:
 *     the floor any main window with what it must show starts from on this machine;</li>
 * <li>{@code ui.start.main-window.ms}: from JVM start to the end of the first layout pulse after
 *     the library's first page arrived, in the main window on the given workspace: the first frame
 *     showing the menus, toolbar, smart lists, reports and the item list filled, with the FX
 *     thread free for input from then on. Not included: the smart-list counts (they follow on the
 *     background lane) and the preview's WebView, which is made after this frame (its native
 *     library loads off the FX thread first);</li>
 * <li>{@code ui.start.*.cpu.ms}: the CPU time the process had used by then, all threads together;</li>
 * <li>then keystroke-to-preview-patched medians for a 1,500-word story and a 50,000-word report,
 *     and the resident memory (VmRSS) with that workspace and report open, after System.gc()
 *     and a short pause.</li>
 * </ul>
 * Figures are returned as "name value unit" lines for the launcher to print.
 */
public final class UiBench {
    public static final String MODE = "bench-ui";
    static final int KEYSTROKES = 40;
    private static final List<String> FIGURES = new CopyOnWriteArrayList<>();
    private static volatile boolean active;

    private UiBench() {
    }

    static boolean active() {
        return active;
    }

    /** args: bench-ui bare|controls|app [WORKSPACE]. */
    public static List<String> run(String[] args) {
        String mode = args.length > 1 ? args[1] : "bare";
        active = true;
        if (mode.equals("bare")) {
            RenderingPipeline.chooseForThisMachine(); // as DesktopLauncher does for the main window
            Application.launch(Bare.class);
        } else if (mode.equals("controls")) {
            RenderingPipeline.chooseForThisMachine();
            Application.launch(StockControls.class);
        } else {
            DesktopLauncher.launch(Path.of(args[2]));
        }
        return List.copyOf(FIGURES);
    }

    /** The bench could not run: says why on the figures' channel (a "#" line). */
    static void failed(String why) {
        FIGURES.add("# failed: " + why);
    }

    static double msSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * CPU time the whole process has used so far, all threads (JIT compilers and the collector
     * too): start-up work that, on a machine with few cores, wall time cannot hide.
     */
    static double processCpuMs() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e6 : Double.NaN;
    }

    static void figure(String name, double value, String unit) {
        FIGURES.add(name + " " + String.format(Locale.ROOT, "%.1f", value) + " " + unit);
    }

    /** Runs once after the next layout pulse of a scene: the frame a person would see. */
    static void afterPulse(Scene scene, Runnable r) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    /** The bare window the start-up figure is compared with. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Standfirst")), 1360, 860);
            stage.setScene(scene);
            stage.show();
            afterPulse(scene, () -> {
                figure("ui.start.bare-window.ms", msSinceJvmStart(), "ms");
                figure("ui.start.bare-window.cpu.ms", processCpuMs(), "ms");
                Platform.exit();
            });
        }
    }

    /** A stand-in for the main window made only of stock controls: how far below it start-up could go. */
    public static final class StockControls extends Application {
        @Override
        public void start(Stage stage) {
            Theme.LIGHT.preload();
            MenuBar menus = new MenuBar();
            for (String name : List.of("_File", "_Edit", "F_ormat", "_View", "_Go to", "_Review", "_Person")) {
                Menu menu = new Menu(name);
                for (int i = 1; i <= 8; i++) {
                    menu.getItems().add(new MenuItem(name.replace("_", "") + " command " + i));
                }
                menus.getMenus().add(menu);
            }
            ToolBar tools = new ToolBar();
            for (String icon : List.of("fth-plus-square", "fth-save", "fth-copy", "fth-archive", "fth-corner-up-left",
                    "fth-corner-up-right", "fth-moon", "fth-eye", "fth-smartphone")) {
                tools.getItems().add(Icons.button(icon, icon, () -> { }));
            }
            ListView<String> smartLists = new ListView<>(FXCollections.observableArrayList(
                    "My drafts", "Awaiting my review", "Approved", "Published", "Embargoed", "All"));
            TextField search = new TextField();
            search.setPromptText("Search");
            ComboBox<String> kinds = new ComboBox<>(FXCollections.observableArrayList("All kinds", "News story"));
            ComboBox<String> topics = new ComboBox<>(FXCollections.observableArrayList("All topics"));
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                rows.add("Headline " + i + " · News story · Draft · A. Writer · today");
            }
            ListView<String> items = new ListView<>(FXCollections.observableArrayList(rows));
            VBox library = new VBox(6, smartLists, search, new HBox(6, kinds, topics), items);
            VBox.setVgrow(items, Priority.ALWAYS);
            SplitPane panes = new SplitPane(library, new TabPane(new Tab("Editor", new TextArea("Body"))),
                    new TabPane(new Tab("Preview", new Label("Preview")), new Tab("Review")));
            BorderPane root = new BorderPane(panes);
            root.setTop(new VBox(menus, tools));
            root.setBottom(new HBox(new Label("Ready")));
            Scene scene = new Scene(root, 1360, 860);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
            afterPulse(scene, () -> {
                figure("ui.start.stock-controls-window.ms", msSinceJvmStart(), "ms");
                figure("ui.start.stock-controls-window.cpu.ms", processCpuMs(), "ms");
                Platform.exit();
            });
        }
    }

    /**
     * Called at the end of the first layout pulse after the library's first page arrived, that
     * is the first frame showing the main window with the library listed, its controls live
     * (the FX thread is free for input from here on): records start-up, then types, then
     * measures memory, then closes. The preview's WebView is not part of it: it is made after
     * this frame, as the issue asks.
     */
    static void usable(MainWindow window, Workstation ws, BackgroundTasks tasks, Runnable close) {
        figure("ui.start.main-window.ms", msSinceJvmStart(), "ms");
        figure("ui.start.main-window.cpu.ms", processCpuMs(), "ms");
        Platform.runLater(() -> new Typing(window, ws, tasks, close).start());
    }

    /** Creates a 1,500-word story and a 50,000-word report, types into each, and takes the medians. */
    private static final class Typing {
        private final MainWindow window;
        private final Workstation ws;
        private final BackgroundTasks tasks;
        private final Runnable close;
        private final List<Double> times = new ArrayList<>();

        Typing(MainWindow window, Workstation ws, BackgroundTasks tasks, Runnable close) {
            this.window = window;
            this.ws = ws;
            this.tasks = tasks;
            this.close = close;
        }

        void start() {
            waitFor(() -> window.previewController() != null, () -> tasks.run(() -> {
                Item story = ws.create(ItemKind.NEWS_STORY, "Bench story");
                return ws.saveWorkingCopy(story.id(), story.content().withBody(words(1_500, 1)));
            }, story -> type(story, "ui.keystroke-to-preview.story-1500-words.median.ms", this::report), this::fail));
        }

        void report() {
            tasks.run(() -> {
                Report r = ws.createReport("Bench report");
                Item middle = null;
                for (int s = 0; s < 8; s++) {
                    Item sec = ws.addSection(r.id(), "Section " + (s + 1));
                    sec = ws.saveWorkingCopy(sec.id(), sec.content().withBody(words(6_250, s + 2)));
                    if (s == 3) {
                        middle = sec;
                    }
                }
                return middle;
            }, section -> type(section, "ui.keystroke-to-preview.report-50000-words.median.ms", this::memory), this::fail);
        }

        void type(Item item, String figure, Runnable then) {
            window.openItem(item);
            waitFor(() -> window.editorViewModel().getItem() != null
                    && window.editorViewModel().getItem().id().equals(item.id())
                    && window.preview().isReady() && window.previewController().isCaughtUp(), () -> {
                times.clear();
                window.setOnPreviewPatched(n -> times.add(n / 1e6));
                keystroke(0, figure, then);
            });
        }

        void keystroke(int k, String figure, Runnable then) {
            if (k == KEYSTROKES) {
                window.setOnPreviewPatched(n -> { });
                double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                figure(figure, t.length == 0 ? Double.NaN : t[t.length / 2], "ms");
                then.run();
                return;
            }
            var body = window.editorPane().body();
            int para = Math.min(body.getParagraphs().size() - 1, 4 + k % 5);
            int at = body.getAbsolutePosition(para, body.getParagraphLength(para));
            int before = times.size();
            body.insertText(at, k % 6 == 5 ? " " : "x");
            waitFor(() -> times.size() > before && window.previewController().isCaughtUp(), () -> {
                PauseTransition typist = new PauseTransition(Duration.millis(40));
                typist.setOnFinished(e -> keystroke(k + 1, figure, then));
                typist.play();
            });
        }

        void memory() {
            System.gc();
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                figure("ui.memory.resident.10k-workspace-and-report.mb", residentMb(), "MB");
                close.run();
            });
            settle.play();
        }

        void fail(Throwable e) {
            FIGURES.add("# failed: " + e);
            close.run();
        }

        static void waitFor(java.util.function.BooleanSupplier condition, Runnable then) {
            if (condition.getAsBoolean()) {
                then.run();
                return;
            }
            PauseTransition p = new PauseTransition(Duration.millis(5));
            p.setOnFinished(e -> waitFor(condition, then));
            p.play();
        }
    }

    /** Resident set size from /proc (Linux); NaN elsewhere. */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Deterministic prose in paragraphs of about 80 words, with a heading every tenth paragraph. */
    static String words(int count, int seed) {
        String[] vocab = ("the institute trial trials cancer patients research team teams results study treatment "
                + "tumour cells scan imaging recruitment pandemic people hospital data evidence approach clinical "
                + "report section early findings care access nurses doctors families and of to in for with on that "
                + "which was were is are this these more most new next year years during after before").split(" ");
        StringBuilder sb = new StringBuilder(count * 8);
        long x = seed * 2_654_435_761L + 1;
        int para = 0;
        for (int w = 0; w < count; ) {
            if (para % 10 == 9) {
                sb.append("## Part ").append(para / 10 + 1).append("\n\n");
            }
            int n = Math.min(80, count - w);
            for (int i = 0; i < n; i++) {
                x = x * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
                String word = vocab[(int) ((x >>> 33) % vocab.length)];
                if (i == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                sb.append(word).append(i == n - 1 ? "." : " ");
            }
            sb.append("\n\n");
            w += n;
            para++;
        }
        return sb.toString();
    }
}
