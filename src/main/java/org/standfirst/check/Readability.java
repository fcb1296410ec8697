package org.standfirst.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Flesch reading ease and Flesch–Kincaid grade of an item's prose (standfirst and body
 * paragraphs; headings and the headline are not sentences), with its longest sentences.
 *
 * @param ease    Flesch reading ease: 60–70 is plain English, under 30 is very hard
 * @param grade   Flesch–Kincaid grade: the US school grade needed to follow the text
 * @param longest the longest sentences, longest first (at most five)
 */
public record Readability(int words, int sentences, int syllables, double ease, double grade, List<LongSentence> longest) {
    /** A sentence to shorten: where it is and how long. */
    public record LongSentence(String field, int line, int column, int offset, int length, int words, String text) {
    }

    public Readability {
        longest = List.copyOf(longest);
    }

    public static Readability of(ItemText item) {
        List<FieldText> fields = new ArrayList<>();
        for (String name : List.of(Fields.STANDFIRST, Fields.BODY)) {
            FieldText f = item.field(name);
            if (f != null) {
                fields.add(f);
            }
        }
        return of(fields);
    }

    public static Readability of(List<FieldText> fields) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        List<LongSentence> all = new ArrayList<>();
        for (FieldText f : fields) {
            for (Sentence s : f.sentences()) {
                if (s.blockType() == ProseText.BlockType.HEADING || s.wordCount() == 0) {
                    continue;
                }
                sentences++;
                words += s.wordCount();
                for (Word w : s.words()) {
                    syllables += syllables(w.text());
                }
                all.add(new LongSentence(f.field(), f.text().lineOf(s.start()), f.text().columnOf(s.start()), s.start(),
                        s.end() - s.start(), s.wordCount(), f.source().substring(s.start(), s.end())));
            }
        }
        all.sort(Comparator.comparingInt(LongSentence::words).reversed().thenComparingInt(LongSentence::offset));
        double wps = sentences == 0 ? 0 : (double) words / sentences;
        double spw = words == 0 ? 0 : (double) syllables / words;
        double ease = words == 0 ? 0 : 206.835 - 1.015 * wps - 84.6 * spw;
        double grade = words == 0 ? 0 : 0.39 * wps + 11.8 * spw - 15.59;
        return new Readability(words, sentences, syllables, round1(ease), round1(grade), all.subList(0, Math.min(5, all.size())));
    }

    /** Combines sections of a report: totals summed, scores recomputed, longest sentences merged. */
    public static Readability combine(List<Readability> parts) {
        int w = 0;
        int s = 0;
        int syl = 0;
        List<LongSentence> all = new ArrayList<>();
        for (Readability r : parts) {
            w += r.words;
            s += r.sentences;
            syl += r.syllables;
            all.addAll(r.longest);
        }
        all.sort(Comparator.comparingInt(LongSentence::words).reversed());
        double wps = s == 0 ? 0 : (double) w / s;
        double spw = w == 0 ? 0 : (double) syl / w;
        return new Readability(w, s, syl, w == 0 ? 0 : round1(206.835 - 1.015 * wps - 84.6 * spw),
                w == 0 ? 0 : round1(0.39 * wps + 11.8 * spw - 15.59), all.subList(0, Math.min(5, all.size())));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Syllables by vowel groups, the usual estimate: a silent final e is dropped, every word has one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Math.max(1, w.length() / 2 + 1);
        }
        int count = 0;
        boolean prevVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && !prevVowel) {
                count++;
            }
            prevVowel = vowel;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
            count--;
        }
        if (w.endsWith("ed") && w.length() > 3 && !w.endsWith("ted") && !w.endsWith("ded") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
