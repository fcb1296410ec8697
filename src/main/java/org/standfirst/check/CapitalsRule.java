package org.standfirst.check;

import java.util.List;
import java.util.Set;

/**
 * Text in capitals is harder to read, and some screen readers spell it out letter by letter.
 * Flags a run of several all-capital words in a row (abbreviations alone are fine).
 */
public final class CapitalsRule extends Rule {
    private final int minWords;

    public CapitalsRule(String id, Severity severity, String message, Set<String> fields, int minWords) {
        super(id, severity, message, fields);
        this.minWords = Math.max(2, minWords);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            List<Word> words = f.words();
            int i = 0;
            while (i < words.size()) {
                int j = i;
                while (j < words.size() && capsOrA(words.get(j))
                        && (j == i || f.prose().substring(words.get(j - 1).end(), words.get(j).start()).isBlank())) {
                    j++;
                }
                int run = j - i;
                if (run >= minWords && words.get(i).isAllCaps()) {
                    sink.add(this, f, words.get(i).start(), words.get(j - 1).end(), message(), null);
                    i = j;
                } else {
                    i = Math.max(i + 1, j);
                }
            }
        }
    }

    private static boolean capsOrA(Word w) {
        return w.isAllCaps() || w.text().equals("A") || w.text().equals("I");
    }
}
