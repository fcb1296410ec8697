package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReanchoringTest {
    private static final String TEXT = "Recruitment to cancer trials fell by about 60 per cent during the pandemic.";
    private static final String QUOTE = "fell by about 60 per cent";
    private final int start = TEXT.indexOf(QUOTE);

    @Test
    void unchangedTextKeepsTheAnchor() {
        Anchor a = Reanchoring.find(QUOTE, start, TEXT);
        assertThat(a.status()).isEqualTo(Anchor.Status.UNCHANGED);
        assertThat(TEXT.substring(a.start(), a.end())).isEqualTo(QUOTE);
    }

    @Test
    void textInsertedBeforeMovesTheAnchorWithTheQuote() {
        String edited = "New figures show that " + TEXT;
        Anchor a = Reanchoring.find(QUOTE, start, edited);
        assertThat(a.status()).isEqualTo(Anchor.Status.MOVED);
        assertThat(edited.substring(a.start(), a.end())).isEqualTo(QUOTE);
    }

    @Test
    void theOccurrenceNearestTheOldPlaceWins() {
        String text = "It fell. " + "x".repeat(100) + " It fell. " + "y".repeat(100) + " It fell.";
        int old = text.indexOf("It fell.", 50) + 3; // the second, shifted a little
        Anchor a = Reanchoring.find("It fell.", old, text);
        assertThat(a.start()).isEqualTo(text.indexOf("It fell.", 50));
    }

    @Test
    void aSmallEditInsideTheQuoteIsFoundApproximately() {
        String edited = "Recruitment to cancer trials dropped by about 60 per cent during the pandemic.";
        Anchor a = Reanchoring.find("trials fell by about 60 per cent", TEXT.indexOf("trials"), edited);
        assertThat(a.status()).isEqualTo(Anchor.Status.FUZZY);
        assertThat(edited.substring(a.start(), a.end())).isEqualTo("trials dropped by about 60 per cent");
    }

    @Test
    void deletedTextOrphansTheComment() {
        String edited = "Recruitment to cancer trials recovered in 2022.";
        Anchor a = Reanchoring.find(QUOTE, start, edited);
        assertThat(a.status()).isEqualTo(Anchor.Status.ORPHANED);
        assertThat(a.describe()).isEqualTo("the quoted text is no longer in this revision");
    }
}
