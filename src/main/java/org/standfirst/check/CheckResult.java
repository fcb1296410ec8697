package org.standfirst.check;

import java.util.List;

/**
 * Everything a check of one item found: the findings in reading order, and the readability
 * scores with the kind's target (null when the pack sets none).
 */
public record CheckResult(List<Finding> findings, Readability readability, ReadabilityRule.Target target) {
    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
