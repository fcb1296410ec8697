package org.standfirst.app;

import java.time.Instant;
import org.standfirst.model.Item;
import org.standfirst.workflow.RevisionDiff;

/**
 * An item awaiting someone's review. When they reviewed an earlier revision, the diff shows only
 * what changed since; otherwise it is null and the whole text is new to them.
 *
 * @param lastReviewedRevisionId the revision this reviewer last approved, requested changes on or
 *                               commented on, or null
 */
public record QueueEntry(Item item, String writerName, Instant submitted, String lastReviewedRevisionId,
                         RevisionDiff sinceLastReview) {
    public boolean reviewedBefore() {
        return lastReviewedRevisionId != null;
    }
}
