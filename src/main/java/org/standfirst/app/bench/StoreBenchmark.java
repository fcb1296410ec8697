package org.standfirst.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemQuery;

/**
 * The store's figures on the large workspace: open, first page of the list, prefix search
 * (median of many queries), saving a revision (median), and the heap peak meanwhile.
 */
final class StoreBenchmark implements Benchmark {
    private static final int OPENS = 5;
    private static final int QUERIES = 300;
    private static final int SAVES = 200;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "store";
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) throws Exception {
        Path ws = ctx.largeWorkspace();
        Standfirst.Options options = Standfirst.Options.defaults().withoutSample().withoutBackups();
        // Collect the generator's garbage first so the peak is what the store itself needs.
        System.gc();
        BenchContext.resetHeapPeak();
        double[] opens = new double[OPENS];
        for (int k = 0; k < OPENS; k++) {
            long t = System.nanoTime();
            Standfirst sf = Standfirst.open(ws, options);
            opens[k] = Stats.msSince(t);
            sf.close();
        }
        List<BenchFigure> out = new ArrayList<>();
        out.add(new BenchFigure("store.open.ms", Stats.median(opens), "ms"));
        try (Standfirst sf = Standfirst.open(ws, options)) {
            double[] pages = new double[20];
            List<Item> page = List.of();
            for (int k = 0; k < pages.length; k++) {
                long t = System.nanoTime();
                page = sf.items().list(ItemQuery.all().page(0, 50));
                pages[k] = Stats.msSince(t);
            }
            out.add(new BenchFigure("store.list.first-page.ms", Stats.median(pages), "ms"));

            List<String> queries = WorkspaceGenerator.queries(QUERIES);
            double[] searches = new double[QUERIES];
            double[] searchCpu = new double[QUERIES];
            long hits = 0;
            for (int k = 0; k < QUERIES; k++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += sf.search().search(ItemQuery.search(queries.get(k)).page(0, 50)).size();
                searches[k] = Stats.msSince(t);
                searchCpu[k] = (CPU.getCurrentThreadCpuTime() - c) / 1_000_000.0;
            }
            out.add(new BenchFigure("store.search.prefix.median.ms", Stats.median(searches), "ms"));
            // CPU time of the calling thread (H2 is embedded, so its work is in it): steadier than
            // wall time on a machine shared with other work.
            out.add(new BenchFigure("store.search.prefix.cpu.median.ms", Stats.median(searchCpu), "ms"));
            out.add(new BenchFigure("store.search.prefix.hits.mean", hits / (double) QUERIES, "items"));

            double[] saves = new double[SAVES];
            double[] saveCpu = new double[SAVES];
            String author = sf.people().all().get(0).id();
            for (int k = 0; k < SAVES; k++) {
                Item item = page.get(k % page.size());
                Item current = sf.items().get(item.id());
                var content = current.content().withBody(current.content().body() + "\nEdited in the bench, pass " + k + ".\n");
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                sf.items().save(item.id(), content, author, "Bench save");
                saves[k] = Stats.msSince(t);
                saveCpu[k] = (CPU.getCurrentThreadCpuTime() - c) / 1_000_000.0;
            }
            out.add(new BenchFigure("store.save.revision.median.ms", Stats.median(saves), "ms"));
            out.add(new BenchFigure("store.save.revision.cpu.median.ms", Stats.median(saveCpu), "ms"));
        }
        out.add(new BenchFigure("store.heap.peak.mb", BenchContext.heapPeakMb(), "MB"));
        return out;
    }
}
