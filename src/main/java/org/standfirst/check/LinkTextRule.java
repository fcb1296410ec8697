package org.standfirst.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Link text must say where the link goes: screen-reader users often list a page's links out of
 * context, and a list of "click here" tells them nothing.
 */
public final class LinkTextRule extends Rule {
    private final Set<String> vague;

    public LinkTextRule(String id, Severity severity, String message, Set<String> fields, List<String> vague) {
        super(id, severity, message, fields);
        this.vague = Set.copyOf(vague.stream().map(LinkTextRule::normalise).toList());
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.BODY, Fields.NOTES_TO_EDITORS);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2019\u2026]", " ").replaceAll("\\s+", " ").strip();
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            for (ProseText.LinkRef l : f.text().links()) {
                if (vague.contains(normalise(l.text())) && l.textEnd() > l.textStart()) {
                    sink.add(this, f, l.textStart(), l.textEnd(), message(), null);
                }
            }
        }
    }
}
