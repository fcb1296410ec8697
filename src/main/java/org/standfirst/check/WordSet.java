package org.standfirst.check;

import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed set of words packed for memory: every word's characters one after another in a single
 * char[], sorted, with where each word starts in an int[], looked up by binary search. The
 * British list held as a HashSet of Strings took about 9 MB of the desktop app's heap (a String,
 * its bytes and a hash-table node per word); packed, it takes about 1.5 MB, for a look-up of some
 * seventeen comparisons instead of one hash.
 */
final class WordSet {
    private final char[] chars;
    /** Where word i starts in chars; word i ends where word i + 1 starts (the last at chars.length). */
    private final int[] starts;

    private WordSet(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
    }

    static WordSet of(Collection<String> words) {
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        int n = 0;
        int length = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
                sorted[n++] = sorted[i];
                length += sorted[i].length();
            }
        }
        char[] chars = new char[length];
        int[] starts = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = at;
            sorted[i].getChars(0, sorted[i].length(), chars, at);
            at += sorted[i].length();
        }
        return new WordSet(chars, starts);
    }

    int size() {
        return starts.length;
    }

    boolean contains(String word) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Word i compared with w, in String.compareTo's order (the order the words were sorted in). */
    private int compare(int i, String w) {
        int from = starts[i];
        int len = (i + 1 < starts.length ? starts[i + 1] : chars.length) - from;
        int common = Math.min(len, w.length());
        for (int k = 0; k < common; k++) {
            char a = chars[from + k];
            char b = w.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return len - w.length();
    }
}
