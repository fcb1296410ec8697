package org.standfirst.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formatting bar's edits, applied to text the way the editor applies them. */
class FormattingTest {
    private static String apply(String text, Formatting.Edit e) {
        return text.substring(0, e.start()) + e.text() + text.substring(e.end());
    }

    @Test
    void boldWrapsTheSelectionAndUnwrapsItAgain() {
        Formatting.Edit e = Formatting.bold("a word here", 2, 6);
        String once = apply("a word here", e);
        assertThat(once).isEqualTo("a **word** here");
        assertThat(once.substring(e.selStart(), e.selEnd())).isEqualTo("word");
        assertThat(apply(once, Formatting.bold(once, e.selStart(), e.selEnd()))).isEqualTo("a word here");
    }

    @Test
    void anEmptySelectionGetsAPlaceholderSelectedForTyping() {
        Formatting.Edit e = Formatting.italic("", 0, 0);
        assertThat(apply("", e)).isEqualTo("_italic text_");
        assertThat(apply("", e).substring(e.selStart(), e.selEnd())).isEqualTo("italic text");
    }

    @Test
    void headingCyclesThroughLevelsOnTheCaretLine() {
        String t = "Intro\nResults\nEnd";
        String h2 = apply(t, Formatting.heading(t, 8, 8));
        assertThat(h2).isEqualTo("Intro\n## Results\nEnd");
        String h3 = apply(h2, Formatting.heading(h2, 9, 9));
        assertThat(h3).isEqualTo("Intro\n### Results\nEnd");
        assertThat(apply(h3, Formatting.heading(h3, 10, 10))).isEqualTo(t);
    }

    @Test
    void tabNestsListItemsByTheirMarkersWidthAndShiftTabTakesThemBack() {
        String t = "Intro\n\n- first\n- second\n\n1. one\n2. two";
        int second = t.indexOf("second");
        Formatting.Edit in = Formatting.nestList(t, second, second, false);
        String nested = apply(t, in);
        assertThat(nested).isEqualTo("Intro\n\n- first\n  - second\n\n1. one\n2. two");
        assertThat(in.selStart()).isEqualTo(second + 2); // the caret stays in its word
        int two = nested.indexOf("two");
        assertThat(apply(nested, Formatting.nestList(nested, two, two, false))).endsWith("1. one\n   2. two");
        String back = apply(nested, Formatting.nestList(nested, in.selStart(), in.selStart(), true));
        assertThat(back).isEqualTo(t);
    }

    @Test
    void tabIsNotTheListsOutsideAListOrWithNothingToTakeOut() {
        String t = "A paragraph.\n\n- item";
        assertThat(Formatting.nestList(t, 3, 3, false)).isNull();
        assertThat(Formatting.nestList(t, 0, t.length(), false)).isNull(); // prose and a list together
        assertThat(Formatting.nestList(t, t.length(), t.length(), true)).isNull(); // already at the left
    }

    @Test
    void listAndQuoteToggleEveryLineOfTheSelection() {
        String t = "one\ntwo\n\nthree";
        String listed = apply(t, Formatting.bulletList(t, 0, t.length()));
        assertThat(listed).isEqualTo("- one\n- two\n\n- three");
        assertThat(apply(listed, Formatting.bulletList(listed, 0, listed.length()))).isEqualTo(t);
        assertThat(apply("said", Formatting.quote("said", 0, 4))).isEqualTo("> said");
    }

    @Test
    void linkKeepsTheWordsAndSelectsTheAddress() {
        Formatting.Edit e = Formatting.link("see the report", 8, 14);
        String out = apply("see the report", e);
        assertThat(out).isEqualTo("see the [report](https://)");
        assertThat(out.substring(e.selStart(), e.selEnd())).isEqualTo("https://");
    }

    @Test
    void findAndReplaceIgnoresCaseUnlessAsked() {
        assertThat(TextSearch.count("Tumor tumor TUMOR", "tumor", false)).isEqualTo(3);
        assertThat(TextSearch.count("Tumor tumor TUMOR", "tumor", true)).isEqualTo(1);
        assertThat(TextSearch.replaceAll("Tumor, tumor", "tumor", "tumour", false)).isEqualTo("tumour, tumour");
        assertThat(TextSearch.next("ab ab", "ab", 1, true)).isEqualTo(3);
        assertThat(TextSearch.next("ab ab", "ab", 4, true)).isEqualTo(0); // wraps round
    }
}
