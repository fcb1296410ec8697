package org.standfirst.render;

/**
 * Printers' punctuation for running text: curly quotes and apostrophes, the en dash for "--",
 * the em dash for "---" and the ellipsis for "...". Code is never touched (it never reaches
 * here). Which way a quote curls depends on the character before it, which the caller finds
 * across inline boundaries ("*word*" then a quote).
 */
final class Typography {
    private static final String OPENERS = "([{<\u2013\u2014-/\u201c\u2018";

    private Typography() {
    }

    /** True when the text has nothing to change: the common case, kept cheap. */
    static boolean plain(String s) {
        return s.indexOf('"') < 0 && s.indexOf('\'') < 0 && !s.contains("--") && !s.contains("...");
    }

    /** @param before the character just before the text, or ' ' at the start of a block */
    static String smarten(String s, char before) {
        if (plain(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        char prev = before;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            switch (c) {
                case '"' -> sb.append(opens(prev) ? '\u201c' : '\u201d');
                case '\'' -> {
                    // An apostrophe after a letter or digit (it's, the 1990's) or before a year ('90s).
                    boolean apostrophe = Character.isLetterOrDigit(prev) || Character.isDigit(next);
                    sb.append(apostrophe || !opens(prev) ? '\u2019' : '\u2018');
                }
                case '-' -> {
                    if (next == '-') {
                        boolean em = i + 2 < n && s.charAt(i + 2) == '-';
                        sb.append(em ? '\u2014' : '\u2013');
                        i += em ? 2 : 1;
                        c = em ? '\u2014' : '\u2013';
                    } else {
                        sb.append(c);
                    }
                }
                case '.' -> {
                    if (next == '.' && i + 2 < n && s.charAt(i + 2) == '.') {
                        sb.append('\u2026');
                        i += 2;
                    } else {
                        sb.append(c);
                    }
                }
                default -> sb.append(c);
            }
            prev = c;
        }
        return sb.toString();
    }

    private static boolean opens(char prev) {
        return Character.isWhitespace(prev) || Character.isSpaceChar(prev) || OPENERS.indexOf(prev) >= 0;
    }
}
