package org.standfirst.publish;

import org.standfirst.render.HouseDates;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.standfirst.model.Channel;
import org.standfirst.model.Text;
import org.standfirst.render.PageRenderer;

/**
 * The site around the pages: index.html (latest news), a page per topic in the shape of an
 * institute's topic page (intro, a report teaser, a featured story, the latest news as headline
 * and teaser), an Atom feed, and a sitemap. Links go to item and report pages only when the
 * export writes them.
 */
public final class SiteExporter implements Exporter {
    private static final int INDEX_SIZE = 20;
    private static final int FEED_SIZE = 50;

    private final PageRenderer pages;

    public SiteExporter(PageRenderer pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SITE;
    }

    @Override
    public int steps(ExportPlan plan) {
        return topics(plan).size() + 4;
    }

    @Override
    public void write(ExportContext ctx) throws IOException, ExportException {
        HtmlPagesExporter.writeStylesheet(ctx, pages);
        ExportPlan plan = ctx.plan();
        Map<String, String> topics = topics(plan);
        ctx.files().write("index.html", index(ctx, topics));
        ctx.step("index.html");
        for (Map.Entry<String, String> t : topics.entrySet()) {
            String path = "topics/" + t.getKey() + ".html";
            ctx.files().write(path, topic(ctx, t.getValue(), t.getKey()));
            ctx.step(path);
        }
        ctx.files().write("feed.xml", feed(ctx));
        ctx.step("feed.xml");
        ctx.files().write("sitemap.xml", sitemap(ctx, topics));
        ctx.step("sitemap.xml");
        ctx.step(HtmlPagesExporter.STYLESHEET);
    }

    /** Topic slug to name, sorted by slug; the first spelling seen (newest item first) names it. */
    static Map<String, String> topics(ExportPlan plan) {
        Map<String, String> m = new TreeMap<>();
        for (PreparedItem i : plan.items()) {
            if (!i.content().topic().isBlank()) {
                m.putIfAbsent(Text.slugOf(i.content().topic()), i.content().topic().strip());
            }
        }
        for (PreparedReport r : plan.reports()) {
            if (!r.report().topic().isBlank()) {
                m.putIfAbsent(Text.slugOf(r.report().topic()), r.report().topic().strip());
            }
        }
        return m;
    }

    private String index(ExportContext ctx, Map<String, String> topics) {
        Map<String, Object> m = page(ctx, "Latest news | " + ctx.site().siteName(), "", "index.html");
        List<Map<String, Object>> latest = new ArrayList<>();
        for (PreparedItem i : ctx.plan().items().stream().limit(INDEX_SIZE).toList()) {
            latest.add(teaser(ctx, i, "", 2));
        }
        m.put("latest", latest);
        m.put("hasLatest", !latest.isEmpty());
        List<Map<String, Object>> reports = new ArrayList<>();
        for (PreparedReport r : ctx.plan().reports()) {
            reports.add(reportLinks(ctx, r, ""));
        }
        m.put("reports", reports);
        m.put("hasReports", !reports.isEmpty());
        List<Map<String, Object>> t = new ArrayList<>();
        topics.forEach((slug, name) -> t.add(Map.of("href", "topics/" + slug + ".html", "name", name)));
        m.put("topics", t);
        m.put("hasTopics", !t.isEmpty());
        return Templates.render("site/index.html", m);
    }

    private String topic(ExportContext ctx, String name, String slug) throws IOException {
        Map<String, Object> m = page(ctx, name + " | " + ctx.site().siteName(), "", "topics/" + slug + ".html");
        m.put("name", name);
        String intro = ctx.source().topicIntro(name);
        m.put("intro", intro == null || intro.isBlank()
                ? "News, reports and press releases about " + name.toLowerCase(java.util.Locale.UK)
                + " from " + ctx.site().siteName() + "." : intro.strip());
        ctx.plan().reports().stream().filter(r -> Text.slugOf(r.report().topic()).equals(slug)).findFirst()
                .ifPresent(r -> m.put("report", reportLinks(ctx, r, "../")));
        List<PreparedItem> inTopic = ctx.plan().items().stream()
                .filter(i -> Text.slugOf(i.content().topic()).equals(slug) && !i.content().topic().isBlank()).toList();
        // The featured story is the newest with a picture, else the newest.
        Optional<PreparedItem> featured = inTopic.stream().filter(i -> i.hero().isPresent()).findFirst()
                .or(() -> inTopic.stream().findFirst());
        if (featured.isPresent()) {
            PreparedItem f = featured.get();
            Map<String, Object> fm = teaser(ctx, f, "../", 3);
            if (f.hero().isPresent()) {
                String src = "../" + ctx.writeAsset(f.hero().get());
                String alt = f.content().hero().altText();
                fm.put("image", Map.of("src", src, "alt", alt.isBlank() ? "" : alt));
            }
            m.put("featured", fm);
        }
        List<Map<String, Object>> latest = new ArrayList<>();
        for (PreparedItem i : inTopic) {
            if (featured.isEmpty() || i != featured.get()) {
                latest.add(teaser(ctx, i, "../", 3));
            }
        }
        m.put("latest", latest);
        m.put("hasLatest", !latest.isEmpty());
        return Templates.render("site/topic.html", m);
    }

