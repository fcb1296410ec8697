package org.standfirst.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs every benchmark and hands each figure on as soon as it is measured. */
public final class BenchRunner {
    public static final int DEFAULT_ITEMS = 10_000;

    private BenchRunner() {
    }

    /**
     * @param scratch  where the generated workspace is kept (null: the system's temporary folder)
     * @param progress messages for a person waiting (stderr in the CLI)
     */
    public static void run(Path scratch, int items, Consumer<BenchFigure> figures, Consumer<String> progress)
            throws Exception {
        run(scratch, items, List.of(), figures, progress);
    }

    /** @param only names of the benchmarks to run (such as "store"); empty runs them all */
    public static void run(Path scratch, int items, List<String> only, Consumer<BenchFigure> figures,
                           Consumer<String> progress) throws Exception {
        Path dir = scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"), "standfirst-bench");
        Files.createDirectories(dir);
        BenchContext ctx = new BenchContext(dir, items, progress);
        List<Benchmark> chosen = Benchmarks.all().stream().filter(b -> only.isEmpty() || only.contains(b.name())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No benchmark is called " + String.join(", ", only) + "; there are "
                    + String.join(", ", Benchmarks.all().stream().map(Benchmark::name).toList()));
        }
        for (Benchmark b : chosen) {
            List<BenchFigure> result = b.run(ctx);
            result.forEach(figures);
        }
    }
}
