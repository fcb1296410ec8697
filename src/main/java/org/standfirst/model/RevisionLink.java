package org.standfirst.model;

import java.util.List;
import java.util.Objects;

/**
 * A revision's place in the history without its content: who made it and what it follows.
 * Enough to walk the history (the four-eyes rule) without reading every revision's text.
 */
public record RevisionLink(String id, List<String> parentIds, String authorId) {
    public RevisionLink {
        Objects.requireNonNull(id, "id");
        parentIds = List.copyOf(parentIds == null ? List.of() : parentIds);
    }
}
