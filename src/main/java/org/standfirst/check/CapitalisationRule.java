package org.standfirst.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms with one right way to capitalise them ("cryo-EM", "Covid-19", "internet"). A capital
 * at the start of a sentence is always allowed.
 */
public final class CapitalisationRule extends Rule {
    private final Pattern pattern;
    private final Map<String, String> byLower = new HashMap<>();

    public CapitalisationRule(String id, Severity severity, String message, Set<String> fields, List<String> terms) {
        super(id, severity, message, fields);
        List<String> alternatives = new ArrayList<>();
        for (String t : terms) {
            byLower.put(t.toLowerCase(Locale.ROOT), t);
            alternatives.add(Pattern.quote(t));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        List<TermRule.Term> asTerms = terms.stream().map(t -> new TermRule.Term(t, null, null, false)).toList();
        pattern = Pattern.compile(TermRule.firstCharacters(asTerms, false) + "(?<![\\p{L}\\p{N}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}]|-\\p{L})",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            Matcher m = pattern.matcher(f.prose());
            while (m.find()) {
                String found = m.group();
                String want = byLower.get(found.toLowerCase(Locale.ROOT));
                if (want == null || found.equals(want) || f.inUrlOrEmail(m.start(), m.end())) {
                    continue;
                }
                String capitalised = Character.toUpperCase(want.charAt(0)) + want.substring(1);
                if (found.equals(capitalised) && f.atSentenceStart(m.start())) {
                    continue;
                }
                sink.add(this, f, m.start(), m.end(), message(), f.atSentenceStart(m.start()) ? capitalised : want);
            }
        }
    }
}
