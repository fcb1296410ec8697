package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever an author types, the rendered body holds no script, no active element, no event
 * handler and no script URL, and its blocks point back at the right source lines.
 */
class MarkdownSafetyProperties {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final ImageResolver HOSTILE_RESOLVER = ref -> ref.startsWith("evil") ? "javascript:alert(1)" : ref;

    /** Every element commonmark and our extensions may produce, and the preview's wrapper. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "#root",
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
            "strong", "a", "img", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "sup", "section",
            "span", "div");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "width", "height",
            "id", "class", "align", "start", "data-footnotes", "data-footnote-ref", "data-footnote-backref",
            "data-footnote-backref-idx", "aria-label", "data-key", "data-line", "data-line-end");

    private static final List<String> FRAGMENTS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
            "<object data=x>", "<embed src=x>", "<style>body{display:none}</style>", "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=alert(1)>", "<!-- comment -->", "<![CDATA[x]]>", "<math><mi xlink:href=\"javascript:x\">",
            "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java\tscript:alert(1))",
            "[click](&#106;avascript:alert(1))", "[click](&#x6A;avascript&colon;alert(1))", "[c](<javascript:alert(1)>)",
            "[c]( javascript:alert(1) )", "[c](vbscript:msgbox(1))", "[c](data:text/html;base64,PHNjcmlwdD4=)",
            "[c](%6Aavascript:alert(1))", "<javascript:alert(1)>", "<vbscript:x>", "[ref]", "[ref]: javascript:alert(1)\n",
            "![i](javascript:alert(1))", "![i](data:image/svg+xml;base64,PHN2Zz4=)", "![i](data:image/png;base64,iVBORw0=)",
            "![i](x.png){width=10 onerror=alert(1)}", "![i](x.png){width=100 height=50}", "![](evil.png)", "![alt *em*](ok.png \"t\")",
            "[a](https://example.org \"t\\\" onmouseover=\\\"x\")", "[a](https://example.org/\" onmouseover=\"x)",
            "&lt;script&gt;", "&#60;script&#62;", "&#x3C;iframe&#x3E;", "&amp;", "&", "\"", "'", "`", "``", "```",
            "`<script>`", "[", "]", "(", ")", "[[", "]]", "![", "*", "**", "_", "__", "~", "\\", "\n", "\n\n", "\n\n\n",
            "# ", "## ", "###### ", "> ", "- ", "* ", "1. ", "    ", "\t", "---\n", "|a|b|\n|-|-|\n|<script>|x|\n",
            "text", "words here", "[^1]", "[^1]: note [x](javascript:y)\n", "[^n]: <iframe>\n", "www.example.com",
            "https://example.org/path?q=<script>", "mailto:a@example.org", "a@example.org", "\u2028", "\u0000",
            "<", ">", "</", "<a", "=", "onerror=", "on", "src=", "\"><script>", "'><svg onload=x>");

    @Provide
    Arbitrary<String> hostileMarkdown() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withChars("<>[]()!:\"'&#;=*_`\\\n -/").ofMaxLength(6));
        return fragment.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 1500)
    void hostileMarkdownRendersClean(@ForAll("hostileMarkdown") String markdown) {
        assertClean(RENDERER.render(markdown, RenderOptions.ARTICLE.withImages(HOSTILE_RESOLVER)));
    }

    @Property(tries = 500)
    void arbitraryTextRendersClean(@ForAll String markdown) {
        assertClean(RENDERER.render(markdown));
    }

    @Property(tries = 300)
    void linesStayInsideTheSourceAndInOrder(@ForAll("hostileMarkdown") String markdown) {
        RenderedBody body = RENDERER.render(markdown);
        int lines = markdown.split("\r\n|\r|\n", -1).length;
        int previousEnd = 0;
        for (RenderedBlock b : body.blocks()) {
            assertThat(b.startLine()).isBetween(1, lines);
            assertThat(b.endLine()).isBetween(b.startLine(), lines);
            if (!b.html().startsWith("<section class=\"footnotes\"")) {
                assertThat(b.startLine()).as("blocks in source order").isGreaterThan(previousEnd);
                previousEnd = b.endLine();
            }
        }
        assertThat(body.blocks()).extracting(RenderedBlock::key).doesNotHaveDuplicates();
    }

    /** Paragraphs and headings at known lines, separated by one or more blank lines. */
    @Property(tries = 300)
    void blocksMapToTheLinesTheyCameFrom(@ForAll @Size(max = 30) List<@Size(min = 1, max = 4) List<String>> paragraphs,
                                         @ForAll @Size(max = 30) List<Boolean> headings,
                                         @ForAll @Size(max = 30) List<Integer> gaps) {
        StringBuilder md = new StringBuilder();
        List<int[]> expected = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean heading = i < headings.size() && headings.get(i);
            List<String> para = paragraphs.get(i);
            int start = line;
            if (heading) {
                md.append("## Heading ").append(i).append('\n');
                line++;
            } else {
                for (String text : para) {
                    md.append("w").append(text.replaceAll("[^A-Za-z0-9 ]", "x")).append('\n');
                    line++;
                }
            }
            expected.add(new int[] {start, line - 1});
            int gap = 1 + (i < gaps.size() ? Math.floorMod(gaps.get(i), 3) : 0);
            md.append("\n".repeat(gap));
            line += gap;
        }
        RenderedBody body = RENDERER.render(md.toString());
        assertThat(body.blocks()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            RenderedBlock b = body.blocks().get(i);
            assertThat(new int[] {b.startLine(), b.endLine()}).as("block %d", i).containsExactly(expected.get(i));
            assertThat(body.blockAtLine(expected.get(i)[1])).isSameAs(b);
        }
    }

    @Provide
    Arbitrary<String> hostileHtml() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "<b>", "</b>", "<i>", "<br>",
                        "<h1>", "</h1>", "<blockquote>", "<table><tr><td>", "</td><td>", "<pre>", "<code>", "<a href=\"",
                        "javascript:alert(1)", "https://example.org", "\">", "</a>", "<img src=\"", "\" alt=\"x\">",
                        "<span style=\"font-weight:700\">", "<p style=\"mso-list:l0 level2 lfo1\">",
                        "<span style=\"mso-list:Ignore\">1.</span>", "<o:p>", "<script>alert(1)</script>", "<!--", "-->"),
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(6));
        return fragment.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void pastedHtmlBecomesMarkdownThatRendersClean(@ForAll("hostileHtml") String html) {
        String markdown = HtmlToMarkdown.convert(html);
        assertClean(RENDERER.render(markdown));
    }

    private static final PageRenderer PAGES = new PageRenderer(RENDERER);

    @Property(tries = 200)
    void articlePageFromHostileFieldsHasNoScriptButJsonLd(@ForAll("hostileMarkdown") String body,
                                                          @ForAll("hostileMarkdown") String headline,
                                                          @ForAll("hostileMarkdown") String notes) {
        org.standfirst.model.ItemContent content = org.standfirst.model.ItemContent
                .blank(org.standfirst.model.ItemKind.PRESS_RELEASE)
                .withHeadline(headline).withStandfirst(headline).withByline(headline).withTopic(headline)
                .withTags(List.of(headline)).withBody(body).withNotesToEditors(notes);
        String html = PAGES.article(new ArticlePage(content, headline, java.time.Instant.EPOCH, null),
                PageOptions.export(org.standfirst.model.Channel.PRESS, HOSTILE_RESOLVER).withBaseUrl("https://example.org"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(doc.select("iframe, object, embed, body style, svg, math, form, base")).isEmpty();
        assertThat(doc.select("h1")).hasSize(1);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:");
            }
        }
    }

    static void assertClean(RenderedBody body) {
        for (String html : List.of(body.html(), body.previewHtml())) {
            Document doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("script, iframe, object, embed, style, svg, math, form, input, base, meta, link, frame"))
                    .as(html).isEmpty();
            for (Element e : doc.getAllElements()) {
                assertThat(ELEMENTS).as("element in %s", html).contains(e.normalName());
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as(html).doesNotStartWith("on");
                    assertThat(ATTRIBUTES).as("attribute in %s", html).contains(name);
                    String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                    assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:");
                    if (name.equals("href") || name.equals("src")) {
                        String scheme = UrlPolicy.scheme(value);
                        assertThat(scheme == null || Set.of("http", "https", "mailto", "tel").contains(scheme)
                                || value.matches("data:image/(png|jpeg|jpg|gif|webp);base64,.*")).as(html).isTrue();
                    }
                }
            }
        }
    }
}
