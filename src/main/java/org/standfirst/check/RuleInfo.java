package org.standfirst.check;

/** What a settings screen lists about a rule: its id, type, severity, explanation, and whether it is on. */
public record RuleInfo(String id, String type, Severity severity, String message, boolean enabled) {
    /** The rule's explanation as it reads for one of its findings: {text} and {replacement} filled in. */
    public String explanation(Finding f) {
        return Rule.fill(message, f.text(), f.replacement());
    }
}
