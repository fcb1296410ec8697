package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/** One workflow transition: who moved which revision of an item from one state to another, and why. */
public record AuditEntry(long id, String itemId, String actorId, String action, WorkflowState from,
                         WorkflowState to, String revisionId, String comment, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        comment = Text.orEmpty(comment);
    }
}
