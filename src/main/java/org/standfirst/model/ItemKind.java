package org.standfirst.model;

import java.util.Locale;

/** The kinds of editorial work an item can be. */
public enum ItemKind {
    NEWS_STORY("News story"),
    PRESS_RELEASE("Press release"),
    FEATURE("Feature"),
    REPORT_SECTION("Report section");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }

    /** Accepts NEWS_STORY, news-story, "news story" and the like. */
    public static ItemKind parse(String text) {
        String norm = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ItemKind k : values()) {
            if (k.name().equals(norm)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "Unknown kind '" + text + "': use news-story, press-release, feature or report-section");
    }
}
