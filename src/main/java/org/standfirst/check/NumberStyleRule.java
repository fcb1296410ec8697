package org.standfirst.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers in house style: one to nine in words and 10 upwards in figures, except with units,
 * percentages, dates, times, money, decimals and labels such as "phase 3" (all set in the pack);
 * a sentence does not start with figures; five or more digits take commas (15,000).
 */
public final class NumberStyleRule extends Rule {
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    private final int wordsUpTo;
    private final Set<String> unitsAfter;
    private final Set<String> labelsBefore;
    private final String startMessage;
    private final String commaMessage;

    public NumberStyleRule(String id, Severity severity, String message, Set<String> fields, int wordsUpTo,
                           Set<String> unitsAfter, Set<String> labelsBefore, String startMessage, String commaMessage) {
        super(id, severity, message, fields);
        this.wordsUpTo = Math.min(9, wordsUpTo);
        this.unitsAfter = lower(unitsAfter);
        this.labelsBefore = lower(labelsBefore);
        this.startMessage = startMessage;
        this.commaMessage = commaMessage;
    }

    private static Set<String> lower(Set<String> s) {
        return Set.copyOf(s.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            String p = f.prose();
            for (Sentence s : f.sentences()) {
                List<Word> words = s.words();
                for (int i = 0; i < words.size(); i++) {
                    Word w = words.get(i);
                    String t = w.text();
                    if (!t.chars().allMatch(Character::isDigit) || partOfLargerNumber(p, w)) {
                        continue;
                    }
                    String before = i > 0 ? words.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
                    String after = i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
                    boolean exempt = labelsBefore.contains(before) || MONTHS.contains(before) || MONTHS.contains(after)
                            || unitsAfter.contains(after) || unitAttached(p, w) || moneyBefore(p, w);
                    int value = t.length() <= 2 ? Integer.parseInt(t) : -1;
                    if (value >= 1 && value <= wordsUpTo && t.length() == 1 && !exempt) {
                        String word = WORDS[value];
                        boolean first = i == 0 && f.atSentenceStart(w.start());
                        sink.add(this, f, w.start(), w.end(), message(),
                                first ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    } else if (i == 0 && f.atSentenceStart(w.start()) && !isYear(t) && value != 0 && startMessage != null
                            && s.blockType() != ProseText.BlockType.HEADING && !f.field().equals(Fields.HEADLINE)) {
                        sink.add(this, f, w.start(), w.end(), startMessage, null);
                    } else if (t.length() >= 5 && commaMessage != null) {
                        sink.add(this, f, w.start(), w.end(), commaMessage, withCommas(t));
                    }
                }
            }
        }
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20"));
    }

    /** 2.5, 1,500, 3/8, 10:30, 2-3: the digits are part of something bigger than one number. */
    private static boolean partOfLargerNumber(String p, Word w) {
        char prev = w.start() > 0 ? p.charAt(w.start() - 1) : ' ';
        char next = w.end() < p.length() ? p.charAt(w.end()) : ' ';
        char prev2 = w.start() > 1 ? p.charAt(w.start() - 2) : ' ';
        char next2 = w.end() + 1 < p.length() ? p.charAt(w.end() + 1) : ' ';
        String joiners = ".,/:-–×x";
        return (joiners.indexOf(prev) >= 0 && Character.isDigit(prev2))
                || (joiners.indexOf(next) >= 0 && Character.isDigit(next2));
    }

    /** 60%, 3°C, 5× straight after the digits. */
    private static boolean unitAttached(String p, Word w) {
        if (w.end() >= p.length()) {
            return false;
        }
        char next = p.charAt(w.end());
        return next == '%' || next == '°' || next == '×' || next == '\u00B5';
    }

    private static boolean moneyBefore(String p, Word w) {
        return w.start() > 0 && "£$€".indexOf(p.charAt(w.start() - 1)) >= 0;
    }

    static String withCommas(String digits) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
