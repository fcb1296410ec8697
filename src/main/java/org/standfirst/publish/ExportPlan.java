package org.standfirst.publish;

import java.util.List;

/**
 * What an export will write and what it holds back. Items are newest first (by publication
 * time, then id) so every listing built from the plan is in the same order every time.
 */
public record ExportPlan(List<PreparedItem> items, List<PreparedReport> reports, List<HeldBack> heldBack) {
    public ExportPlan {
        items = List.copyOf(items);
        reports = List.copyOf(reports);
        heldBack = List.copyOf(heldBack);
    }

    public boolean isEmpty() {
        return items.isEmpty() && reports.isEmpty();
    }
}
