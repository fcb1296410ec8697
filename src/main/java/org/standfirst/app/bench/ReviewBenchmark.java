package org.standfirst.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.workflow.Reanchoring;
import org.standfirst.workflow.WordDiff;

/**
 * Review figures on a 50,000-word report-like body: a word-level diff of two revisions, finding
 * a comment's quote again after the text moved (exactly, and approximately after an edit inside
 * it), the export gate's signature check, and a review package written by one workspace and read
 * by another.
 */
final class ReviewBenchmark implements Benchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;
    private static final int LONG_HISTORY = 40;

    @Override
    public String name() {
        return "review";
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) throws Exception {
        String body = RenderBenchmark.document(50_000, 13);
        int mid = body.length() / 2;
        String quote = body.substring(mid, mid + 60);
        String edited = "A new opening paragraph.\n\n" + body.substring(0, mid + 20) + "XX" + body.substring(mid + 22)
                + "\n\nA closing paragraph.\n";
        ctx.progress("Comparing and re-anchoring on a 50,000-word body");
        List<BenchFigure> out = new ArrayList<>();
        out.add(new BenchFigure("review.diff.50k-words.ms", median(() -> WordDiff.inline(body, edited)), "ms"));
        String moved = "A new opening paragraph.\n\n" + body;
        out.add(new BenchFigure("review.reanchor.exact.50k-words.ms", median(() -> Reanchoring.find(quote, mid, moved)), "ms"));
        out.add(new BenchFigure("review.reanchor.fuzzy.50k-words.ms", median(() -> Reanchoring.find(quote, mid, edited)), "ms"));

        Path a = ctx.newFolder("review-writer");
        Path b = ctx.newFolder("review-reviewer");
        Standfirst.Options options = Standfirst.Options.defaults().withoutSample().withoutBackups();
        try (Standfirst writerDesk = Standfirst.open(a, options); Standfirst reviewerDesk = Standfirst.open(b, options)) {
            Person writer = writerDesk.people().add("Bench Writer", Role.WRITER);
            Person reviewer = writerDesk.people().add("Bench Reviewer", Role.REVIEWER);
            Item item = writerDesk.items().createChecked(ItemContent.blank(ItemKind.FEATURE).withHeadline("Clinical trials in cancer")
                    .withBody(body), writer.id(), "First draft");
            for (int i = 0; i < 4; i++) {
                writerDesk.items().save(item.id(), writerDesk.items().get(item.id()).content().withBody(body + "\n\nUpdate " + i + ".\n"),
                        writer.id(), "Update " + i);
            }
            writerDesk.review().submit(item.id(), writer.id(), "");
            writerDesk.review().approve(item.id(), reviewer.id(), "");
            Item approved = writerDesk.items().get(item.id());
            out.add(new BenchFigure("review.gate.verified-approval.ms", median(() -> writerDesk.review().whyNotApproved(approved)), "ms"));
            ctx.progress("The export gate on a long item with " + LONG_HISTORY + " revisions");
            Item longItem = longHistory(writerDesk, body, writer, reviewer);
            out.add(new BenchFigure("review.gate.verified-approval." + LONG_HISTORY + "-revisions.ms",
                    median(() -> writerDesk.review().whyNotApproved(longItem)), "ms"));

            Path file = ctx.newFolder("review-package").resolve("package.json");
            out.add(new BenchFigure("review.package.export.50k-words.ms",
                    once(() -> writerDesk.packages().export(List.of(item.id()), file, writer.id())), "ms"));
            out.add(new BenchFigure("review.package.import.50k-words.ms",
                    once(() -> reviewerDesk.packages().importPackage(file)), "ms"));
        }
        return out;
    }

    /**
     * A long item as it ends up after months of work: many revisions, approved every tenth one
     * (review rounds), with the latest approved by the reviewer.
     */
    private static Item longHistory(Standfirst desk, String body, Person writer, Person reviewer) {
        Item item = desk.items().createChecked(ItemContent.blank(ItemKind.FEATURE).withHeadline("A long-running report")
                .withBody(body), writer.id(), "First draft");
        for (int i = 1; i < LONG_HISTORY; i++) {
            desk.items().save(item.id(), desk.items().get(item.id()).content().withBody(body + "\n\nRound " + i + ".\n"),
                    writer.id(), "Round " + i);
            if (i % 10 == 0 || i == LONG_HISTORY - 1) {
                desk.review().submit(item.id(), writer.id(), "");
                desk.review().approve(item.id(), reviewer.id(), "");
            }
        }
        return desk.items().get(item.id());
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = Stats.msSince(t);
        }
        return Stats.median(times);
    }

    private static double once(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return Stats.msSince(t);
    }
}
