package org.standfirst.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An abbreviation defined before use: the first time a reader meets "MRD" it should follow the
 * words it stands for, as in "minimal residual disease (MRD)". Abbreviations a general reader
 * knows (NHS, DNA, MRI) and the genes and terms in the vocabulary need no definition.
 */
public final class AbbreviationRule extends Rule {
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
    private final Set<String> known;
    private final BritishDictionary dictionary;

    public AbbreviationRule(String id, Severity severity, String message, Set<String> fields, Set<String> known,
                            BritishDictionary dictionary) {
        super(id, severity, message, fields);
        this.known = Set.copyOf(known);
        this.dictionary = dictionary;
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.STANDFIRST, Fields.BODY);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        Set<String> seen = new HashSet<>();
        for (FieldText f : fieldsOf(item)) {
            String p = f.prose();
            for (Word w : f.words()) {
                String a = w.text();
                if (!w.isAllCaps() || a.length() > 8 || ROMAN.matcher(a).matches() || known.contains(a)
                        || dictionary.vocabularyAsWritten().contains(a) || !seen.add(a) || partOfCapitalsRun(f, w)) {
                    continue;
                }
                boolean definedHere = (w.start() > 0 && p.charAt(w.start() - 1) == '(')
                        || p.startsWith(" (", w.end());
                if (!definedHere) {
                    sink.add(this, f, w.start(), w.end(), message(), null);
                }
            }
        }
    }

    /** Words in a run of capitals ("EMBARGOED UNTIL MIDNIGHT") are shouting, not abbreviations. */
    private static boolean partOfCapitalsRun(FieldText f, Word w) {
        int i = f.words().indexOf(w);
        return (i > 0 && isCapsNeighbour(f, f.words().get(i - 1), w))
                || (i + 1 < f.words().size() && isCapsNeighbour(f, w, f.words().get(i + 1)));
    }

    private static boolean isCapsNeighbour(FieldText f, Word a, Word b) {
        return a.isAllCaps() && b.isAllCaps() && f.prose().substring(a.end(), b.start()).isBlank();
    }
}
