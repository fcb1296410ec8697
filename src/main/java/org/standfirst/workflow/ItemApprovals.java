package org.standfirst.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.standfirst.model.Approval;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.WorkflowState;

/**
 * Every approval of one item, verified together. Four eyes depends on which earlier approvals
 * are valid, so validity is settled by repeating until nothing changes: an approval that fails
 * stops counting as a boundary for the others.
 */
public final class ItemApprovals {
    private final Item item;
    private final Revision head;
    private final boolean headIntact;
    private final List<VerifiedApproval> verified;

    private ItemApprovals(Item item, Revision head, boolean headIntact, List<VerifiedApproval> verified) {
        this.item = item;
        this.head = head;
        this.headIntact = headIntact;
        this.verified = List.copyOf(verified);
    }

    /**
     * @param revisions the item's revisions by id; the head must be among them for the item to count as approved
     */
    public static ItemApprovals of(Item item, Map<String, Revision> revisions, List<Approval> approvals,
                                   Function<String, Person> people) {
        // Hashing a long revision is the costly part: each one is checked once per call.
        Map<String, Boolean> intact = new java.util.HashMap<>();
        java.util.function.Predicate<Revision> matches = r -> intact.computeIfAbsent(r.id(), k -> r.idMatchesContent());
        Set<String> boundary = new HashSet<>();
        for (Approval a : approvals) {
            Revision r = revisions.get(a.revisionId());
            if (r != null && a.itemId().equals(item.id()) && matches.test(r)) {
                boundary.add(a.revisionId());
            }
        }
        List<VerifiedApproval> out;
        while (true) {
            out = new ArrayList<>();
            Set<String> next = new HashSet<>();
            for (Approval a : approvals) {
                VerifiedApproval v = check(item, a, revisions, people, boundary, matches);
                out.add(v);
                if (v.valid()) {
                    next.add(a.revisionId());
                }
            }
            if (next.equals(boundary)) {
                break;
            }
            boundary = next;
        }
        Revision head = revisions.get(item.headRevisionId());
        return new ItemApprovals(item, head, head != null && matches.test(head), out);
    }

    private static VerifiedApproval check(Item item, Approval a, Map<String, Revision> revisions,
                                          Function<String, Person> people, Set<String> boundary,
                                          java.util.function.Predicate<Revision> matches) {
        if (!a.itemId().equals(item.id())) {
            return new VerifiedApproval(a, null, false, "it names another item");
        }
        Revision r = revisions.get(a.revisionId());
        if (r == null) {
            return new VerifiedApproval(a, null, false, "the revision it names is missing");
        }
        if (!matches.test(r)) {
            return new VerifiedApproval(a, null, false, "the text of the revision it names has been altered");
        }
        return ApprovalVerifier.verify(a, people, FourEyes.authors(item.writerId(), a.revisionId(), revisions, boundary));
    }

    public List<VerifiedApproval> all() {
        return verified;
    }

    /** True when the revision carries at least one valid approval. */
    public boolean isRevisionApproved(String revisionId) {
        return verified.stream().anyMatch(v -> v.valid() && v.revisionId().equals(revisionId));
    }

    /**
     * The export gate: the item is approved or published, has no unsaved edits beyond its head
     * revision, and that head revision carries a valid, signed approval by someone other than its
     * authors. A state of APPROVED alone is not enough.
     */
    public boolean isApproved() {
        return reason().isEmpty();
    }

    /** Why the item is not approved, in one line, or empty when it is. */
    public String reason() {
        String early = stateReason(item);
        if (!early.isEmpty()) {
            return early;
        }
        return reason(item, head, headIntact, head == null ? List.of()
                : verified.stream().filter(v -> v.revisionId().equals(head.id())).toList());
    }

    /** The gate's first question, answered from the item alone: is it approved or published at all? */
    static String stateReason(Item item) {
        if (item.state() != WorkflowState.APPROVED && item.state() != WorkflowState.PUBLISHED) {
            return "'" + item.headline() + "' is " + WorkflowRules.describe(item.state()) + ", not approved";
        }
        return "";
    }

    /**
     * The rest of the gate, shared with {@link ApprovalsOnDemand}.
     *
     * @param forHead the verified approvals that name the head revision
     */
    static String reason(Item item, Revision head, boolean headIntact, List<VerifiedApproval> forHead) {
        String early = stateReason(item);
        if (!early.isEmpty()) {
            return early;
        }
        if (head == null) {
            return "'" + item.headline() + "' has no saved revision to approve";
        }
        if (!headIntact) {
            return "'" + item.headline() + "' has a head revision whose text has been altered";
        }
        if (!head.content().equals(item.content())) {
            return "'" + item.headline() + "' has edits that are not in the approved revision";
        }
        if (forHead.stream().noneMatch(VerifiedApproval::valid)) {
            return "'" + item.headline() + "' " + (forHead.isEmpty()
                    ? "has no signed approval of its latest revision"
                    : "has an approval that does not verify: " + forHead.get(0).problem());
        }
        return "";
    }
}
