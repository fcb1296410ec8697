package org.standfirst.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.standfirst.model.CanonicalJson;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.Report;

/**
 * Whole HTML pages from the site template in {@code /assets/templates} (article.html,
 * report.html, site.css): the same pages for the live preview and for the export.
 *
 * <p>Everything from content goes through Mustache's HTML escaping; only the body HTML (made
 * safe by {@link MarkdownRenderer}), the JSON-LD (escaped for a script element here), the
 * stylesheet and the application's own extras ({@link PageOptions#extraHeadHtml()},
 * {@link PageOptions#bridgeScript()}) are inserted raw. Templates are compiled once; a renderer
 * is thread-safe and meant to be shared.
 */
public final class PageRenderer {
    private static final String ROOT = "/assets/templates/";

    private final MarkdownRenderer markdown;
    private final Template article;
    private final Template report;
    private final String css;

    public PageRenderer() {
        this(new MarkdownRenderer());
    }

    public PageRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .nullValue("")
                .emptyStringIsFalse(true)
                .zeroIsFalse(true)
                .withLoader(name -> reader(name + ".html"));
        this.article = compiler.compile(resource("article.html"));
        this.report = compiler.compile(resource("report.html"));
        this.css = resource("site.css");
    }

    /** The shared stylesheet, for an export that links one copy instead of inlining it. */
    public String stylesheet() {
        return css;
    }

    /** Renders an item's body as the article page shows it (h2 and below, the page's images). */
    public RenderedBody articleBody(ItemContent content, PageOptions options) {
        return markdown.render(content.body(), new RenderOptions(options.images(), 2, ""));
    }

    /** A complete article page. */
    public String article(ArticlePage page, PageOptions options) {
        return article(page, articleBody(page.content(), options), options);
    }

    /**
     * A complete article page around a body already rendered by {@link #articleBody}: the
     * preview renders the body once, diffs its blocks and builds the page from the same result.
     */
    public String article(ArticlePage page, RenderedBody body, PageOptions options) {
        ItemContent c = page.content();
        String headline = c.headline().isBlank() ? "Untitled" : c.headline().strip();
        String pageUrl = options.baseUrl() == null ? null : options.baseUrl() + page.path();
        Map<String, Object> hero = hero(c.hero(), options);
        String heroAbsolute = hero == null ? null : absolute(pageUrl, (String) hero.get("src"));

        Map<String, Object> m = common(c.language(), headline + " | " + options.siteName(), options,
                c.embargo(), page.published());
        m.put("description", c.standfirst().strip());
        m.put("canonicalUrl", pageUrl);
        m.put("kindLabel", c.kind().label());
        m.put("topic", c.topic().strip());
        m.put("topicHref", options.topicHrefPrefix() == null || c.topic().isBlank() ? null
                : options.topicHrefPrefix() + org.standfirst.model.Text.slugOf(c.topic()) + ".html");
        m.put("headline", headline);
        m.put("standfirst", c.standfirst().strip());
        m.put("byline", page.byline());
        m.put("hero", hero);
        m.put("body", options.sourcePositions() ? body.previewHtml() : body.html());
        m.put("readingMinutes", org.standfirst.model.Text.readingMinutes(body.wordCount()));
        m.put("tags", c.tags());
        m.put("hasTags", !c.tags().isEmpty());
        m.put("notesToEditors", c.notesToEditors().isBlank() ? null
                : markdown.render(c.notesToEditors(), new RenderOptions(options.images(), 3, "notes-")).html());

        List<Map<String, String>> og = new ArrayList<>();
        og(og, "og:type", "article");
        og(og, "og:title", headline);
        og(og, "og:description", c.standfirst().strip());
        og(og, "og:site_name", options.siteName());
        og(og, "og:locale", c.language().replace('-', '_'));
        if (pageUrl != null) {
            og(og, "og:url", pageUrl);
        }
        if (hero != null) {
            og(og, "og:image", heroAbsolute);
            og(og, "og:image:alt", (String) hero.get("alt"));
        }
        og(og, "article:published_time", HouseDates.iso(page.published()));
        og(og, "article:modified_time", HouseDates.iso(page.modified()));
        if (!page.byline().isEmpty()) {
            og(og, "article:author", page.byline());
        }
        if (!c.topic().isBlank()) {
            og(og, "article:section", c.topic().strip());
        }
        for (String tag : c.tags()) {
            og(og, "article:tag", tag);
        }
        m.put("og", og);

        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", headline);
        if (!c.standfirst().isBlank()) {
            ld.put("description", c.standfirst().strip());
        }
        if (heroAbsolute != null) {
            ld.put("image", List.of(heroAbsolute));
        }
        ld.put("datePublished", HouseDates.iso(page.published()));
        ld.put("dateModified", HouseDates.iso(page.modified()));
        String author = page.authorName().isEmpty() ? page.byline() : page.authorName();
        if (!author.isEmpty()) {
            ld.put("author", List.of(Map.of("@type", "Person", "name", author)));
        }
        ld.put("publisher", Map.of("@type", "Organization", "name", options.siteName()));
        ld.put("inLanguage", c.language());
        if (!c.topic().isBlank()) {
            ld.put("articleSection", c.topic().strip());
        }
        if (!c.tags().isEmpty()) {
            ld.put("keywords", String.join(", ", c.tags()));
        }
        if (pageUrl != null) {
            ld.put("url", pageUrl);
            ld.put("mainEntityOfPage", pageUrl);
        }
        ld.put("wordCount", body.wordCount());
        m.put("jsonLd", scriptSafeJson(ld));
        return article.execute(m);
    }

    /** A complete report page: title, summary, contents, then each section with its heading and byline. */
    public String report(ReportPage page, PageOptions options) {
        Report r = page.report();
        Map<String, Object> m = common(ItemContent.DEFAULT_LANGUAGE, r.title() + " | " + options.siteName(),
                options, null, page.published());
        String pageUrl = options.baseUrl() == null ? null : options.baseUrl() + page.path();
        m.put("description", r.summary().strip());
        m.put("canonicalUrl", pageUrl);
        m.put("title", r.title());
        m.put("summary", r.summary().strip());
        m.put("topic", r.topic().strip());
        m.put("pdfHref", options.reportPdfLink() ? r.slug() + ".pdf" : null);

        List<Map<String, Object>> sections = new ArrayList<>();
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        int n = 0;
        for (ReportPage.Section s : page.sections()) {
            n++;
            ItemContent c = s.content();
            String headline = c.headline().isBlank() ? "Section " + n : c.headline().strip();
            String id = "section-" + n;
            RenderedBody body = markdown.render(c.body(), new RenderOptions(options.images(), 3, "s" + n + "-"));
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("number", n);
            sm.put("id", id);
            sm.put("headline", headline);
            sm.put("standfirst", c.standfirst().strip());
            sm.put("byline", s.byline());
            sm.put("hero", hero(c.hero(), options));
            sm.put("body", options.sourcePositions() ? body.previewHtml() : body.html());
            sm.put("embargoStamp", options.embargoStamp() && c.embargo() != null
                    ? HouseDates.embargoStamp(c.embargo()) : null);
            sections.add(sm);
            if (!s.byline().isEmpty()) {
                authors.add(s.byline());
            }
        }
        m.put("sections", sections);
        m.put("hasSections", !sections.isEmpty());
        m.put("authors", joinNames(new ArrayList<>(authors)));

        List<Map<String, String>> og = new ArrayList<>();
        og(og, "og:type", "article");
        og(og, "og:title", r.title());
        og(og, "og:description", r.summary().strip());
        og(og, "og:site_name", options.siteName());
        if (pageUrl != null) {
            og(og, "og:url", pageUrl);
        }
        og(og, "article:published_time", HouseDates.iso(page.published()));
        m.put("og", og);

        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Report");
        ld.put("name", r.title());
        if (!r.summary().isBlank()) {
            ld.put("description", r.summary().strip());
        }
        ld.put("datePublished", HouseDates.iso(page.published()));
        List<Object> people = new ArrayList<>();
        for (String a : authors) {
            people.add(Map.of("@type", "Person", "name", a));
        }
        if (!people.isEmpty()) {
            ld.put("author", people);
        }
        ld.put("publisher", Map.of("@type", "Organization", "name", options.siteName()));
        ld.put("inLanguage", ItemContent.DEFAULT_LANGUAGE);
        if (pageUrl != null) {
            ld.put("url", pageUrl);
        }
        m.put("jsonLd", scriptSafeJson(ld));
        return report.execute(m);
    }

    private Map<String, Object> common(String lang, String pageTitle, PageOptions options, Instant embargo,
                                       Instant published) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang);
        m.put("pageTitle", pageTitle);
        m.put("siteName", options.siteName());
        m.put("copyrightHolder", options.footerCopyright());
        m.put("homeHref", options.homeHref());
        m.put("css", css);
        m.put("stylesheetHref", options.stylesheetHref());
        m.put("extraHeadHtml", options.extraHeadHtml());
        m.put("bridgeScript", options.bridgeScript());
        m.put("draftWatermark", options.draftWatermark());
        m.put("preview", options.sourcePositions());
        m.put("embargoStamp", options.embargoStamp() && embargo != null ? HouseDates.embargoStamp(embargo) : null);
        m.put("published", Map.of("iso", HouseDates.iso(published), "display", HouseDates.date(published)));
        m.put("year", published.atZone(ZoneOffset.UTC).getYear());
        return m;
    }

    /** The hero figure's values, or null when there is no hero or its image cannot be found. */
    private static Map<String, Object> hero(HeroImage hero, PageOptions options) {
        if (hero == null) {
            return null;
        }
        String src = UrlPolicy.trusted(options.images().resolve(hero.assetId()));
        if (src == null) {
            return null;
        }
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("src", src);
        h.put("alt", hero.altText().strip());
        h.put("caption", hero.caption().strip());
        h.put("credit", hero.credit().strip());
        h.put("hasCaption", !hero.caption().isBlank() || !hero.credit().isBlank());
        return h;
    }

    /** An image URL made absolute against the page's URL when the page has one (Open Graph needs it). */
    private static String absolute(String pageUrl, String src) {
        if (src == null || pageUrl == null || UrlPolicy.isAbsolute(src)) {
            return src;
        }
        try {
            return URI.create(pageUrl).resolve(src).toString();
        } catch (IllegalArgumentException e) {
            return src;
        }
    }

    private static void og(List<Map<String, String>> og, String property, String content) {
        if (content != null && !content.isBlank()) {
            og.add(Map.of("property", property, "content", content));
        }
    }

    /** "A", "A and B", "A, B and C". */
    static String joinNames(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * JSON for a script element: '<', '>' and '&' only occur inside JSON strings, where their
     * \\u escapes mean the same, so "&lt;/script&gt;" in a headline cannot close the element.
     */
    static String scriptSafeJson(Map<String, Object> value) {
        return CanonicalJson.write(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String resource(String name) {
        try (Reader r = reader(name)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = PageRenderer.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("The template " + ROOT + name + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
