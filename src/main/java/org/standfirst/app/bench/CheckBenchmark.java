package org.standfirst.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.standfirst.check.BritishDictionary;
import org.standfirst.check.CheckEngine;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Text;

/**
 * The checks' figures: a full check (every rule of the house pack, readability included) of a
 * 1,500-word story with headings, links, code and a few findings, median of many runs after
 * warming up (the editor re-checks after each pause in typing; target 50 ms); the word lists'
 * load time and the heap they hold (budget 150 MB).
 */
final class CheckBenchmark implements Benchmark {
    private static final int WARM_UP = 100;
    private static final int RUNS = 200;
    private static final String[] PARAGRAPHS = {
        "## Why the trial matters",
        "Whole-body MRI can show small amounts of myeloma left after treatment, according to researchers at the "
            + "Northfield Institute of Cancer Research. The iTIMM study followed 60 people for two years.",
        "The team compared scans with bone marrow tests. In 12 people the scan found disease that the marrow test "
            + "had missed, and the breakthrough cured 60% of cancer victims, one doctor said at the time.",
        "Read [the full results of the iTIMM study](https://example.org/itimm) or run `analyze --all` to see the data. "
            + "The tumor board met on August 3, 2025 to discuss what the results mean for people with myeloma.",
        "### What happens next",
        "People who join the next phase will have a scan every six months. The Institute will publish the findings "
            + "next year, and the team hopes that doctors and people with myeloma can use them to plan treatment.",
        "Researchers say the work was funded by a programme grant and that the scanner is shown below.",
        "![A person lying on the bed of a whole-body MRI scanner](scanner.png)",
    };

    @Override
    public String name() {
        return "check";
    }

    /** A story of exactly the given number of words, built from the paragraphs above. */
    static ItemContent story(int words) {
        StringBuilder body = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String p = PARAGRAPHS[i % PARAGRAPHS.length];
            int w = Text.wordCount(p);
            if (count + w > words) {
                String[] parts = p.split(" ");
                StringBuilder cut = new StringBuilder();
                for (String part : parts) {
                    if (count + Text.wordCount(cut + part) > words) {
                        break;
                    }
                    cut.append(part).append(' ');
                }
                p = cut.toString().strip() + ".";
                w = Text.wordCount(p);
            }
            body.append(p).append("\n\n");
            count += w;
        }
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Whole-body MRI finds hidden myeloma")
                .withStandfirst("A study of 60 people shows that a single scan can find myeloma left after treatment.")
                .withBody(body.toString());
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) {
        List<BenchFigure> out = new ArrayList<>();
        ctx.progress("Measuring the checks");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t = System.nanoTime();
        BritishDictionary lists = BritishDictionary.loadUncached();
        double loadMs = Stats.msSince(t);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        out.add(new BenchFigure("check.wordlists.load.ms", loadMs, "ms"));
        out.add(new BenchFigure("check.wordlists.heap.mb", Math.max(0, after - before) / (1024.0 * 1024.0), "MB"));
        if (lists.dictionaryWords() == 0) {
            throw new IllegalStateException("The word lists are empty");
        }

        CheckEngine engine = CheckEngine.builtIn();
        ItemContent story = story(1500);
        int findings = 0;
        for (int k = 0; k < WARM_UP; k++) {
            findings = engine.check(story).findings().size();
        }
        double[] runs = new double[RUNS];
        double[] cpu = new double[RUNS];
        // CPU time beside wall time: on a shared, busy machine the wall figure includes waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        for (int k = 0; k < RUNS; k++) {
            long c = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
            long s = System.nanoTime();
            engine.check(story);
            runs[k] = Stats.msSince(s);
            cpu[k] = cpuTimed ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : 0;
        }
        out.add(new BenchFigure("check.story.1500-words.ms", Stats.median(runs), "ms"));
        out.add(new BenchFigure("check.story.1500-words.p95.ms", percentile(runs, 0.95), "ms"));
        if (cpuTimed) {
            out.add(new BenchFigure("check.story.1500-words.cpu.ms", Stats.median(cpu), "ms"));
        }
        out.add(new BenchFigure("check.story.1500-words.findings", findings, "findings"));
        out.add(new BenchFigure("check.story.1500-words.words", Text.wordCount(story.body()), "words"));
        return out;
    }

    private static double percentile(double[] values, double p) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p * v.length) - 1)];
    }
}
