package org.standfirst.check;

import java.util.Set;

/**
 * Spelling against British English. Two modes, two rules in a pack:
 * {@code american} flags American spellings with the British form as a quick fix;
 * {@code unknown} flags words in no list (British, vocabulary, workspace dictionary).
 * Numbers, URLs, e-mail addresses and all-capital abbreviations are not spelling; a capitalised
 * word inside a sentence is taken for a name and left alone.
 */
public final class SpellingRule extends Rule {
    public enum Mode { AMERICAN, UNKNOWN }

    private final Mode mode;
    private final Spelling spelling;

    public SpellingRule(String id, Severity severity, String message, Set<String> fields, Mode mode, Spelling spelling) {
        super(id, severity, message, fields);
        this.mode = mode;
        this.spelling = spelling;
    }

    @Override
    protected boolean yieldsToOtherRules() {
        return mode == Mode.UNKNOWN;
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            for (Word w : f.words()) {
                if (!w.hasLetter() || w.hasDigit() || w.isAllCaps()) {
                    continue;
                }
                if (w.isCapitalised() && !w.sentenceStart()) {
                    continue;
                }
                if (mode == Mode.AMERICAN) {
                    checkAmerican(f, w, sink);
                } else if (!spelling.knows(w.text()) && spelling.britishFor(w.text()) == null) {
                    sink.add(this, f, w.start(), w.end(), message(), null);
                }
            }
        }
    }

    private void checkAmerican(FieldText f, Word w, FindingSink sink) {
        // Hyphenated words are checked part by part: "tumor-suppressor" fixes only "tumor".
        String text = w.text();
        int partStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '-' || text.charAt(i) == '\u2010') {
                String part = text.substring(partStart, i);
                if (!part.isEmpty()) {
                    String british = spelling.britishFor(part);
                    if (british != null) {
                        int s = w.start() + partStart;
                        sink.add(this, f, s, s + part.length(), message(), british);
                    }
                }
                partStart = i + 1;
            }
        }
    }
}
