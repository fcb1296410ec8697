package org.standfirst.app;

import java.util.List;

/** Everything the history view shows for an item: its revisions oldest first, and its audit log. */
public record ItemHistory(String itemId, List<RevisionSummary> revisions, List<AuditLine> audit) {
    public ItemHistory {
        revisions = List.copyOf(revisions);
        audit = List.copyOf(audit);
    }
}
