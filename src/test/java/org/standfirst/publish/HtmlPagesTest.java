package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Channel;

/** Every HTML page of a bundle parsed back with jsoup and checked as a browser, a crawler and a screen reader would. */
class HtmlPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path export(Channel channel) throws Exception {
        Path out = tmp.resolve(channel.key());
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, channel), ExportListener.NONE);
        return out;
    }

    @Test
    void anArticlePageCarriesNewsArticleJsonLdAndOpenGraph() throws Exception {
        Path out = export(Channel.PUBLIC);
        Document doc = Jsoup.parse(out.resolve("items/whole-body-mri-myeloma.html").toFile());
        List<Element> ld = doc.select("script[type=application/ld+json]");
        assertThat(ld).hasSize(1);
        JsonNode json = JSON.readTree(ld.get(0).data());
        assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.path("headline").asText()).isEqualTo("Whole-body MRI finds hidden myeloma after treatment");
        assertThat(json.path("datePublished").asText()).isEqualTo("2026-11-20T09:40:00Z");
        assertThat(json.path("dateModified").asText()).isEqualTo("2026-11-20T09:40:00Z");
        assertThat(json.path("author").get(0).path("name").asText()).isEqualTo("Amira Okafor");
        String image = json.path("image").get(0).asText();
        assertThat(image).startsWith("https://news.example.org/assets/").endsWith(".png");
        assertThat(out.resolve(image.substring("https://news.example.org/".length()))).exists();

        assertThat(og(doc, "og:title")).isEqualTo("Whole-body MRI finds hidden myeloma after treatment");
        assertThat(og(doc, "og:type")).isEqualTo("article");
        assertThat(og(doc, "og:image")).isEqualTo(image);
        assertThat(og(doc, "og:image:alt")).isEqualTo("A patient lying on the bed of an MRI scanner");
        assertThat(og(doc, "og:url")).isEqualTo("https://news.example.org/items/whole-body-mri-myeloma.html");
        assertThat(og(doc, "article:published_time")).isEqualTo("2026-11-20T09:40:00Z");
        assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("../styles/site.css");
        assertThat(out.resolve("styles/site.css")).exists();
    }

    @Test
    void everyPageHasOneH1ALanguageAltOnEveryImageAndNoScriptButJsonLd() throws Exception {
        for (Channel channel : Channel.values()) {
            Path out = export(channel);
            List<Path> pages;
            try (Stream<Path> s = Files.walk(out)) {
                pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            assertThat(pages).hasSizeGreaterThan(5);
            for (Path page : pages) {
                Document doc = Jsoup.parse(page.toFile());
                String name = channel.key() + " " + out.relativize(page);
                assertThat(doc.select("h1")).as(name).hasSize(1);
                assertThat(doc.select("html").attr("lang")).as(name).isEqualTo("en-GB");
                assertThat(doc.select("main")).as(name).hasSize(1);
                assertThat(doc.select("script:not([type=application/ld+json])")).as(name).isEmpty();
                assertThat(doc.select("[onload],[onerror],[onclick]")).as(name).isEmpty();
                if (channel != Channel.DRAFT) {
                    for (Element img : doc.select("img")) {
                        assertThat(img.attr("alt")).as(name + " " + img.attr("src")).isNotBlank();
                    }
                }
                for (Element img : doc.select("img[src]")) {
                    String src = img.attr("src");
                    if (!src.startsWith("http")) {
                        assertThat(page.getParent().resolve(src).normalize()).as(name + " " + src).exists();
                    }
                }
                for (Element a : doc.select("a[href]")) {
                    String href = a.attr("href");
                    if (!href.startsWith("http") && !href.startsWith("#") && !href.startsWith("mailto:")) {
                        assertThat(page.getParent().resolve(href).normalize()).as(name + " link " + href).exists();
                    }
                }
                if (channel == Channel.DRAFT) {
                    assertThat(doc.text()).as(name).contains("DRAFT");
                } else {
                    assertThat(doc.text()).as(name).doesNotContain("DRAFT");
                }
            }
        }
    }

    @Test
    void pressPagesStampTheEmbargoAndPublicPagesLeaveTheReleaseOut() throws Exception {
        Path press = export(Channel.PRESS);
        Document release = Jsoup.parse(press.resolve("items/shearosomes.html").toFile());
        assertThat(release.select(".stamp--embargo").text()).isEqualTo("EMBARGOED UNTIL 00:01 GMT ON THURSDAY 3 DECEMBER 2026");
        assertThat(Jsoup.parse(press.resolve("index.html").toFile()).text())
                .contains("EMBARGOED UNTIL 00:01 GMT ON THURSDAY 3 DECEMBER 2026");

        Path pub = export(Channel.PUBLIC);
        assertThat(pub.resolve("items/shearosomes.html")).doesNotExist();
        assertThat(Files.readString(pub.resolve("index.html"))).doesNotContain("Shearosomes");
        assertThat(Files.readString(pub.resolve("feed.xml"))).doesNotContain("Shearosomes");
        assertThat(Files.readString(press.resolve("feed.xml"))).doesNotContain("Shearosomes");
    }

    @Test
    void topicPagesHaveAnIntroAReportTeaserAFeaturedStoryAndTheLatestNews() throws Exception {
        Newsroom n = Newsroom.sample();
        n.add("i-more", Newsroom.story("Trials reopen across the country", "trials-reopen").withTopic("Clinical trials")
                .withStandfirst("Most trials have reopened.").withBody("Most trials have reopened."),
                org.standfirst.model.WorkflowState.APPROVED, "p-tom", Newsroom.T0.plusSeconds(99_000));
        Path out = tmp.resolve("topics");
        Exports.pipeline().export(n, Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        Document topic = Jsoup.parse(out.resolve("topics/clinical-trials.html").toFile());
        assertThat(topic.select("h1").text()).isEqualTo("Clinical trials");
        assertThat(topic.select(".topic-intro").text()).isNotBlank();
        assertThat(topic.select(".report-teaser a[href=../reports/clinical-trials-in-cancer.html]").text())
                .isEqualTo("Clinical trials in cancer");
        assertThat(topic.select(".report-teaser a[href$=.pdf]")).hasSize(1);
        assertThat(topic.select(".featured .teaser-title").text()).isEqualTo("Trials reopen across the country");
        assertThat(topic.select(".teaser-list .teaser-title").eachText())
                .containsExactly("Trial recruitment fell by 60 per cent in the pandemic");
        assertThat(topic.select(".teaser-list .teaser-text").eachText())
                .containsExactly("Fewer people joined cancer trials in 2020.");
    }

    @Test
    void theFeedAndSitemapAreWellFormedAndPointIntoTheSite() throws Exception {
        Path out = export(Channel.PUBLIC);
        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("feed > entry")).hasSize(2);
        assertThat(feed.select("feed > entry > title").eachText()).containsExactly(
                "Trial recruitment fell by 60 per cent in the pandemic", "Whole-body MRI finds hidden myeloma after treatment");
        assertThat(feed.select("entry > link").eachAttr("href"))
                .allSatisfy(h -> assertThat(h).startsWith("https://news.example.org/items/"));
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        org.w3c.dom.Document sitemap = f.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        assertThat(sitemap.getElementsByTagName("loc").getLength()).isEqualTo(1 + 2 + 2 + 2);
    }

    @Test
    void eachImageIsWrittenOnceByItsHash() throws Exception {
        Path out = export(Channel.PRESS);
        try (Stream<Path> s = Files.list(out.resolve("assets"))) {
            List<Path> assets = s.toList();
            assertThat(assets).hasSize(2);
            for (Path a : assets) {
                String name = a.getFileName().toString();
                assertThat(name).isEqualTo(org.standfirst.model.Hashing.sha256(Files.readAllBytes(a)) + ".png");
            }
        }
    }

    static String og(Document doc, String property) {
        return doc.select("meta[property=" + property + "]").attr("content");
    }
}
