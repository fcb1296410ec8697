package org.standfirst.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.standfirst.model.Channel;
import org.standfirst.render.ArticlePage;
import org.standfirst.render.ImageResolver;
import org.standfirst.render.PageOptions;
import org.standfirst.render.PageRenderer;
import org.standfirst.render.ReportPage;

/**
 * Article pages (items/&lt;slug&gt;.html) and report pages (reports/&lt;slug&gt;.html) from the
 * site template the preview uses, so what a reviewer saw is what is published. Pages link one
 * shared stylesheet, styles/site.css, and carry no script but the JSON-LD block.
 */
public final class HtmlPagesExporter implements Exporter {
    static final String STYLESHEET = "styles/site.css";

    private final PageRenderer pages;

    public HtmlPagesExporter(PageRenderer pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public int steps(ExportPlan plan) {
        return plan.items().size() + plan.reports().size() + 1;
    }

    @Override
    public void write(ExportContext ctx) throws IOException, ExportException {
        writeStylesheet(ctx, pages);
        ctx.step(STYLESHEET);
        ImageResolver images = resolver(ctx);
        for (PreparedItem item : ctx.plan().items()) {
            PageOptions options = options(ctx, images).withEmbargoStamp(ctx.channel() != Channel.PUBLIC && item.embargoed());
            ArticlePage page = new ArticlePage(item.content().withSlug(item.slug()), item.authorName(),
                    item.published(), item.modified());
            String path = "items/" + item.slug() + ".html";
            ctx.files().write(path, pages.article(page, options));
            ctx.step(path);
        }
        for (PreparedReport report : ctx.plan().reports()) {
            List<ReportPage.Section> sections = new ArrayList<>();
            for (PreparedItem s : report.sections()) {
                sections.add(new ReportPage.Section(s.content(), s.authorName()));
            }
            PageOptions options = options(ctx, images).withEmbargoStamp(ctx.channel() != Channel.PUBLIC && report.embargoed());
            String path = "reports/" + report.slug() + ".html";
            ctx.files().write(path, pages.report(new ReportPage(report.report(), sections, report.published()), options));
            ctx.step(path);
        }
    }

    /** The site stylesheet plus the listing styles of the site pages, written once per bundle. */
    static void writeStylesheet(ExportContext ctx, PageRenderer pages) throws IOException {
        if (!ctx.files().contains(STYLESHEET)) {
            ctx.files().write(STYLESHEET, pages.stylesheet() + "\n" + Templates.text("site-pages.css"));
        }
    }

    private static PageOptions options(ExportContext ctx, ImageResolver images) {
        return PageOptions.export(ctx.channel(), images)
                .withBaseUrl(ctx.site().baseUrl())
                .withSiteName(ctx.site().siteName())
                .withCopyrightHolder(ctx.site().copyrightHolder())
                .withHomeHref(ctx.request().formats().contains(ExportFormat.SITE) ? "../index.html" : null)
                .withTopicHrefPrefix(ctx.request().formats().contains(ExportFormat.SITE) ? "../topics/" : null)
                .withReportPdfLink(ctx.request().formats().contains(ExportFormat.PDF))
                .withStylesheetHref("../" + STYLESHEET);
    }

    /** Pages live one folder down (items/, reports/), so bundle images are "../assets/...". */
    private static ImageResolver resolver(ExportContext ctx) {
        return ctx.images("../", true)::apply;
    }
}
