package org.standfirst.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.standfirst.model.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export: gather the items, gate them, render each format into a staging folder, write the
 * manifest, then move the bundle into place in one step. Any failure (a full disk, an unwritable
 * folder, a renderer error, a cancel) deletes the staging folder and leaves the previous bundle
 * exactly as it was.
 */
public final class PublishPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PublishPipeline.class);

    private final BodyRenderer renderer;
    private final ApprovalGate approvals;
    private final List<Exporter> exporters;

    /** @param exporters one per format; they run in format order, whatever order they are given in */
    public PublishPipeline(BodyRenderer renderer, ApprovalGate approvals, List<Exporter> exporters) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.exporters = exporters.stream()
                .sorted(java.util.Comparator.comparing(Exporter::format)).toList();
    }

    /**
     * The pipeline with every format: ninjs, HTML pages, report PDFs and the site, all rendering
     * through the application's Markdown renderer and page templates.
     */
    public static PublishPipeline standard(org.standfirst.render.PageRenderer pages,
                                           org.standfirst.render.MarkdownRenderer markdown, ApprovalGate approvals) {
        return new PublishPipeline(BodyRenderer.markdown(markdown), approvals, List.of(new NinjsExporter(),
                new HtmlPagesExporter(pages), new ReportPdfExporter(), new SiteExporter(pages)));
    }

    /** The gate's verdict without writing anything: what would go out and what would be held back. */
    public ExportPlan plan(PublishSource source, ExportRequest request) throws ExportException {
        return new ChannelGate(request.channel(), request.now(), request.site().zone(), approvals, renderer)
                .plan(source, request.selection());
    }

    public ExportResult export(PublishSource source, ExportRequest request, ExportListener listener)
            throws ExportException {
        ExportPlan plan = plan(source, request);
        if (request.strict() && !plan.heldBack().isEmpty()) {
            return new ExportResult(request.out(), false, plan, List.of(), "");
        }
        if (plan.items().isEmpty() && plan.reports().isEmpty()) {
            // Nothing passed the gate: an empty home page and feed would only replace the bundle
            // already there (someone exporting one refused story would lose their site).
            return new ExportResult(request.out(), false, plan, List.of(), "");
        }
        List<Exporter> chosen = new ArrayList<>();
        for (Exporter e : exporters) {
            if (request.formats().contains(e.format())) {
                chosen.add(e);
            }
        }
        int total = chosen.stream().mapToInt(e -> e.steps(plan)).sum() + 2;
        try (StagingArea staging = StagingArea.open(request.out())) {
            BundleFiles files = new BundleFiles(staging.folder());
            ExportContext ctx = new ExportContext(request, plan, source, renderer, files, listener, total);
            for (Exporter e : chosen) {
                ctx.checkCancelled();
                run(e, ctx);
            }
            List<BundleFile> written = files.list();
            byte[] manifest = Manifest.build(request, plan, written);
            try {
                files.write(StagingArea.MANIFEST, manifest);
            } catch (IOException e) {
                throw new ExportException(e.getMessage(), e);
            }
            ctx.step(StagingArea.MANIFEST);
            ctx.checkCancelled();
            staging.commit();
            ctx.step("moved into " + staging.destination());
            LOG.info("Exported {} files to {} ({} held back)", written.size(), staging.destination(), plan.heldBack().size());
            return new ExportResult(staging.destination(), true, plan, written, Hashing.sha256(manifest));
        }
    }

    /**
     * The ninjs document one item would be exported as, without writing anything: for the
     * preview pane. The item need not pass the gate (a writer previews drafts).
     */
    public String ninjsPreview(PublishSource source, ExportRequest request, String itemId) throws ExportException {
        ExportPlan plan = new ChannelGate(org.standfirst.model.Channel.DRAFT, request.now(), request.site().zone(),
                approvals, renderer).plan(source, List.of(itemId));
        PreparedItem item = plan.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new ExportException(
                        "A report section has no ninjs of its own: it is exported with its report"));
        ExportContext ctx = new ExportContext(request, plan, source, renderer,
                new BundleFiles(request.out(), true), ExportListener.NONE, 1);
        try {
            return new String(JsonFiles.pretty(NinjsExporter.document(ctx, item)), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(oneLine(e), e);
        }
    }

    private static void run(Exporter e, ExportContext ctx) throws ExportException {
        try {
            e.write(ctx);
        } catch (ExportException ex) {
            throw ex;
        } catch (IOException ex) {
            throw new ExportException(oneLine(ex), ex);
        } catch (UncheckedIOException ex) {
            throw new ExportException(oneLine(ex.getCause()), ex);
        } catch (RuntimeException ex) {
            // A renderer or template failure: name the format, keep the cause for the log.
            LOG.debug("The {} export failed", e.format().key(), ex);
            throw new ExportException("The " + e.format().key() + " export failed: " + oneLine(ex), ex);
        }
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
