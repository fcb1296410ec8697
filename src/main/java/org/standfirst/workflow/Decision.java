package org.standfirst.workflow;

import java.util.Objects;
import org.standfirst.model.WorkflowState;

/**
 * The answer of the workflow rules: allowed with the state the item moves to (which may be the
 * state it is in, for comments), or refused with one line a person can act on.
 */
public record Decision(boolean allowed, WorkflowState to, String reason) {
    public Decision {
        if (allowed) {
            Objects.requireNonNull(to, "to");
        } else if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        reason = reason == null ? "" : reason;
    }

    public static Decision allow(WorkflowState to) {
        return new Decision(true, to, "");
    }

    public static Decision refuse(String reason) {
        return new Decision(false, null, reason);
    }

    /** Throws {@link RefusedException} with the reason when refused; returns the new state otherwise. */
    public WorkflowState orThrow() {
        if (!allowed) {
            throw new RefusedException(reason);
        }
        return to;
    }
}
