package org.standfirst.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passive voice, as advice: "the trial was stopped" hides who stopped it. Matches a form of
 * "to be" followed by a past participle (regular -ed forms and the common irregular ones).
 */
public final class PassiveVoiceRule extends Rule {
    private static final String IRREGULAR = "known|shown|given|taken|seen|found|made|done|written|told|held|thought"
            + "|brought|caught|chosen|driven|drawn|grown|begun|broken|built|bought|kept|left|led|lost|meant|met|paid"
            + "|put|run|said|sent|set|spent|taught|understood|won|funded|diagnosed|treated|known|hidden|shed|spread"
            + "|forgotten|undertaken|overseen|withdrawn";
    private static final Set<String> ADJECTIVES = Set.of("interested", "concerned", "tired", "pleased", "excited",
            "worried", "surprised", "married", "supposed", "used", "involved", "based", "related", "limited",
            "advanced", "detailed", "experienced", "qualified", "skilled", "talented", "complicated", "dedicated",
            "determined", "prepared", "scared", "satisfied", "needed", "red", "bed", "shed", "need", "indeed", "speed");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?=[aAiIwWbB])(?<![\\p{L}])(?:am|is|are|was|were|be|been|being)\\s+(?:(?:not|also|often|now|then|still|already|usually|widely|being)\\s+)?"
                    + "(\\p{L}+ed|" + IRREGULAR + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public PassiveVoiceRule(String id, Severity severity, String message, Set<String> fields) {
        super(id, severity, message, fields);
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.STANDFIRST, Fields.BODY);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            Matcher m = PASSIVE.matcher(f.prose());
            while (m.find()) {
                if (!ADJECTIVES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    sink.add(this, f, m.start(), m.end(), message(), null);
                }
            }
        }
    }
}
