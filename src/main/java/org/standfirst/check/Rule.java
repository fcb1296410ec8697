package org.standfirst.check;

import java.util.List;
import java.util.Set;

/**
 * One house rule. Subclasses read an item and report what breaks the rule through a
 * {@link FindingSink}; they keep no state between checks, so one engine serves many threads.
 */
public abstract class Rule {
    private final String id;
    private final Severity severity;
    private final String message;
    private final Set<String> fields;

    /** @param fields the fields this rule reads; empty means its default fields */
    protected Rule(String id, Severity severity, String message, Set<String> fields) {
        this.id = id;
        this.severity = severity;
        this.message = message;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The explanation shown with every finding of this rule (may hold {text} and {replacement}). */
    public String message() {
        return message;
    }

    /** The fields this rule reads, from the pack or else the rule's own default. */
    protected Set<String> fields() {
        return fields.isEmpty() ? defaultFields() : fields;
    }

    protected Set<String> defaultFields() {
        return Set.of(Fields.HEADLINE, Fields.STANDFIRST, Fields.BODY, Fields.NOTES_TO_EDITORS);
    }

    protected List<FieldText> fieldsOf(ItemText item) {
        Set<String> wanted = fields();
        return item.fields().stream().filter(f -> wanted.contains(f.field())).toList();
    }

    public abstract void check(ItemText item, FindingSink sink);

    /** True for rules whose findings add nothing where another rule already marks the same text (unknown words). */
    protected boolean yieldsToOtherRules() {
        return false;
    }

    /** Fills {text} and {replacement} into a message. */
    static String fill(String template, String text, String replacement) {
        // One line, whatever the match spans: messages are shown in lists and printed a line each.
        return template.replace("{text}", text.replaceAll("\\s+", " ")).replace("{replacement}", replacement == null ? "" : replacement);
    }
}
