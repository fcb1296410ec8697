package org.standfirst.check;

import java.util.ArrayList;
import java.util.List;

/** Collects findings, turning prose offsets into source lines, columns and text. */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Adds a finding over source range [start, end) of a field. The quick fix is dropped when
     * Markdown markup sits inside the range: replacing it would lose the markup.
     */
    public void add(Rule rule, FieldText f, int start, int end, String message, String replacement) {
        add(rule, rule.severity(), f, start, end, message, replacement);
    }

    public void add(Rule rule, Severity severity, FieldText f, int start, int end, String message, String replacement) {
        String text = f.source().substring(start, end);
        String fix = replacement != null && text.equals(f.prose().substring(start, end)) ? replacement : null;
        ProseText t = f.text();
        findings.add(new Finding(rule.id(), severity, Rule.fill(message, text, fix), f.field(),
                t.lineOf(start), t.columnOf(start), start, end - start, text, fix));
    }

    /** A finding whose quick fix rewrites the source itself, markup included (a heading's level). */
    public void addSourceFix(Rule rule, FieldText f, int start, int end, String message, String replacement) {
        String text = f.source().substring(start, end);
        ProseText t = f.text();
        findings.add(new Finding(rule.id(), rule.severity(), Rule.fill(message, text, replacement), f.field(),
                t.lineOf(start), t.columnOf(start), start, end - start, text, replacement));
    }

    /** A finding about a field with no range in its text (for example the hero image's missing alt text). */
    public void addWhole(Rule rule, String field, String text, String message) {
        findings.add(new Finding(rule.id(), rule.severity(), Rule.fill(message, text, null), field, 1, 1, 0, text.length(), text, null));
    }

    public List<Finding> findings() {
        return findings;
    }
}
