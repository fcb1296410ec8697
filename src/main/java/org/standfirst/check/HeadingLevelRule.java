package org.standfirst.check;

import java.util.Set;

/**
 * Heading levels that skip (## then ####) break the outline that screen-reader users navigate
 * by. The headline is the page's level-1 heading, so the body starts at level 2.
 */
public final class HeadingLevelRule extends Rule {
    private final String levelOneMessage;

    public HeadingLevelRule(String id, Severity severity, String message, Set<String> fields, String levelOneMessage) {
        super(id, severity, message, fields);
        this.levelOneMessage = levelOneMessage;
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.BODY);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            int previous = 1;
            for (ProseText.HeadingRef h : f.text().headings()) {
                if (h.level() == 1 && levelOneMessage != null) {
                    sink.add(this, f, h.start(), h.end(), levelOneMessage, null);
                } else if (h.level() > previous + 1) {
                    String m = message().replace("{level}", Integer.toString(h.level()))
                            .replace("{expected}", Integer.toString(previous + 1));
                    sink.addSourceFix(this, f, h.start(), h.end(), m, "#".repeat(previous + 1) + " " + h.text());
                }
                previous = Math.max(1, h.level());
            }
        }
    }
}
