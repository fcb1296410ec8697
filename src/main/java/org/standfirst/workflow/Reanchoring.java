package org.standfirst.workflow;

/**
 * Finds a quote again in text that has changed: first an exact match nearest the old position,
 * then an approximate match (small edits within the quote), else the anchor is orphaned.
 *
 * <p>The approximate search is Sellers' semi-global edit distance, O(quote x text), so it is
 * limited to quotes of up to {@value #FUZZY_MAX_QUOTE} characters; longer quotes must match
 * exactly. A match counts when at most a quarter of the quote's characters differ.
 */
public final class Reanchoring {
    public static final int FUZZY_MAX_QUOTE = 400;
    /** Quotes shorter than this are too common to match approximately without false hits. */
    public static final int FUZZY_MIN_QUOTE = 8;

    private Reanchoring() {
    }

    public static Anchor find(String quote, int oldStart, String text) {
        if (quote == null || quote.isEmpty()) {
            return new Anchor(Anchor.Status.UNCHANGED, 0, 0);
        }
        int exact = nearestExact(quote, oldStart, text);
        if (exact >= 0) {
            return new Anchor(exact == oldStart ? Anchor.Status.UNCHANGED : Anchor.Status.MOVED, exact, exact + quote.length());
        }
        if (quote.length() < FUZZY_MIN_QUOTE || quote.length() > FUZZY_MAX_QUOTE) {
            return Anchor.orphaned();
        }
        int[] fuzzy = fuzzy(quote, oldStart, text, quote.length() / 4);
        return fuzzy == null ? Anchor.orphaned() : new Anchor(Anchor.Status.FUZZY, fuzzy[0], fuzzy[1]);
    }

    static int nearestExact(String quote, int oldStart, String text) {
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - oldStart) < Math.abs(best - oldStart)) {
                best = i;
            }
            if (i > oldStart) {
                break; // later matches are only further away
            }
        }
        return best;
    }

    /** The [start, end) of the closest approximate match within maxErrors, nearest the old start. */
    static int[] fuzzy(String quote, int oldStart, String text, int maxErrors) {
        int m = quote.length();
        int n = text.length();
        // prev[i] = edit distance of quote[0..i) against the best suffix of text ending here.
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int bestDist = maxErrors + 1;
        int bestEnd = -1;
        for (int j = 1; j <= n; j++) {
            cur[0] = 0;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (quote.charAt(i - 1) == c ? 0 : 1);
                cur[i] = Math.min(sub, Math.min(prev[i] + 1, cur[i - 1] + 1));
            }
            int d = cur[m];
            if (d < bestDist || (d == bestDist && bestEnd >= 0
                    && Math.abs(j - m - oldStart) < Math.abs(bestEnd - m - oldStart))) {
                bestDist = d;
                bestEnd = j;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        if (bestEnd < 0) {
            return null;
        }
        return new int[] {startOf(quote, text, bestEnd, maxErrors), bestEnd};
    }

    /** Runs the same search backwards from the end found, to find where that match begins. */
    private static int startOf(String quote, String text, int end, int maxErrors) {
        int m = quote.length();
        int from = Math.max(0, end - m - maxErrors);
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int best = Integer.MAX_VALUE;
        int bestStart = end;
        for (int j = end - 1; j >= from; j--) {
            // Anchored at the end: every text character passed over counts.
            cur[0] = end - j;
            char c = text.charAt(j);
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (quote.charAt(m - i) == c ? 0 : 1);
                cur[i] = Math.min(sub, Math.min(prev[i] + 1, cur[i - 1] + 1));
            }
            if (cur[m] < best) {
                best = cur[m];
                bestStart = j;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return bestStart;
    }
}
