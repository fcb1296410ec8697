package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A remark anchored to a quote in a revision. Threads hang off a root comment (parentId null).
 * The range is re-found by its quote when the text moves; an orphaned comment keeps its quote.
 */
public record Comment(String id, String itemId, String revisionId, String parentId, String authorId,
                      String quote, int start, int end, String text, boolean resolved, Instant created) {
    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(created, "created");
        quote = Text.orEmpty(quote);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A comment needs some text");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A comment's range runs forwards from 0");
        }
    }
}
