package org.standfirst.ui.editor;

import java.util.Locale;

/** Plain-text find and replace over the body, case-sensitive or not. Pure, for testing. */
public final class TextSearch {
    private TextSearch() {
    }

    /** The start of the next match at or after from, wrapping round; -1 when there is none. */
    public static int next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return -1;
        }
        String t = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String q = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int i = t.indexOf(q, Math.min(Math.max(0, from), t.length()));
        return i >= 0 ? i : t.indexOf(q);
    }

    /** The start of the previous match strictly before from, wrapping round; -1 when there is none. */
    public static int previous(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return -1;
        }
        String t = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String q = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int i = from <= 0 ? -1 : t.lastIndexOf(q, from - 1);
        return i >= 0 ? i : t.lastIndexOf(q);
    }

    public static int count(String text, String query, boolean matchCase) {
        if (query.isEmpty()) {
            return 0;
        }
        String t = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String q = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + q.length())) {
            n++;
        }
        return n;
    }

    /** Every match replaced, left to right, without re-matching inserted text. */
    public static String replaceAll(String text, String query, String replacement, boolean matchCase) {
        if (query.isEmpty()) {
            return text;
        }
        String t = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String q = matchCase ? query : query.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, last)) {
            out.append(text, last, i).append(replacement);
            last = i + q.length();
        }
        return out.append(text.substring(last)).toString();
    }
}
