package org.standfirst.check;

import java.util.Objects;

/**
 * One thing a check found in one field of an item.
 *
 * @param rule        the rule's id, for example {@code house.per-cent}
 * @param field       which field: headline, standfirst, body, hero (alt text) or notesToEditors
 * @param line        1-based line in the field's source text (the Markdown for the body)
 * @param column      1-based column in that line, counted in UTF-16 chars
 * @param offset      0-based index of the match in the field's source text
 * @param length      length of the match in the source text (0 for a finding about a place)
 * @param text        the source text matched, exactly as it stands at offset
 * @param replacement what a quick fix puts in place of {@code text}, or null when there is none
 */
public record Finding(String rule, Severity severity, String message, String field, int line, int column,
                      int offset, int length, String text, String replacement) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasQuickFix() {
        return replacement != null;
    }

    public int end() {
        return offset + length;
    }
}
