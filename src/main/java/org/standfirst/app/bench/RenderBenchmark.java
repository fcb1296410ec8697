package org.standfirst.app.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.render.ArticlePage;
import org.standfirst.render.ImageResolver;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageOptions;
import org.standfirst.render.PageRenderer;
import org.standfirst.render.PreviewMarks;

/**
 * Rendering figures: a Markdown body to safe HTML blocks at story length (1,500 words) and at
 * long-report length (50,000 words), the long body with comments and suggestions marked as the
 * desktop preview shows them, and the whole preview page around the long body. Medians
 * after a warm-up, so they show the steady state a writer meets while typing.
 */
final class RenderBenchmark implements Benchmark {
    private static final int WARM_UP = 20;
    private static final int RUNS = 25;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        PageRenderer pages = new PageRenderer(markdown);
        String story = document(1_500, 7);
        String report = document(50_000, 11);
        ctx.progress("Rendering a 50,000-word body");

        List<BenchFigure> out = new ArrayList<>();
        out.add(new BenchFigure("render.markdown.1500-words.ms", median(() -> markdown.render(story)), "ms"));
        out.add(new BenchFigure("render.markdown.50k-words.ms", median(() -> markdown.render(report)), "ms"));
        // The same work in CPU time: on a busy machine the wall-clock figure mostly measures waiting.
        out.add(new BenchFigure("render.markdown.50k-words.cpu.ms", medianCpu(() -> markdown.render(report)), "ms"));
        // The desktop preview with review marks: 50 comments and 10 suggestions spread through the long body.
        List<PreviewMarks.Mark> marks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int at = report.indexOf(' ', report.length() * i / 60) + 1;
            int end = report.indexOf(' ', at + 20);
            marks.add(new PreviewMarks.Mark(i % 6 == 5 ? PreviewMarks.Mark.Kind.SUGGESTION : PreviewMarks.Mark.Kind.COMMENT,
                    "m" + i, at, end, i % 6 == 5 ? "other words" : null));
        }
        out.add(new BenchFigure("render.markdown.50k-words.60-review-marks.ms", median(() ->
                PreviewMarks.apply(markdown.render(PreviewMarks.withTokens(report, marks)), marks)), "ms"));
        ArticlePage page = new ArticlePage(ItemContent.blank(ItemKind.FEATURE).withHeadline("Clinical trials in cancer")
                .withStandfirst("How the pandemic changed who could join a trial.").withBody(report),
                "Bench Writer", Instant.parse("2025-08-03T09:00:00Z"), null);
        PageOptions preview = PageOptions.preview(ImageResolver.AS_WRITTEN);
        out.add(new BenchFigure("render.page.preview.50k-words.ms", median(() -> pages.article(page, preview)), "ms"));
        return out;
    }

    private static double medianCpu(Runnable work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return median(work);
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = threads.getCurrentThreadCpuTime();
            work.run();
            times[i] = (threads.getCurrentThreadCpuTime() - t) / 1_000_000.0;
        }
        return Stats.median(times);
    }

    private static double median(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            times[i] = Stats.msSince(t);
        }
        return Stats.median(times);
    }

    private static final String[] WORDS = ("cancer trial trials recruitment patients tumour tumours research nurses "
            + "clinic hospital study studies scan imaging myeloma treatment results people pandemic per cent "
            + "structural biology microscopy cells fragments vessels spread evidence funding institute team "
            + "whole-body MRI detect residual disease after months the a of and to in with for on by that as "
            + "was were is are which who their this from at it an more than about fell rose found shows").split(" ");

    /**
     * A report-like Markdown body of about the given number of words: sections with headings,
     * paragraphs with emphasis and links, lists, quotes, a table and footnotes now and then.
     */
    static String document(int words, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(words * 8);
        int written = 0;
        int para = 0;
        int notes = 0;
        while (written < words) {
            if (para % 10 == 0) {
                sb.append(para % 30 == 0 ? "# " : "## ").append(capitalised(r, 4)).append("\n\n");
                written += 4;
            }
            if (para % 9 == 4) {
                for (int i = 0; i < 4; i++) {
                    sb.append(para % 2 == 0 ? "- " : (i + 1) + ". ").append(capitalised(r, 9)).append('\n');
                    written += 9;
                }
                sb.append('\n');
            } else if (para % 13 == 6) {
                sb.append("> ").append(capitalised(r, 25)).append("\n\n");
                written += 25;
            } else if (para % 41 == 20) {
                sb.append("| Study | People | Change |\n| --- | ---: | ---: |\n");
                for (int i = 0; i < 5; i++) {
                    sb.append("| ").append(capitalised(r, 2)).append(" | ").append(20 + r.nextInt(900))
                            .append(" | ").append(r.nextInt(80)).append(" per cent |\n");
                    written += 6;
                }
                sb.append('\n');
            }
            int n = 60 + r.nextInt(40);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String w = WORDS[r.nextInt(WORDS.length)];
                int style = r.nextInt(40);
                if (style == 0) {
                    w = "**" + w + "**";
                } else if (style == 1) {
                    w = "*" + w + "*";
                } else if (style == 2) {
                    w = "[" + w + "](https://example.org/" + w + ")";
                }
                p.append(i == 0 ? capitalise(w) : w).append(i % 14 == 13 ? '\n' : ' ');
            }
            p.setLength(p.length() - 1);
            sb.append(p).append('.');
            if (para % 17 == 8) {
                notes++;
                sb.append("[^").append(notes).append(']');
            }
            sb.append("\n\n");
            written += n;
            para++;
        }
        for (int i = 1; i <= notes; i++) {
            sb.append("[^").append(i).append("]: ").append(capitalised(r, 12)).append(".\n");
        }
        return sb.toString();
    }

    private static String capitalised(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return capitalise(sb.toString());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
