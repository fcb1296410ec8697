package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.standfirst.render.PreviewMarks.Mark;

/** Comment and suggestion marks in the preview's HTML: where they belong, escaped, blocks intact. */
class PreviewMarksTest {
    private final MarkdownRenderer md = new MarkdownRenderer();

    private Document render(String markdown, List<Mark> marks) {
        RenderedBody b = PreviewMarks.apply(md.render(PreviewMarks.withTokens(markdown, marks)), marks);
        return Jsoup.parseBodyFragment(b.html());
    }

    private static Mark comment(String text, String words, String id) {
        int at = text.indexOf(words);
        return new Mark(Mark.Kind.COMMENT, id, at, at + words.length(), null);
    }

    @Test
    void commentedWordsAreMarkedWithTheirThreadAndNothingElseChanges() {
        String text = "Recruitment to **cancer trials** fell by about 60 per cent.";
        Document d = render(text, List.of(comment(text, "**cancer trials** fell", "t-1")));
        assertThat(d.select("mark.sf-comment").eachText()).containsExactly("cancer trials", "fell");
        assertThat(d.select("mark.sf-comment").eachAttr("data-thread")).containsOnly("t-1");
        assertThat(d.select("strong").text()).isEqualTo("cancer trials");
        assertThat(d.text()).isEqualTo("Recruitment to cancer trials fell by about 60 per cent.");
        assertThat(d.html()).doesNotContain("\u2E2A").doesNotContain("\u2E2B");
    }

    @Test
    void aCommentAcrossAHeadingAndAListKeepsTheirShape() {
        String text = "## Trial news\n\n- first point\n- second point\n\n_Emphasis_ here.";
        Document d = render(text, List.of(comment(text, "## Trial news\n\n- first", "a"), comment(text, "_Emphasis_", "b")));
        assertThat(d.select("h2").text()).isEqualTo("Trial news");
        assertThat(d.select("h2 mark").text()).isEqualTo("Trial news");
        assertThat(d.select("li")).hasSize(2);
        assertThat(d.select("li mark").text()).isEqualTo("first");
        assertThat(d.select("em mark[data-thread=b]").text()).isEqualTo("Emphasis");
    }

    @Test
    void aSuggestionShowsTheWordsStruckThroughAndItsReplacementEscaped() {
        String text = "Cancer trials recruitment fell.";
        int at = text.indexOf("fell");
        Document d = render(text, List.of(new Mark(Mark.Kind.SUGGESTION, "s-1", at, at + 4, "<script>alert(1)</script>dropped")));
        assertThat(d.select("del.sf-suggest").text()).isEqualTo("fell");
        assertThat(d.select("ins.sf-suggest").text()).isEqualTo("<script>alert(1)</script>dropped");
        assertThat(d.select("script")).isEmpty();
    }

    @Test
    void aRangeEndingInsideALinkAddressLeavesTheAddressWhole() {
        String text = "See [the figures](https://example.org/trials) now.";
        int at = text.indexOf("figures");
        int end = text.indexOf("trials)") + 2;
        Document d = render(text, List.of(new Mark(Mark.Kind.COMMENT, "x", at, end, null)));
        assertThat(d.select("a").attr("href")).isEqualTo("https://example.org/trials");
        assertThat(d.select("a mark").text()).isEqualTo("figures");
    }

    @Test
    void withoutMarksTheBodyIsExactlyAsRendered() {
        String text = "Plain *words*.";
        assertThat(PreviewMarks.apply(md.render(PreviewMarks.withTokens(text, List.of())), List.of()))
                .isEqualTo(md.render(text));
    }

    @Test
    void onlyTheBlocksHoldingMarksChangeSoThePreviewResendsNoOthers() {
        String text = "First paragraph stays.\n\nSecond has the comment.\n\nThird stays too.";
        List<Mark> marks = List.of(comment(text, "the comment", "c"));
        RenderedBody plain = md.render(text);
        RenderedBody marked = PreviewMarks.apply(md.render(PreviewMarks.withTokens(text, marks)), marks);
        assertThat(marked.blocks().get(0).key()).isEqualTo(plain.blocks().get(0).key());
        assertThat(marked.blocks().get(2).key()).isEqualTo(plain.blocks().get(2).key());
        assertThat(marked.blocks().get(1).key()).isNotEqualTo(plain.blocks().get(1).key());
        assertThat(marked.blocks().get(1).html()).contains("<mark class=\"sf-comment\" data-thread=\"c\">the comment</mark>");
    }

    @Test
    void anInsertionAndAMarkEndingWhereAnotherStartsStayInOrder() {
        String text = "One two three four.";
        int two = text.indexOf("two");
        int three = text.indexOf("three");
        List<Mark> marks = List.of(new Mark(Mark.Kind.COMMENT, "a", two, three - 1, null),
                new Mark(Mark.Kind.COMMENT, "b", three, three + 5, null),
                new Mark(Mark.Kind.SUGGESTION, "s", three + 5, three + 5, " and a half"));
        Document d = render(text, marks);
        assertThat(d.select("mark[data-thread=a]").text()).isEqualTo("two");
        assertThat(d.select("mark[data-thread=b]").text()).isEqualTo("three");
        assertThat(d.select("ins").text()).isEqualTo("and a half");
        assertThat(d.text()).isEqualTo("One two three and a half four.");
    }
}
