package org.standfirst.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One field of an item ready for checking: its prose, and the sentences and words found in it
 * once, so that every rule reads the same split.
 */
public final class FieldText {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "dr", "prof", "mr", "mrs", "ms", "st", "vs", "al", "approx", "no", "fig", "figs",
            "ca", "cf", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "vol", "pp", "ed", "eds", "dept", "univ");

    private final String field;
    private final ProseText text;
    private final List<Sentence> sentences;
    private final List<Word> words;
    private final List<int[]> skipped;

    public FieldText(String field, ProseText text) {
        this.field = field;
        this.text = text;
        this.skipped = new ArrayList<>();
        this.sentences = split(text, skipped);
        List<Word> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.words());
        }
        this.words = List.copyOf(all);
    }

    public String field() {
        return field;
    }

    public ProseText text() {
        return text;
    }

    public String source() {
        return text.source();
    }

    public String prose() {
        return text.prose();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Word> words() {
        return words;
    }

    /** True when the range touches a URL or e-mail address written in the prose (not a word to check). */
    public boolean inUrlOrEmail(int start, int end) {
        for (int[] r : skipped) {
            if (start < r[1] && end > r[0]) {
                return true;
            }
        }
        return false;
    }

    /** True when the prose at offset starts a sentence (only spaces, quotes and brackets before it in its sentence). */
    public boolean atSentenceStart(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < Math.max(s.end(), s.start() + 1)) {
                for (int i = s.start(); i < offset; i++) {
                    char c = text.prose().charAt(i);
                    if (!Character.isWhitespace(c) && "\"'‘“([".indexOf(c) < 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static List<Sentence> split(ProseText text, List<int[]> skipped) {
        List<Sentence> out = new ArrayList<>();
        String p = text.prose();
        for (ProseText.Block b : text.blocks()) {
            int i = b.start();
            int sentenceStart = -1;
            List<Word> words = new ArrayList<>();
            while (i < b.end()) {
                char c = p.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (sentenceStart < 0) {
                    sentenceStart = i;
                }
                int chunkEnd = i;
                while (chunkEnd < b.end() && !Character.isWhitespace(p.charAt(chunkEnd))) {
                    chunkEnd++;
                }
                String chunk = p.substring(i, chunkEnd);
                if (isUrlOrEmail(chunk)) {
                    skipped.add(new int[] {i, chunkEnd});
                } else {
                    addWords(p, i, chunkEnd, words.isEmpty(), words);
                }
                i = chunkEnd;
                if (endsSentence(chunk, p, chunkEnd, b.end())) {
                    out.add(new Sentence(sentenceStart, trimEnd(p, sentenceStart, chunkEnd), words, b.type()));
                    words = new ArrayList<>();
                    sentenceStart = -1;
                }
            }
            if (sentenceStart >= 0) {
                out.add(new Sentence(sentenceStart, trimEnd(p, sentenceStart, b.end()), words, b.type()));
            }
        }
        return out;
    }

    private static int trimEnd(String p, int from, int to) {
        while (to > from && Character.isWhitespace(p.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isUrlOrEmail(String chunk) {
        String c = chunk.toLowerCase(java.util.Locale.ROOT);
        if (c.contains("://") || c.startsWith("www.")) {
            return true;
        }
        int at = c.indexOf('@');
        return at > 0 && c.indexOf('.', at) > at + 1;
    }

    private static void addWords(String p, int from, int to, boolean firstInSentence, List<Word> out) {
        int i = from;
        boolean first = firstInSentence;
        while (i < to) {
            if (!Character.isLetterOrDigit(p.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char c = p.charAt(j);
                if (Character.isLetterOrDigit(c)) {
                    j++;
                } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2010') && j + 1 < to
                        && Character.isLetterOrDigit(p.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            out.add(new Word(i, j, p.substring(i, j), first && out.isEmpty()));
            first = false;
            i = j;
        }
    }

    /** A chunk ends a sentence when it ends in . ! or ? (perhaps inside quotes or brackets) and is not a known abbreviation. */
    private static boolean endsSentence(String chunk, String p, int chunkEnd, int blockEnd) {
        int k = chunk.length() - 1;
        while (k >= 0 && "\"'’”)]*_".indexOf(chunk.charAt(k)) >= 0) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char end = chunk.charAt(k);
        if (end == '!' || end == '?') {
            return true;
        }
        if (end != '.') {
            return false;
        }
        String stem = chunk.substring(0, k).replaceAll("^[\"'‘“(\\[]+", "").toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(stem) || (stem.length() == 1 && Character.isLetter(stem.charAt(0)))) {
            return false;
        }
        // "et al. found" continues; a new sentence starts with a capital, a digit or a quote.
        int n = chunkEnd;
        while (n < blockEnd && Character.isWhitespace(p.charAt(n))) {
            n++;
        }
        if (n >= blockEnd) {
            return true;
        }
        char next = p.charAt(n);
        return Character.isUpperCase(next) || Character.isDigit(next) || "\"'‘“(".indexOf(next) >= 0;
    }
}
