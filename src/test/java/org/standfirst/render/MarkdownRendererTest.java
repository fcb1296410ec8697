package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersBlocksWithTheirSourceLines() {
        String md = """
                # Trial recruitment falls

                Recruitment fell by about 60 per cent
                during the pandemic.

                - one
                - two
                  continued

                > A quote
                > over two lines

                ```
                code
                ```
                """;
        RenderedBody body = renderer.render(md);

        assertThat(body.blocks()).extracting(RenderedBlock::startLine, RenderedBlock::endLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 4),
                        org.assertj.core.groups.Tuple.tuple(6, 8),
                        org.assertj.core.groups.Tuple.tuple(10, 11),
                        org.assertj.core.groups.Tuple.tuple(13, 15));
        assertThat(body.blocks().get(0).html()).isEqualTo("<h2 id=\"trial-recruitment-falls\">Trial recruitment falls</h2>");
        assertThat(body.blocks().get(1).html()).startsWith("<p>Recruitment");
        assertThat(body.blockAtLine(7).startLine()).isEqualTo(6);
        assertThat(body.blockAtLine(12).startLine()).isEqualTo(10);
        assertThat(body.headings()).containsExactly(new Heading(2, "Trial recruitment falls", "trial-recruitment-falls", 1));
        assertThat(body.wordCount()).isEqualTo(22);
        assertThat(body.previewHtml()).contains("<div class=\"sf-block\" data-key=\"" + body.blocks().get(2).key()
                + "\" data-line=\"6\" data-line-end=\"8\"><ul>");
    }

    @Test
    void escapesRawHtmlAndDropsUnsafeLinks() {
        RenderedBody body = renderer.render("""
                <script>alert(1)</script>

                Hello <img src=x onerror=alert(1)> [click](javascript:alert(1)) [ok](https://example.org)
                [x](&#106;avascript:alert(1)) ![pic](javascript:alert(1)) ![](data:image/png;base64,AAAA)

                Footnote here.[^1]

                [^1]: The note, with [a link](vbscript:msgbox).
                """);
        Document doc = Jsoup.parseBodyFragment(body.html());
        assertThat(doc.select("script, iframe, object, embed, style")).isEmpty();
        assertThat(doc.select("a[href]")).extracting(e -> e.attr("href"))
                .allMatch(h -> h.startsWith("https:") || h.startsWith("#"));
        assertThat(body.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(body.images()).hasSize(2);
        assertThat(body.imagesWithoutAlt()).hasSize(1);
        List<Element> imgs = doc.select("img");
        assertThat(imgs).hasSize(1);
        assertThat(imgs.get(0).attr("alt")).isEmpty();
        // The footnotes section is one more block, at the lines of its definitions.
        RenderedBlock last = body.blocks().get(body.blocks().size() - 1);
        assertThat(last.html()).startsWith("<section class=\"footnotes\"");
        assertThat(last.startLine()).isEqualTo(8);
    }

    @Test
    void headingIdsAreUniqueAndNeverTakeThePageTemplatesIds() {
        RenderedBody body = renderer.render("# Content\n\n## Content\n\n## Fn 1\n\n## Section 2\n\n## \n\ntext[^1]\n\n[^1]: note\n");
        assertThat(body.headings()).extracting(Heading::id)
                .containsExactly("content-1", "content-2", "h-fn-1", "h-section-2", "untitled-1");
        assertThat(Jsoup.parseBodyFragment(body.html()).select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void bareAddressesBecomeLinksButNotInsideLinksOrCode() {
        RenderedBody body = renderer.render("See https://example.org/a?b=1, www.example.org and press@example.org.\n\n"
                + "[https://inner.example.org](https://outer.example.org) `https://code.example.org` javascript://x");
        var links = Jsoup.parseBodyFragment(body.html()).select("a");
        assertThat(links).extracting(e -> e.attr("href"), Element::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("https://example.org/a?b=1", "https://example.org/a?b=1"),
                org.assertj.core.groups.Tuple.tuple("http://www.example.org", "www.example.org"),
                org.assertj.core.groups.Tuple.tuple("mailto:press@example.org", "press@example.org"),
                org.assertj.core.groups.Tuple.tuple("https://outer.example.org", "https://inner.example.org"));
        assertThat(body.html()).contains("<code>https://code.example.org</code>");
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            docs.add("# Part " + i + "\n\n" + "Words and https://example.org/" + i + " here.[^n]\n\n".repeat(1 + i % 4)
                    + "![Figure " + i + "](fig" + i + ".png)\n\n[^n]: Note " + i + ".\n");
        }
        RenderOptions options = RenderOptions.ARTICLE.withImages(ref -> "/img/" + ref);
        List<RenderedBody> expected = docs.stream().map(d -> renderer.render(d, options)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<RenderedBody>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String d : docs) {
                    futures.add(pool.submit(() -> renderer.render(d, options)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runningTextGetsPrintersPunctuationButCodeDoesNot() {
        String md = "\"It's the 1990's,\" she said -- 'quietly' --- and *\"then\"* left... "
                + "Trials fell in '20. `don't \"touch\" -- this`\n\n```\n\"raw\" -- code...\n```\n";
        RenderedBody body = renderer.render(md);
        assertThat(body.html()).contains("\u201cIt\u2019s the 1990\u2019s,\u201d she said \u2013 \u2018quietly\u2019 \u2014 and "
                + "<em>\u201cthen\u201d</em> left\u2026 Trials fell in \u201920.");
        assertThat(body.html()).contains("<code>don't &quot;touch&quot; -- this</code>", "&quot;raw&quot; -- code...");
        RenderedBody plain = renderer.render(md, RenderOptions.ARTICLE.withTypography(false));
        assertThat(plain.html()).startsWith("<p>&quot;It's the 1990's,&quot; she said -- 'quietly' ---");
        assertThat(body.wordCount()).isEqualTo(plain.wordCount());
        // Text touching raw HTML is shown exactly as typed, like the escaped tags around it.
        assertThat(renderer.render("'Hello' <script>alert('x')</script>").html())
                .isEqualTo("<p>'Hello' &lt;script&gt;alert('x')&lt;/script&gt;</p>\n");
    }
}
