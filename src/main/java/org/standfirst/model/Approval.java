package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's approval of one revision, signed with their Ed25519 key over the revision id. */
public record Approval(String itemId, String revisionId, String reviewerId, byte[] signature, Instant at) {
    public Approval {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(at, "at");
        signature = signature == null ? new byte[0] : signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Approval a && a.itemId.equals(itemId) && a.revisionId.equals(revisionId)
                && a.reviewerId.equals(reviewerId) && java.util.Arrays.equals(a.signature, signature) && a.at.equals(at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, revisionId, reviewerId, java.util.Arrays.hashCode(signature), at);
    }
}
