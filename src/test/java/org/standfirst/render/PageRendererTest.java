package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Channel;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;

class PageRendererTest {
    private static final String SHA = "a".repeat(64);
    private static final Instant PUBLISHED = Instant.parse("2025-08-03T09:30:00Z");
    private static final Instant EMBARGO = Instant.parse("2026-12-03T00:01:00Z");
    private static final ImageResolver EXPORT_IMAGES = ref -> ref.equals(SHA) ? "../assets/" + SHA + ".png" : ref;

    private final PageRenderer pages = new PageRenderer();

    static ItemContent story() {
        return ItemContent.blank(ItemKind.PRESS_RELEASE)
                .withHeadline("Whole-body MRI finds hidden myeloma <after> treatment")
                .withStandfirst("A study of 60 people shows the scan can find disease that blood tests miss.")
                .withByline("Amira Okafor")
                .withTopic("Myeloma")
                .withTags(List.of("imaging", "myeloma", "iTIMM"))
                .withSlug("whole-body-mri-myeloma")
                .withHero(new HeroImage(SHA, "A patient lying on the bed of an MRI scanner", "The scanner used in the study", "Photo: Standfirst sample"))
                .withEmbargo(EMBARGO)
                .withNotesToEditors("1. The study was funded by the institute.")
                .withBody("""
                        # Findings

                        The iTIMM study scanned 60 people.<script>alert('x')</script>

                        ![](https://example.org/chart.png)

                        ## Method

                        Read [the paper](https://example.org/paper).
                        """);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void articlePageHasOneHeadlineLandmarksLanguageAndAltOnEveryImage() {
        String html = pages.article(new ArticlePage(story(), "Amira Okafor", PUBLISHED, PUBLISHED),
                PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES).withBaseUrl("https://news.example.org"));
        Document doc = parse(html);

        assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1").text()).isEqualTo("Whole-body MRI finds hidden myeloma <after> treatment");
        assertThat(doc.select("body > header")).hasSize(1);
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.select("body > footer")).hasSize(1);
        assertThat(doc.select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).isTrue());
        assertThat(doc.select("figure img").attr("src")).isEqualTo("../assets/" + SHA + ".png");
        assertThat(doc.select("figure figcaption").text()).contains("The scanner used in the study", "Photo: Standfirst sample");
        assertThat(doc.select("time").text()).isEqualTo("3 August 2025");
        assertThat(doc.select(".article-byline").text()).isEqualTo("By Amira Okafor");
        assertThat(doc.select(".tag")).extracting(Element::text).containsExactly("imaging", "myeloma", "iTIMM");
        assertThat(doc.select(".notes-to-editors").text()).contains("The study was funded by the institute.");
        // The public channel has neither stamp nor watermark, and no script but the JSON-LD.
        assertThat(doc.select(".stamp")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").attr("type")).isEqualTo("application/ld+json");
        // Body headings start at h2, so the headline is the only h1.
        assertThat(doc.select(".article-body h2").first().text()).isEqualTo("Findings");
        assertThat(doc.select(".article-body h3").first().text()).isEqualTo("Method");
        assertThat(doc.select("[data-line]")).isEmpty();
    }

    @Test
    void articlePageCarriesOpenGraphAndNewsArticleJsonLd() throws Exception {
        String html = pages.article(new ArticlePage(story(), "Amira Okafor", PUBLISHED, Instant.parse("2025-08-04T10:00:00Z")),
                PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES).withBaseUrl("https://news.example.org/"));
        Document doc = parse(html);

        assertThat(meta(doc, "og:title")).isEqualTo("Whole-body MRI finds hidden myeloma <after> treatment");
        assertThat(meta(doc, "og:type")).isEqualTo("article");
        assertThat(meta(doc, "og:url")).isEqualTo("https://news.example.org/items/whole-body-mri-myeloma.html");
        assertThat(meta(doc, "og:image")).isEqualTo("https://news.example.org/assets/" + SHA + ".png");
        assertThat(meta(doc, "og:image:alt")).isEqualTo("A patient lying on the bed of an MRI scanner");
        assertThat(meta(doc, "article:published_time")).isEqualTo("2025-08-03T09:30:00Z");

        String json = doc.select("script[type=application/ld+json]").first().data();
        assertThat(json).doesNotContain("<").doesNotContain(">");
        JsonNode ld = new ObjectMapper().readTree(json);
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo("Whole-body MRI finds hidden myeloma <after> treatment");
        assertThat(ld.path("image").get(0).asText()).isEqualTo("https://news.example.org/assets/" + SHA + ".png");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2025-08-03T09:30:00Z");
        assertThat(ld.path("dateModified").asText()).isEqualTo("2025-08-04T10:00:00Z");
        assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo("Amira Okafor");
    }

    @Test
    void pressChannelStampsTheEmbargoAndDraftChannelWatermarks() {
        ArticlePage page = new ArticlePage(story(), "Amira Okafor", PUBLISHED, PUBLISHED);
        Document press = parse(pages.article(page, PageOptions.export(Channel.PRESS, EXPORT_IMAGES)));
        assertThat(press.select(".stamp--embargo").text())
                .isEqualTo("EMBARGOED UNTIL 00:01 GMT ON THURSDAY 3 DECEMBER 2026");
        assertThat(press.select(".stamp--draft")).isEmpty();

        Document draft = parse(pages.article(page, PageOptions.export(Channel.DRAFT, EXPORT_IMAGES)));
        assertThat(draft.select(".stamp--draft").text()).startsWith("DRAFT");
        assertThat(draft.body().hasClass("is-draft")).isTrue();
    }

    @Test
    void previewWrapsBlocksWithLinesAndCarriesOnlyTheBridgeScript() {
        String html = pages.article(new ArticlePage(story(), "Amira Okafor", PUBLISHED, PUBLISHED),
                PageOptions.preview(EXPORT_IMAGES).withBridgeScript("window.sfBridge = {};"));
        Document doc = parse(html);
        assertThat(doc.select("#sf-body > .sf-block")).extracting(e -> e.attr("data-line"))
                .containsExactly("1", "3", "5", "7", "9");
        assertThat(doc.select("[data-field=headline]").text()).startsWith("Whole-body MRI");
        assertThat(doc.select("script")).extracting(Element::data)
                .anySatisfy(s -> assertThat(s).isEqualTo("window.sfBridge = {};"));
        assertThat(doc.select("script:not([type])")).hasSize(1);
        assertThat(doc.select(".article-body script")).isEmpty();
    }

    @Test
    void reportPageListsSectionsInOrderWithBylinesAndLinks() {
        Report report = new Report("r1", "Clinical trials in cancer", "clinical-trials-in-cancer",
                "How the pandemic changed who could join a trial.", "Clinical trials", List.of("a", "b"),
                PUBLISHED, PUBLISHED);
        ReportPage page = new ReportPage(report, List.of(
                new ReportPage.Section(ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline("Why trials matter")
                        .withBody("# Background\n\nEvery person with cancer who wants a trial should join one.[^1]\n\n[^1]: Our aim."), "Amira Okafor"),
                new ReportPage.Section(ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline("Recruitment in the pandemic")
                        .withBody("# Background\n\nRecruitment fell by about 60 per cent.[^1]\n\n[^1]: A 2021 report."), "Ben Hughes")),
                PUBLISHED);
        Document doc = parse(pages.report(page, PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES)));

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1").text()).isEqualTo("Clinical trials in cancer");
        assertThat(doc.select("nav.report-contents a")).extracting(e -> e.attr("href"), Element::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#section-1", "Why trials matter"),
                        org.assertj.core.groups.Tuple.tuple("#section-2", "Recruitment in the pandemic"));
        for (Element a : doc.select("nav.report-contents a")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
        }
        assertThat(doc.select("section.report-section h2.section-title")).extracting(Element::text)
                .containsExactly("Why trials matter", "Recruitment in the pandemic");
        assertThat(doc.select("section.report-section .article-byline")).extracting(Element::text)
                .containsExactly("By Amira Okafor", "By Ben Hughes");
        assertThat(doc.select(".article-body h3")).extracting(Element::text).containsExactly("Background", "Background");
        // Ids stay unique when sections share heading text and footnote numbers.
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (Element a : doc.select("a[href^=#]")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
        assertThat(doc.select(".report-header .article-byline").text()).isEqualTo("By Amira Okafor and Ben Hughes");
    }

    @Test
    void pagesParseAsHtml5WithoutErrors() {
        ArticlePage page = new ArticlePage(story(), "Amira Okafor", PUBLISHED, PUBLISHED);
        List<String> pagesToCheck = List.of(
                pages.article(page, PageOptions.export(Channel.PRESS, EXPORT_IMAGES).withBaseUrl("https://news.example.org")),
                pages.article(page, PageOptions.export(Channel.DRAFT, EXPORT_IMAGES).withStylesheetHref("../styles/site.css")),
                pages.article(page, PageOptions.preview(EXPORT_IMAGES).withBridgeScript("window.x = 1;")),
                pages.article(new ArticlePage(ItemContent.blank(ItemKind.NEWS_STORY), "", PUBLISHED, null),
                        PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES)),
                pages.report(new ReportPage(new Report("r", "Empty report", "empty-report", "", "", List.of(), PUBLISHED, PUBLISHED),
                        List.of(), PUBLISHED), PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES)));
        for (String html : pagesToCheck) {
            org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
            Document doc = Jsoup.parse(html, "", parser);
            assertThat(parser.getErrors()).as(html).isEmpty();
            assertThat(html).startsWith("<!DOCTYPE html>");
            assertThat(doc.select("h1")).hasSize(1);
            assertThat(doc.select("head > meta[charset]")).hasSize(1);
            assertThat(doc.select("head > title").text()).isNotBlank();
        }
    }

    @Test
    void anEmptyItemStillMakesAPageWithAHeadline() {
        Document doc = parse(pages.article(new ArticlePage(ItemContent.blank(ItemKind.NEWS_STORY), "", PUBLISHED, null),
                PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES)));
        assertThat(doc.select("h1").text()).isEqualTo("Untitled");
        assertThat(doc.select(".article-topic").text()).isEqualTo("News story");
        assertThat(doc.select("figure")).isEmpty();
    }

    @Test
    void contentCannotBreakOutOfItsFields() {
        ItemContent hostile = story().withHeadline("</title><script>alert(1)</script>")
                .withStandfirst("\" onmouseover=\"alert(1)")
                .withTags(List.of("<img src=x onerror=alert(1)>"))
                .withTopic("</script><script>alert(2)</script>")
                .withHero(new HeroImage(SHA, "\"><script>alert(3)</script>", "<b>cap</b>", "</figcaption><script>"));
        String html = pages.article(new ArticlePage(hostile, "</script>", PUBLISHED, null),
                PageOptions.export(Channel.PUBLIC, EXPORT_IMAGES).withBaseUrl("https://news.example.org"));
        Document doc = parse(html);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
        assertThat(doc.select("h1").text()).isEqualTo("</title><script>alert(1)</script>");
        assertThat(doc.select("title").text()).startsWith("</title><script>alert(1)</script>");
        assertThat(doc.select("figure img").attr("alt")).isEqualTo("\"><script>alert(3)</script>");
    }

    private static String meta(Document doc, String property) {
        return doc.select("meta[property]").stream().filter(e -> e.attr("property").equals(property))
                .map(e -> e.attr("content")).findFirst().orElse("");
    }
}
