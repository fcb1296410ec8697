package org.standfirst.check;

import java.util.Set;

/**
 * Headlines in sentence case: only the first word and names take a capital. A headline with
 * most of its words capitalised ("Whole-Body MRI Finds Hidden Myeloma") is in title case.
 */
public final class SentenceCaseRule extends Rule {
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on",
            "or", "the", "to", "with", "from", "into", "is", "are", "be");

    public SentenceCaseRule(String id, Severity severity, String message, Set<String> fields) {
        super(id, severity, message, fields);
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.HEADLINE);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            int counted = 0;
            int capitals = 0;
            for (Word w : f.words()) {
                if (w.sentenceStart() || w.isAllCaps() || !w.hasLetter() || SMALL.contains(w.text())) {
                    continue;
                }
                counted++;
                if (w.isCapitalised()) {
                    capitals++;
                }
            }
            if (counted >= 3 && capitals * 4 >= counted * 3) {
                int start = f.words().get(0).start();
                int end = f.words().get(f.words().size() - 1).end();
                sink.add(this, f, start, end, message(), null);
            }
        }
    }
}
