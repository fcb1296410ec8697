package org.standfirst.ui;

import org.standfirst.model.Item;

/** A headline as the window names it: "Untitled" while there is none yet. */
public final class HeadlineText {
    private HeadlineText() {
    }

    public static String of(String headline) {
        return headline == null || headline.isBlank() ? "Untitled" : headline;
    }

    public static String of(Item item) {
        return of(item.headline());
    }
}
