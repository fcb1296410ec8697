package org.standfirst.ui;

import org.standfirst.model.Text;

/** How long a text is, as the status bar says it: "1,234 words · 5 min read". */
public final class ReadingLength {
    private ReadingLength() {
    }

    public static String of(int words) {
        int minutes = Text.readingMinutes(words);
        return words == 1 ? "1 word" : String.format("%,d words", words) + (minutes == 0 ? "" : " · " + minutes + " min read");
    }
}