    private String feed(ExportContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteName", ctx.site().siteName() + (ctx.channel() == Channel.DRAFT ? " (DRAFT)" : ""));
        m.put("siteUrl", ctx.site().baseUrl());
        m.put("rights", ctx.site().copyrightHolder().isEmpty() ? null : "© " + ctx.site().copyrightHolder());
        m.put("selfUrl", ctx.site().url("feed.xml"));
        // A feed is read by the public: embargoed items stay out of it on every channel but draft.
        List<PreparedItem> items = ctx.plan().items().stream()
                .filter(i -> !i.embargoed() || ctx.channel() == Channel.DRAFT).limit(FEED_SIZE).toList();
        Instant updated = items.stream().map(PreparedItem::modified).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        m.put("updated", HouseDates.iso(updated));
        boolean html = ctx.request().formats().contains(ExportFormat.HTML);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PreparedItem i : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("headline", i.headline());
            e.put("uri", NinjsExporter.itemUri(i.id()));
            e.put("href", html ? ctx.site().url("items/" + i.slug() + ".html") : null);
            e.put("published", HouseDates.iso(i.published()));
            e.put("updated", HouseDates.iso(i.modified()));
            e.put("author", i.byline().isBlank() ? ctx.site().siteName() : i.byline());
            e.put("topic", i.content().topic());
            e.put("summary", i.content().standfirst());
            entries.add(e);
        }
        m.put("entries", entries);
        return Templates.render("site/feed.xml", m);
    }

    private String sitemap(ExportContext ctx, Map<String, String> topics) {
        List<Map<String, Object>> urls = new ArrayList<>();
        Instant newest = ctx.plan().items().stream().map(PreparedItem::modified).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        for (PreparedReport r : ctx.plan().reports()) {
            if (r.modified().isAfter(newest)) {
                newest = r.modified();
            }
        }
        urls.add(url(ctx.site().baseUrl(), newest));
        for (String slug : topics.keySet()) {
            urls.add(url(ctx.site().url("topics/" + slug + ".html"), newest));
        }
        boolean html = ctx.request().formats().contains(ExportFormat.HTML);
        boolean pdf = ctx.request().formats().contains(ExportFormat.PDF);
        for (PreparedItem i : ctx.plan().items()) {
            if (html) {
                urls.add(url(ctx.site().url("items/" + i.slug() + ".html"), i.modified()));
            }
        }
        for (PreparedReport r : ctx.plan().reports()) {
            if (html) {
                urls.add(url(ctx.site().url("reports/" + r.slug() + ".html"), r.modified()));
            }
            if (pdf) {
                urls.add(url(ctx.site().url("reports/" + r.slug() + ".pdf"), r.modified()));
            }
        }
        return Templates.render("site/sitemap.xml", Map.of("urls", urls));
    }

    private static Map<String, Object> url(String loc, Instant lastmod) {
        return Map.of("loc", loc, "lastmod", HouseDates.iso(lastmod));
    }

    private static Map<String, Object> teaser(ExportContext ctx, PreparedItem i, String prefix, int level) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("level", level);
        t.put("headline", i.headline());
        t.put("href", ctx.request().formats().contains(ExportFormat.HTML) ? prefix + "items/" + i.slug() + ".html" : null);
        t.put("standfirst", i.content().standfirst());
        t.put("iso", HouseDates.iso(i.published()));
        t.put("date", HouseDates.date(i.published(), ctx.site().zone()));
        t.put("topic", level == 2 ? i.content().topic() : "");
        t.put("kind", i.item().kind() == org.standfirst.model.ItemKind.NEWS_STORY ? "" : i.item().kind().label());
        t.put("stamp", i.embargoed() && i.content().embargo() != null
                ? HouseDates.embargoStamp(i.content().embargo(), ctx.site().zone()) : null);
        return t;
    }

    private static Map<String, Object> reportLinks(ExportContext ctx, PreparedReport r, String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.report().title());
        m.put("summary", r.report().summary());
        m.put("href", ctx.request().formats().contains(ExportFormat.HTML) ? prefix + "reports/" + r.slug() + ".html" : null);
        m.put("pdf", ctx.request().formats().contains(ExportFormat.PDF) ? prefix + "reports/" + r.slug() + ".pdf" : null);
        return m;
    }

    /** The values render's head, masthead and footer partials expect. */
    private static Map<String, Object> page(ExportContext ctx, String title, String description, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        String url = ctx.site().url(path.equals("index.html") ? "" : path);
        m.put("lang", "en-GB");
        m.put("pageTitle", title);
        m.put("description", description);
        m.put("canonicalUrl", url);
        m.put("og", List.of(Map.of("property", "og:type", "content", "website"),
                Map.of("property", "og:title", "content", title),
                Map.of("property", "og:site_name", "content", ctx.site().siteName()),
                Map.of("property", "og:url", "content", url)));
        m.put("stylesheetHref", (path.contains("/") ? "../" : "") + HtmlPagesExporter.STYLESHEET);
        m.put("jsonLd", null);
        m.put("extraHeadHtml", "");
        m.put("bridgeScript", "");
        m.put("siteName", ctx.site().siteName());
        m.put("copyrightHolder", ctx.site().copyrightHolder().isEmpty() ? ctx.site().siteName() : ctx.site().copyrightHolder());
        m.put("homeHref", path.equals("index.html") ? null : "../index.html");
        m.put("draftWatermark", ctx.channel() == Channel.DRAFT);
        Instant newest = ctx.plan().items().stream().map(PreparedItem::published).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        m.put("year", newest.atZone(ctx.site().zone()).getYear());
        return m;
    }
}
