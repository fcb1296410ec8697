package org.standfirst.workflow;

import java.util.Objects;
import org.standfirst.model.Approval;

/**
 * An approval as read back and checked: valid, or invalid with the reason shown in the history
 * ("The signature does not match ..."). An invalid approval approves nothing.
 */
public record VerifiedApproval(Approval approval, String reviewerName, boolean valid, String problem) {
    public VerifiedApproval {
        Objects.requireNonNull(approval, "approval");
        reviewerName = reviewerName == null ? approval.reviewerId() : reviewerName;
        problem = problem == null ? "" : problem;
    }

    public String revisionId() {
        return approval.revisionId();
    }

    /** "Verified" or "Invalid: reason", as the history shows it. */
    public String label() {
        return valid ? "Verified" : "Invalid: " + problem;
    }
}
