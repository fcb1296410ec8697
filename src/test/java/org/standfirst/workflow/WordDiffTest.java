package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.workflow.DiffSegment.Kind;

class WordDiffTest {
    @Test
    void aChangedWordShowsAsThatWord() {
        List<DiffSegment> d = WordDiff.inline("Recruitment fell by 60 per cent.", "Recruitment dropped by 60 per cent.");
        assertThat(d).containsExactly(
                new DiffSegment(Kind.SAME, "Recruitment "),
                new DiffSegment(Kind.REMOVED, "fell"),
                new DiffSegment(Kind.ADDED, "dropped"),
                new DiffSegment(Kind.SAME, " by 60 per cent."));
    }

    @Test
    void tokensRebuildTheText() {
        String t = "The tumour's cells — squeezed\n\nthrough vessels, shed fragments.";
        assertThat(String.join("", WordDiff.tokens(t))).isEqualTo(t);
        assertThat(WordDiff.tokens("tumour's")).containsExactly("tumour's");
    }

    @Test
    void sideBySidePairsLinesAndMarksWords() {
        List<SideBySideRow> rows = WordDiff.sideBySide("First line.\nSecond line.\n", "First line.\nSecond verse.\nThird.\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).changed()).isFalse();
        assertThat(rows.get(1).left()).contains(new DiffSegment(Kind.REMOVED, "line"));
        assertThat(rows.get(1).right()).contains(new DiffSegment(Kind.ADDED, "verse"));
        assertThat(rows.get(2).left()).isEmpty();
        assertThat(rows.get(2).rightText()).isEqualTo("Third.");
    }

    @Test
    void revisionsCompareFieldByField() {
        ItemContent a = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Trials fall").withBody("Body.");
        RevisionDiff d = WordDiff.compare("a", a, "b", a.withHeadline("Trials fall sharply"));
        assertThat(d.fields()).extracting(FieldDiff::field).containsExactly("headline");
        assertThat(WordDiff.compare("a", a, "a", a).identical()).isTrue();
    }
}
