package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Approval;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.RevisionLink;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

/**
 * The export gate reached by reading only what it needs gives the same verdicts as verifying the
 * whole history, and on a long history reads the text of the head and the last approved revision only.
 */
class ApprovalsOnDemandTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final List<String> IDS = List.of("wri", "edi", "rev", "rev2");
    private final Map<String, KeyPair> keys = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    ApprovalsOnDemandTest() {
        Role[] roles = {Role.WRITER, Role.EDITOR, Role.REVIEWER, Role.REVIEWER};
        for (int i = 0; i < IDS.size(); i++) {
            KeyPair k = SignedApprovalTest.keys();
            keys.put(IDS.get(i), k);
            people.put(IDS.get(i), new Person(IDS.get(i), IDS.get(i), roles[i], k.getPublic().getEncoded(), NOW));
        }
    }

    /** Counts what the gate reads. */
    private static final class Counting implements ApprovalsOnDemand.Source {
        final Map<String, Revision> revs;
        final List<Approval> approvals;
        final Map<String, Person> people;
        final Set<String> read = new HashSet<>();
        int reads;

        Counting(Map<String, Revision> revs, List<Approval> approvals, Map<String, Person> people) {
            this.revs = revs;
            this.approvals = approvals;
            this.people = people;
        }

        @Override
        public List<RevisionLink> links() {
            return revs.values().stream().map(Revision::link).toList();
        }

        @Override
        public List<Approval> approvals() {
            return approvals;
        }

        @Override
        public Optional<Revision> revision(String id) {
            reads++;
            read.add(id);
            return Optional.ofNullable(revs.get(id));
        }

        @Override
        public Person person(String id) {
            return people.get(id);
        }
    }

    private record History(Item item, Map<String, Revision> revs, List<Approval> approvals) {
    }

    private History history(Random rnd, int length) {
        Map<String, Revision> revs = new LinkedHashMap<>();
        List<Approval> approvals = new ArrayList<>();
        List<String> order = new ArrayList<>();
        ItemContent content = ItemContent.blank(ItemKind.FEATURE).withHeadline("Long read");
        for (int i = 0; i < length; i++) {
            content = content.withBody("Paragraph " + i + " of a long report.");
            List<String> parents = new ArrayList<>();
            if (!order.isEmpty()) {
                parents.add(order.get(order.size() - 1));
                // Now and then a merge of two lines of work (a package reply).
                if (order.size() > 2 && rnd.nextInt(8) == 0) {
                    parents.add(order.get(rnd.nextInt(order.size() - 1)));
                }
            }
            String author = IDS.get(rnd.nextInt(3));
            Revision r = Revision.of("item", parents, content, author, NOW.plusSeconds(i), "");
            revs.put(r.id(), r);
            order.add(r.id());
            int approving = rnd.nextInt(4);
            for (int k = 0; k < approving - 1; k++) {
                String by = IDS.get(rnd.nextInt(IDS.size()));
                Approval a = ApprovalSignature.sign("item", r.id(), by, NOW.plusSeconds(i), keys.get(by).getPrivate());
                if (rnd.nextInt(6) == 0) {
                    byte[] sig = a.signature();
                    sig[3] ^= 1;
                    a = new Approval(a.itemId(), a.revisionId(), a.reviewerId(), sig, a.at());
                }
                approvals.add(a);
            }
        }
        Revision head = revs.get(order.get(order.size() - 1));
        ItemContent working = rnd.nextInt(10) == 0 ? head.content().withBody("Typed since") : head.content();
        WorkflowState state = rnd.nextInt(10) == 0 ? WorkflowState.IN_REVIEW : WorkflowState.APPROVED;
        return new History(new Item("item", working, "wri", state, head.id(), null, 0, NOW, NOW), revs, approvals);
    }

    @Test
    void sameVerdictsAsVerifyingTheWholeHistory() {
        int approvedSeen = 0;
        int refusedSeen = 0;
        for (int seed = 0; seed < 150; seed++) {
            Random rnd = new Random(seed);
            History h = history(rnd, 2 + rnd.nextInt(14));
            ItemApprovals whole = ItemApprovals.of(h.item(), h.revs(), h.approvals(), people::get);
            ApprovalsOnDemand lazy = ApprovalsOnDemand.of(h.item(), new Counting(h.revs(), h.approvals(), people));
            assertThat(lazy.reason()).as("seed %d", seed).isEqualTo(whole.reason());
            Set<String> approved = whole.all().stream().filter(VerifiedApproval::valid).map(VerifiedApproval::revisionId)
                    .collect(Collectors.toSet());
            for (Revision r : h.revs().values()) {
                assertThat(lazy.isRevisionApproved(r.id())).as("seed %d", seed).isEqualTo(whole.isRevisionApproved(r.id()));
                assertThat(lazy.authors(r.id())).as("seed %d", seed)
                        .isEqualTo(FourEyes.authors("wri", r.id(), h.revs(), approved));
            }
            if (whole.isApproved()) {
                approvedSeen++;
            } else {
                refusedSeen++;
            }
        }
        // The cases cover both verdicts, so the comparison means something.
        assertThat(approvedSeen).isGreaterThan(10);
        assertThat(refusedSeen).isGreaterThan(10);
    }

    @Test
    void onALongHistoryTheGateReadsTheHeadAndOnlyTheApprovedRevisionsItMustSettle() {
        // 60 revisions, approved every tenth; the editor wrote revision 35 and approves the head.
        Map<String, Revision> revs = new LinkedHashMap<>();
        List<Approval> approvals = new ArrayList<>();
        String parent = null;
        Revision r = null;
        for (int i = 0; i < 60; i++) {
            ItemContent c = ItemContent.blank(ItemKind.FEATURE).withHeadline("Long read").withBody("Round " + i);
            r = Revision.of("item", parent == null ? List.of() : List.of(parent), c, i == 35 ? "edi" : "wri", NOW.plusSeconds(i), "");
            revs.put(r.id(), r);
            parent = r.id();
            if (i % 10 == 9) {
                String by = i == 59 ? "edi" : "rev";
                approvals.add(ApprovalSignature.sign("item", r.id(), by, NOW.plusSeconds(i), keys.get(by).getPrivate()));
            }
        }
        List<String> order = new ArrayList<>(revs.keySet());
        Item item = new Item("item", r.content(), "wri", WorkflowState.APPROVED, r.id(), null, 0, NOW, NOW);

        // The reviewer wrote none of it: the head alone is read.
        List<Approval> byReviewer = new ArrayList<>(approvals.subList(0, approvals.size() - 1));
        byReviewer.add(ApprovalSignature.sign("item", r.id(), "rev", NOW, keys.get("rev").getPrivate()));
        Counting plain = new Counting(revs, byReviewer, people);
        assertThat(ApprovalsOnDemand.of(item, plain).reason()).isEmpty();
        assertThat(plain.read).containsExactly(r.id());

        // The editor wrote revision 35, approved since (at 39 and 49): the head and 49, where the
        // four-eyes walk stops, are read, and nothing older.
        Counting source = new Counting(revs, approvals, people);
        assertThat(ApprovalsOnDemand.of(item, source).reason()).isEmpty();
        assertThat(source.read).containsExactlyInAnyOrder(r.id(), order.get(49));

        // Without the approvals at 39 and 49 the editor's own words are in what they approve: refused.
        List<Approval> unapproved = approvals.stream()
                .filter(a -> !a.revisionId().equals(order.get(39)) && !a.revisionId().equals(order.get(49))).toList();
        assertThat(ApprovalsOnDemand.of(item, new Counting(revs, unapproved, people)).reason())
                .isEqualTo("'Long read' has an approval that does not verify: edi approved their own work");

        Counting draft = new Counting(revs, approvals, people);
        Item inReview = new Item("item", r.content(), "wri", WorkflowState.IN_REVIEW, r.id(), null, 0, NOW, NOW);
        assertThat(ApprovalsOnDemand.of(inReview, draft).reason()).isEqualTo("'Long read' is in review, not approved");
        assertThat(draft.reads).isZero();
    }
}
