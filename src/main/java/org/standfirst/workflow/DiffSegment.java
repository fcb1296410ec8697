package org.standfirst.workflow;

import java.util.Objects;

/** A run of text in a diff: unchanged, added in the newer revision, or removed from the older. */
public record DiffSegment(Kind kind, String text) {
    public enum Kind { SAME, ADDED, REMOVED }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
