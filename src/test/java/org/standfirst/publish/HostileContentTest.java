package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.WorkflowState;

/** Markdown written to attack the reader's browser comes out of every format harmless. */
class HostileContentTest {
    static final String HOSTILE = """
            Hello <script>alert('body')</script> world.

            <img src="x" onerror="alert('img')">

            [Click me](javascript:alert('link')) and [again](JaVaScRiPt:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)

            <iframe src="https://evil.example/frame"></iframe>

            <a href="#" onclick="alert('a')">raw link</a>

            ![pixel](javascript:alert('image'))

            <svg onload="alert('svg')"></svg>
            """;

    @TempDir
    Path tmp;

    @Test
    void noScriptHandlerOrFrameReachesAnyFile() throws Exception {
        Newsroom n = new Newsroom();
        n.add("evil", new ItemContent(ItemKind.NEWS_STORY, "</script><script>alert('headline')</script>",
                "<b onmouseover=alert(1)>standfirst</b>", "", HOSTILE, "Security", List.of("<script>"),
                "evil-story", null, null, "", "en-GB"), WorkflowState.APPROVED, "p-tom", Newsroom.T0);
        n.items.add(new org.standfirst.model.Item("evil-section", new ItemContent(ItemKind.REPORT_SECTION,
                "Section <script>x</script>", "", "", HOSTILE, "", List.of(), "", null, null, "", "en-GB"),
                "p-tom", WorkflowState.APPROVED, null, "r-evil", 0, Newsroom.T0, Newsroom.T0));
        n.reports.add(new org.standfirst.model.Report("r-evil", "A report <script>", "evil-report", "", "Security",
                List.of("evil-section"), Newsroom.T0, Newsroom.T0));
        Path out = tmp.resolve("out");
        ExportResult r = Exports.pipeline().export(n, Exports.request(out, Channel.PUBLIC), ExportListener.NONE);
        assertThat(r.heldBack()).isEmpty();

        List<Path> html;
        try (Stream<Path> s = Files.walk(out)) {
            html = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(html).hasSizeGreaterThanOrEqualTo(4);
        for (Path page : html) {
            Document doc = Jsoup.parse(page.toFile());
            String name = out.relativize(page).toString();
            assertThat(doc.select("script:not([type=application/ld+json])")).as(name).isEmpty();
            assertThat(doc.select("iframe, svg, object, embed")).as(name).isEmpty();
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey()).as(name).doesNotStartWith("on");
                    assertThat(a.getValue().replaceAll("\\s", "").toLowerCase()).as(name + " " + a.getKey())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:text");
                });
            }
            for (Element ld : doc.select("script[type=application/ld+json]")) {
                assertThat(ld.data()).as(name).doesNotContain("</script").doesNotContain("<script");
                new ObjectMapper().readTree(ld.data());
            }
        }
        assertThat(Jsoup.parse(out.resolve("items/evil-story.html").toFile()).text())
                .contains("<script>alert('body')</script>").contains("Click me");

        String ninjs = new ObjectMapper().readTree(out.resolve("items/evil-story.ninjs.json").toFile())
                .path("bodies").get(0).path("value").asText();
        Document body = Jsoup.parseBodyFragment(ninjs);
        assertThat(body.select("script, iframe, svg")).isEmpty();
        assertThat(body.select("[onerror], [onclick], [onload]")).isEmpty();
        assertThat(body.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().contains("script:"));

        String feed = Files.readString(out.resolve("feed.xml"));
        assertThat(feed).doesNotContain("<script");
        assertThat(Files.exists(out.resolve("reports/evil-report.pdf"))).isTrue();
    }
}
