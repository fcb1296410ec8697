package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Suggestion;

class SuggestionEditTest {
    private static Suggestion suggest(String body, String quote, String replacement) {
        int s = body.indexOf(quote);
        return new Suggestion("s1", "i", "r", "rev", quote, s, s + quote.length(), replacement, "",
                Suggestion.Status.OPEN, Instant.EPOCH, null, null);
    }

    @Test
    void appliesWhereTheQuoteNowIs() {
        String body = "Trials fell by 60 percent.";
        Suggestion s = suggest(body, "60 percent", "60 per cent");
        SuggestionEdit.Result r = SuggestionEdit.apply("In 2021, " + body, s);
        assertThat(r.applied()).isTrue();
        assertThat(r.body()).isEqualTo("In 2021, Trials fell by 60 per cent.");
    }

    @Test
    void refusesWhenTheQuotedWordsWereEditedOrRemoved() {
        Suggestion s = suggest("Trials fell by 60 percent overall.", "60 percent overall", "60 per cent overall");
        assertThat(SuggestionEdit.apply("Trials fell by 61 percent overall.", s).problem())
                .isEqualTo("The text this suggestion changes has been edited since; apply it by hand");
        assertThat(SuggestionEdit.apply("Trials recovered.", s).problem())
                .isEqualTo("The text this suggestion changes is no longer there");
    }
}
