package org.standfirst.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standfirst.model.Approval;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.RevisionLink;

/**
 * The same verdicts as {@link ItemApprovals}, reached by reading only what they need: the item's
 * history without its text, its approvals, and the text of just the revisions whose approvals
 * matter (the head, and the earlier approved revisions the four-eyes walk reaches back to). On a
 * long item with many revisions the export gate then reads one or two revisions, not all of them.
 *
 * <p>An approval's validity depends only on approvals of revisions before it (its four-eyes walk
 * goes backwards and stops at the last validly approved revision), so it is settled by recursion
 * down the history, each answer kept; a cycle, which only an edited database can hold, counts as
 * not approved. A reviewer who wrote none of the history needs none of that: the gate then reads
 * the head revision alone.
 */
public final class ApprovalsOnDemand {
    /** Where the verdicts read from; each method is called at most once per revision or person. */
    public interface Source {
        /** The item's revisions without their text, oldest first. */
        List<RevisionLink> links();

        /** The item's approvals, in the order they were stored. */
        List<Approval> approvals();

        /** A revision of this item with its text, if stored. */
        Optional<Revision> revision(String id);

        /** A person by id, or null. */
        Person person(String id);
    }

    private final Item item;
    private final Source source;
    private Map<String, RevisionLink> links;
    private Map<String, List<Approval>> byRevision;
    private final Map<String, Optional<Revision>> revisions = new HashMap<>();
    private final Map<String, Boolean> intact = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Boolean> approved = new HashMap<>();
    private final Map<String, List<VerifiedApproval>> verified = new HashMap<>();
    private final Set<String> deciding = new HashSet<>();

    private ApprovalsOnDemand(Item item, Source source) {
        this.item = item;
        this.source = source;
    }

    public static ApprovalsOnDemand of(Item item, Source source) {
        return new ApprovalsOnDemand(item, source);
    }

    /** The export gate, as {@link ItemApprovals#reason()}: why the item is not approved, or empty when it is. */
    public String reason() {
        String early = ItemApprovals.stateReason(item);
        if (!early.isEmpty()) {
            return early;
        }
        Revision head = item.headRevisionId() == null || !links().containsKey(item.headRevisionId()) ? null
                : revision(item.headRevisionId()).orElse(null);
        return ItemApprovals.reason(item, head, head != null && intact(head), head == null ? List.of() : verifiedFor(head.id()));
    }

    /** True when the revision carries at least one valid approval. */
    public boolean isRevisionApproved(String revisionId) {
        Boolean known = approved.get(revisionId);
        if (known != null) {
            return known;
        }
        if (!deciding.add(revisionId)) {
            return false;
        }
        try {
            boolean ok = verifiedFor(revisionId).stream().anyMatch(VerifiedApproval::valid);
            approved.put(revisionId, ok);
            return ok;
        } finally {
            deciding.remove(revisionId);
        }
    }

    /** The approvals that name this revision, each verified. */
    public List<VerifiedApproval> verifiedFor(String revisionId) {
        List<VerifiedApproval> done = verified.get(revisionId);
        if (done != null) {
            return done;
        }
        List<VerifiedApproval> out = new ArrayList<>();
        for (Approval a : byRevision().getOrDefault(revisionId, List.of())) {
            out.add(check(a));
        }
        verified.put(revisionId, out);
        return out;
    }

    /** The four-eyes authors of a revision: its writer and whoever wrote since the last valid approval. */
    public Set<String> authors(String revisionId) {
        return FourEyes.authors(item.writerId(), revisionId, links()::get, this::isRevisionApproved);
    }

    private VerifiedApproval check(Approval a) {
        if (!a.itemId().equals(item.id())) {
            return new VerifiedApproval(a, null, false, "it names another item");
        }
        Revision r = links().containsKey(a.revisionId()) ? revision(a.revisionId()).orElse(null) : null;
        if (r == null) {
            return new VerifiedApproval(a, null, false, "the revision it names is missing");
        }
        if (!intact(r)) {
            return new VerifiedApproval(a, null, false, "the text of the revision it names has been altered");
        }
        // Whoever wrote anything up to this revision is a superset of its four-eyes authors, known
        // from the links alone; only a reviewer among them needs the earlier approvals settled.
        Set<String> anyAuthor = FourEyes.authors(item.writerId(), a.revisionId(), links()::get, id -> false);
        return ApprovalVerifier.verify(a, this::person, anyAuthor.contains(a.reviewerId()) ? authors(a.revisionId()) : anyAuthor);
    }

    private Map<String, RevisionLink> links() {
        if (links == null) {
            links = new LinkedHashMap<>();
            source.links().forEach(l -> links.put(l.id(), l));
        }
        return links;
    }

    private Map<String, List<Approval>> byRevision() {
        if (byRevision == null) {
            byRevision = new HashMap<>();
            for (Approval a : source.approvals()) {
                byRevision.computeIfAbsent(a.revisionId(), k -> new ArrayList<>()).add(a);
            }
        }
        return byRevision;
    }

    private Optional<Revision> revision(String id) {
        return revisions.computeIfAbsent(id, source::revision);
    }

    // Hashing a long revision is the costly part: each one is checked once.
    private boolean intact(Revision r) {
        return intact.computeIfAbsent(r.id(), k -> r.idMatchesContent());
    }

    private Person person(String id) {
        return people.computeIfAbsent(id, source::person);
    }
}
