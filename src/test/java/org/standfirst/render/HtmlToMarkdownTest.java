package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlToMarkdownTest.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wordClipboardBecomesCleanMarkdown() throws IOException {
        assertThat(HtmlToMarkdown.convert(resource("word.html"))).isEqualTo(resource("word.md").strip());
    }

    @Test
    void webPageBecomesCleanMarkdown() throws IOException {
        assertThat(HtmlToMarkdown.convert(resource("web.html"))).isEqualTo(resource("web.md").strip());
    }

    @Test
    void pastedMarkdownRendersBackToTheSameStructure() throws IOException {
        String md = HtmlToMarkdown.convert(resource("web.html"));
        var doc = Jsoup.parseBodyFragment(new MarkdownRenderer().render(md, RenderOptions.ARTICLE.withMinHeadingLevel(1)).html());
        assertThat(doc.select("h2").text()).isEqualTo("Tumour cells shed fragments as they squeeze");
        assertThat(doc.select("h2 em").text()).isEqualTo("shed");
        assertThat(doc.select("ul > li")).hasSize(2);
        assertThat(doc.select("ul > li > ol > li")).hasSize(2);
        assertThat(doc.select("table tr")).hasSize(3);
        assertThat(doc.select("td").get(2).text()).isEqualTo("Other | trial");
        assertThat(doc.select("p").eachText()).contains("1999. A year to remember.");
        assertThat(doc.select("code").first().text()).isEqualTo("[raw]");
        assertThat(doc.text()).contains("First point with *stars*");
    }

    @Test
    void googleDocsWrapperIsNotBold() {
        String html = "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
                + "<p dir=\"ltr\"><span style=\"font-weight:700\">Bold</span><span> plain </span>"
                + "<span style=\"font-style:italic\">italic</span></p></b>";
        assertThat(HtmlToMarkdown.convert(html)).isEqualTo("**Bold** plain *italic*");
    }

    @Test
    void emptyAndJunkGiveNothing() {
        assertThat(HtmlToMarkdown.convert("")).isEmpty();
        assertThat(HtmlToMarkdown.convert("<script>x</script><style>p{}</style><!-- c -->")).isEmpty();
        assertThat(HtmlToMarkdown.convert("plain text")).isEqualTo("plain text");
    }
}
