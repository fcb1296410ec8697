package org.standfirst.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.standfirst.model.ItemContent;

/**
 * Words as the search index keeps them: accents removed, lower case, split on anything that is
 * not a letter or digit, so "Tumour-cell" and "tumour cell" index alike and "Müller" matches "muller".
 */
public final class Terms {
    static final int MAX_LENGTH = 40;

    private Terms() {
    }

    /** The distinct terms of a text, in order of first appearance; single letters are left out. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() > 1) {
                out.add(w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w);
            }
        }
        return out;
    }

    /** The terms of the searchable fields of an item: headline, standfirst, body and tags. */
    static Set<String> of(ItemContent c) {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(of(c.headline()));
        out.addAll(of(c.standfirst()));
        out.addAll(of(c.body()));
        out.addAll(of(String.join(" ", c.tags())));
        return out;
    }

    /** The words of a query, normalised the same way; every one must match as a prefix. */
    public static List<String> queryWords(String query) {
        List<String> out = new ArrayList<>();
        for (String w : words(query)) {
            String t = w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w;
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
