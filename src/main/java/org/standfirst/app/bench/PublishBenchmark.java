package org.standfirst.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.standfirst.model.Asset;
import org.standfirst.model.Channel;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;
import org.standfirst.model.WorkflowState;
import org.standfirst.publish.ApprovalGate;
import org.standfirst.publish.ExportFormat;
import org.standfirst.publish.ExportListener;
import org.standfirst.publish.ExportRequest;
import org.standfirst.publish.PublishPipeline;
import org.standfirst.publish.PublishSource;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageRenderer;

/**
 * Export figures: 1,000 approved stories to ninjs and HTML pages through the whole pipeline
 * (gate, render, stage, hash, manifest, move into place); pandoc turning the same Markdown
 * bodies into HTML one process per story, as a publishing script would; the ratio; and a
 * 50,000-word report to PDF. The stories are read from memory, so the figure is the pipeline's,
 * not the store's (the store has its own figures).
 */
final class PublishBenchmark implements Benchmark {
    private static final int STORIES = 1_000;
    private static final int STORY_WORDS = 800;
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<BenchFigure> run(BenchContext ctx) throws Exception {
        List<BenchFigure> out = new ArrayList<>();
        MarkdownRenderer markdown = new MarkdownRenderer();
        PublishPipeline pipeline = PublishPipeline.standard(new PageRenderer(markdown), markdown, ApprovalGate.byState());
        List<Item> stories = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            String body = RenderBenchmark.document(STORY_WORDS, 1_000 + i).replace("\n# ", "\n## ");
            ItemContent c = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Story " + (i + 1) + " about cancer trials")
                    .withStandfirst("What the study found, in one sentence.").withTopic("Topic " + (i % 12))
                    .withSlug("story-" + (i + 1)).withBody(body);
            stories.add(new Item("story-" + i, c, "writer", WorkflowState.APPROVED, null, null, 0,
                    T0.plusSeconds(i * 60L), T0.plusSeconds(i * 60L + 30)));
        }
        Source source = new Source(stories, List.of());

        ctx.progress("Exporting 1,000 stories to ninjs and HTML");
        Path folder = ctx.newFolder("export");
        ExportRequest request = ExportRequest.all(folder.resolve("bundle"), Channel.PUBLIC, T0.plusSeconds(86_400 * 30))
                .withFormats(EnumSet.of(ExportFormat.NINJS, ExportFormat.HTML));
        double exportMs = median(3, () -> pipeline.export(source, request, ExportListener.NONE));
        out.add(new BenchFigure("export.1000-stories.ninjs+html.ms", exportMs, "ms"));

        Optional<Double> pandoc = pandoc(ctx, stories);
        if (pandoc.isPresent()) {
            out.add(new BenchFigure("pandoc.1000-stories.html.ms", pandoc.get(), "ms"));
            out.add(new BenchFigure("export.speedup-vs-pandoc.x", pandoc.get() / exportMs, "x"));
        }

        ctx.progress("Exporting a 50,000-word report to PDF");
        List<Item> sections = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            ItemContent c = ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline("Section " + (s + 1) + " of the report")
                    .withBody(RenderBenchmark.document(5_000, 77 + s).replace("\n# ", "\n## "));
            sections.add(new Item("section-" + s, c, "writer", WorkflowState.APPROVED, null, "report", s, T0, T0));
            ids.add("section-" + s);
        }
        Report report = new Report("report", "Clinical trials in cancer", "clinical-trials-in-cancer",
                "A long report for the benchmark.", "Clinical trials", ids, T0, T0);
        Source reportSource = new Source(sections, List.of(report));
        ExportRequest pdf = ExportRequest.all(ctx.newFolder("pdf").resolve("bundle"), Channel.PUBLIC, T0.plusSeconds(3600))
                .withFormats(EnumSet.of(ExportFormat.PDF));
        out.add(new BenchFigure("export.report.50k-words.pdf.ms",
                median(3, () -> pipeline.export(reportSource, pdf, ExportListener.NONE)), "ms"));
        return out;
    }

    /** pandoc over the same bodies, one process per story; empty (with a message) when pandoc is absent. */
    private static Optional<Double> pandoc(BenchContext ctx, List<Item> stories) throws Exception {
        Path exe = List.of(Path.of("/usr/bin/pandoc"), Path.of("/usr/local/bin/pandoc")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (exe == null) {
            ctx.progress("pandoc is not installed: skipping pandoc.1000-stories.html.ms and export.speedup-vs-pandoc.x");
            return Optional.empty();
        }
        ctx.progress("Running pandoc once per story on the same 1,000 bodies (this takes a while)");
        Path dir = ctx.newFolder("pandoc");
        List<Path> inputs = new ArrayList<>();
        for (Item s : stories) {
            Path in = dir.resolve(s.content().slug() + ".md");
            Files.writeString(in, s.content().body());
            inputs.add(in);
        }
        long t = System.nanoTime();
        for (Path in : inputs) {
            Path html = dir.resolve(in.getFileName().toString().replace(".md", ".html"));
            Process p = new ProcessBuilder(exe.toString(), "--from", "markdown", "--to", "html5", "--standalone",
                    "--metadata", "title=Story", "--output", html.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                ctx.progress("pandoc failed on " + in.getFileName() + ": skipping the pandoc figures");
                return Optional.empty();
            }
        }
        return Optional.of(Stats.msSince(t));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double median(int runs, Work work) throws Exception {
        work.run();
        work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times[i] = Stats.msSince(t);
        }
        return Stats.median(times);
    }

    /** Stories and reports in memory. */
    private record Source(List<Item> items, List<Report> reports) implements PublishSource {
        @Override
        public Optional<Asset> asset(String assetId) {
            return Optional.empty();
        }

        @Override
        public byte[] assetBytes(String assetId) throws IOException {
            throw new IOException("No images in the benchmark");
        }

        @Override
        public String personName(String personId) {
            return "Bench Writer";
        }
    }
}
