package org.standfirst.app;

import java.util.List;
import org.standfirst.model.Revision;
import org.standfirst.model.WorkflowState;
import org.standfirst.workflow.VerifiedApproval;

/**
 * One revision as the history view lists it: who made it and when (in the revision), the state
 * the item was in at that revision, whether it is the head, and its approvals, each verified.
 *
 * @param number the revision's place in the history, from 1
 */
public record RevisionSummary(int number, Revision revision, String authorName, WorkflowState state, boolean head,
                              List<VerifiedApproval> approvals) {
    public RevisionSummary {
        approvals = List.copyOf(approvals);
    }

    public String id() {
        return revision.id();
    }

    /** True when at least one approval of this revision verifies. */
    public boolean approved() {
        return approvals.stream().anyMatch(VerifiedApproval::valid);
    }
}
