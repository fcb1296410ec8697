package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A proposed edit to an item's body: replace the quoted text (found at start..end in the named
 * revision) with the replacement. The writer accepts or rejects it; accepting applies it to the
 * working copy, re-found by its quote when the text has moved.
 *
 * @param decidedBy who accepted or rejected it, null while open
 */
public record Suggestion(String id, String itemId, String revisionId, String authorId, String quote,
                         int start, int end, String replacement, String note, Status status,
                         Instant created, String decidedBy, Instant decidedAt) {
    public enum Status { OPEN, ACCEPTED, REJECTED }

    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        quote = Text.orEmpty(quote);
        replacement = Text.orEmpty(replacement);
        note = Text.orEmpty(note);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A suggestion's range runs forwards from 0");
        }
        if (quote.equals(replacement)) {
            throw new IllegalArgumentException("A suggestion must change the text");
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Suggestion decided(Status s, String by, Instant at) {
        return new Suggestion(id, itemId, revisionId, authorId, quote, start, end, replacement, note, s, created, by, at);
    }

    public Suggestion anchoredAt(int newStart, int newEnd) {
        return new Suggestion(id, itemId, revisionId, authorId, quote, newStart, newEnd, replacement, note, status,
                created, decidedBy, decidedAt);
    }
}
