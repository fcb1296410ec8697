package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/** A record that an item's revision left Standfirst: when, by whom, on which channel, to which folder. */
public record Publication(String id, String itemId, String revisionId, String channel, String formats,
                          String folder, String publishedBy, Instant publishedAt, String manifestSha256) {
    public Publication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
