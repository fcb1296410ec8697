package org.standfirst.app;

import org.standfirst.model.AuditEntry;

/** An audit entry with the actor's name, for the history view and `standfirst history`. */
public record AuditLine(AuditEntry entry, String actorName) {
}
