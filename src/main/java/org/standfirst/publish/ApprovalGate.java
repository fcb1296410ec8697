package org.standfirst.publish;

import java.util.Optional;
import org.standfirst.model.Item;

/**
 * Decides whether an item counts as approved for export. The first implementation trusts the
 * workflow state; the workflow layer can supply one that checks signed approvals of the head
 * revision instead, without the pipeline changing.
 */
@FunctionalInterface
public interface ApprovalGate {
    /** Why the item is not approved, or empty when it is. */
    Optional<String> whyNotApproved(Item item);

    /** Approved means state APPROVED or PUBLISHED. */
    static ApprovalGate byState() {
        return item -> switch (item.state()) {
            case APPROVED, PUBLISHED -> Optional.empty();
            default -> Optional.of("not approved (state: " + item.state().label() + ")");
        };
    }
}
