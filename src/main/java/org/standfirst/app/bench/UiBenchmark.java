package org.standfirst.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The desktop figures: each run is a child JVM of this jar in the hidden {@code bench-ui} mode
 * (the UI layer is out of reach from here by design), under the current display. Without a
 * display (no DISPLAY on Linux) they are skipped with a message: run {@code xvfb-run standfirst bench}.
 * The main window runs on a copy of the large workspace, so the shared one stays as generated.
 *
 * <p>Both runs start as the {@code standfirst} launcher starts the desktop app: with the options and
 * environment in {@code desktop-jvm.options} and the class-data archive the launcher keeps beside the jar. When
 * that archive is missing or stale, a first run on a throwaway copy makes it, as a person's first
 * start after a build does, so the figures are those of every later start.
 */
final class UiBenchmark implements Benchmark {
    private static final long CHILD_TIMEOUT_S = 600;

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) throws Exception {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
            ctx.progress("ui: no display, so no desktop figures; run the bench under xvfb-run for them");
            return List.of();
        }
        Path large = ctx.largeWorkspace();
        List<String> jvm = jvmOptions(ctx, large);
        Path copy = ctx.newFolder("ui-workspace");
        copyFolder(large, copy);
        List<BenchFigure> out = new ArrayList<>();
        ctx.progress("ui: start-up of a bare JavaFX window");
        List<BenchFigure> bare = child(ctx, jvm, "bare");
        ctx.progress("ui: start-up of a window of stock controls in the main window's shape");
        List<BenchFigure> controls = child(ctx, jvm, "controls");
        ctx.progress("ui: start-up of the main window on " + ctx.items() + " items, typing, memory");
        List<BenchFigure> app;
        try {
            app = child(ctx, jvm, "app", copy.toString());
        } finally {
            deleteFolder(copy); // a copy of the large workspace: too big to leave behind
        }
        out.addAll(bare);
        out.addAll(controls);
        out.addAll(app);
        double b = value(bare, "ui.start.bare-window.ms");
        double c = value(controls, "ui.start.stock-controls-window.ms");
        double a = value(app, "ui.start.main-window.ms");
        ratio(out, "ui.start.main-window-vs-bare.ratio", a, b);
        // How much of the gap to a bare window any window with these controls has, and how much is ours.
        ratio(out, "ui.start.stock-controls-vs-bare.ratio", c, b);
        ratio(out, "ui.start.main-window-vs-stock-controls.ratio", a, c);
        return out;
    }

    private static void ratio(List<BenchFigure> out, String name, double over, double under) {
        if (!Double.isNaN(over) && !Double.isNaN(under) && under > 0) {
            out.add(new BenchFigure(name, over / under, "x"));
        }
    }

    private static double value(List<BenchFigure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).mapToDouble(BenchFigure::value).findFirst().orElse(Double.NaN);
    }

    /** The desktop's JVM options, with the launcher's class-data archive (made first when it is not fresh). */
    private static List<String> jvmOptions(BenchContext ctx, Path large) throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(DesktopJvm.options());
        var jar = DesktopJvm.jar();
        if (jar.isEmpty()) {
            ctx.progress("ui: not running from the jar, so no class-data archive");
            return jvm;
        }
        Path archive = DesktopJvm.archiveFor(jar.get());
        if (!DesktopJvm.fresh(archive, jar.get())) {
            ctx.progress("ui: making the class-data archive a first desktop start makes (" + archive.getFileName() + ")");
            Path training = ctx.newFolder("ui-first-start");
            Path made = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
            copyFolder(large, training);
            try {
                List<String> first = new ArrayList<>(jvm);
                first.add("-XX:ArchiveClassesAtExit=" + made);
                child(ctx, first, "app", training.toString());
                if (Files.isRegularFile(made) && Files.size(made) > 0) {
                    Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(made);
                deleteFolder(training);
            }
        }
        if (DesktopJvm.fresh(archive, jar.get())) {
            jvm.add("-XX:SharedArchiveFile=" + archive);
        } else {
            ctx.progress("ui: no class-data archive could be made; the figures are those of a first start");
        }
        return jvm;
    }

    private static List<BenchFigure> child(BenchContext ctx, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(DesktopJvm.javaBinary().toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.standfirst.Main");
        cmd.add("bench-ui");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(DesktopJvm.environment());
        Process p = pb.start();
        List<BenchFigure> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                if (line.startsWith("#")) {
                    ctx.progress("ui: " + line.substring(1).trim());
                } else if (parts.length == 3) {
                    out.add(new BenchFigure(parts[0], Double.parseDouble(parts[1]), parts[2]));
                }
            }
        }
        if (!p.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            ctx.progress("ui: the " + args[0] + " run did not finish in " + CHILD_TIMEOUT_S + " s");
        }
        return out;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".lock") && !f.getFileName().toString().endsWith(".trace.db")) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
