package org.standfirst.app;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standfirst.model.Approval;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.FieldProblem;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.RevisionLink;
import org.standfirst.model.WorkflowState;
import org.standfirst.store.WorkspaceStore;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.ApprovalSignature;
import org.standfirst.workflow.ApprovalsOnDemand;
import org.standfirst.workflow.Decision;
import org.standfirst.workflow.ItemApprovals;
import org.standfirst.workflow.RefusedException;
import org.standfirst.workflow.ReportGate;
import org.standfirst.workflow.RevisionDiff;
import org.standfirst.workflow.VerifiedApproval;
import org.standfirst.workflow.WordDiff;
import org.standfirst.workflow.WorkflowRules;

/**
 * Review for the UI and the command line: workflow transitions checked by {@link WorkflowRules}
 * and written to the audit log, signed approvals, the export gate, history, diffs, restoring an
 * old revision and the review queue. Every method may block on the store: call it off the FX
 * thread. Refusals are {@link RefusedException}s whose message is the one line to show.
 */
public final class ReviewService {
    private final WorkspaceStore store;
    private final ItemService items;
    private final PeopleService people;
    private final ReportService reports;
    private final Clock clock;

    ReviewService(WorkspaceStore store, ItemService items, PeopleService people, ReportService reports, Clock clock) {
        this.store = store;
        this.items = items;
        this.people = people;
        this.reports = reports;
        this.clock = clock;
    }

    // ---- what may be done

    /** Whether the person may do the action now, and if not why: for enabling buttons with a tooltip. */
    public Decision can(String itemId, String personRef, Action action) {
        Item item = items.get(itemId);
        Person p = people.resolve(personRef);
        return WorkflowRules.decide(p.role(), item.state(), action, isOwnWork(p.id(), item));
    }

    /** True when the person wrote the item or authored a revision since its last valid approval. */
    public boolean isOwnWork(String personId, Item item) {
        return authors(item).contains(personId);
    }

    private Set<String> authors(Item item) {
        return onDemand(item).authors(item.headRevisionId());
    }

    // ---- transitions

    /** Saves the working copy as a revision (checked against the field rules) and sends it for review. */
    public Item submit(String itemId, String personRef, String comment) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = items.get(itemId);
            WorkflowRules.decide(p.role(), item.state(), Action.SUBMIT, isOwnWork(p.id(), item)).orThrow();
            List<FieldProblem> problems = new java.util.ArrayList<>(items.problems(itemId, item.content()));
            // A draft may be saved with no body yet, but there is nothing to review (and export
            // would hold it back as "the body is empty" after a reviewer had approved it).
            if (item.content().body().isBlank()) {
                problems.add(new FieldProblem("body", "There is no body yet: write it before sending this for review"));
            }
            if (!problems.isEmpty()) {
                throw new ContentRejectedException(problems);
            }
            items.checkpoint(itemId, p.id(), "Submitted for review");
            return move(itemId, p, Action.SUBMIT, comment);
        });
    }

    public Item withdraw(String itemId, String personRef, String comment) {
        return simple(itemId, personRef, Action.WITHDRAW, comment);
    }

    /** Approves the item's latest revision, signed with the reviewer's key from this workspace. */
    public Item approve(String itemId, String personRef, String comment) {
        return approve(itemId, personRef, null, comment);
    }

    /**
     * Approves a named revision, which must still be the item's latest: the UI passes the revision
     * the reviewer was shown, so a revision saved meanwhile is never approved unseen.
     *
     * @param revisionId the revision reviewed, or null for the latest
     */
    public Item approve(String itemId, String personRef, String revisionId, String comment) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = store.items().findForUpdate(itemId).orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
            WorkflowRules.decide(p.role(), item.state(), Action.APPROVE, isOwnWork(p.id(), item)).orThrow();
            requireLatest(item, revisionId);
            PrivateKey key = people.privateKey(p.id()).orElseThrow(() -> new RefusedException("There is no signing key for "
                    + p.name() + " in this workspace: approve in " + p.name() + "'s own workspace"));
            Approval a = ApprovalSignature.sign(itemId, item.headRevisionId(), p.id(), now(), key);
            store.approvals().insert(a);
            return move(itemId, p, Action.APPROVE, comment);
        });
    }

    public Item requestChanges(String itemId, String personRef, String comment) {
        return requestChanges(itemId, personRef, null, comment);
    }

    /** @param revisionId the revision reviewed, or null for the latest */
    public Item requestChanges(String itemId, String personRef, String revisionId, String comment) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = items.get(itemId);
            WorkflowRules.decide(p.role(), item.state(), Action.REQUEST_CHANGES, isOwnWork(p.id(), item)).orThrow();
            requireLatest(item, revisionId);
            return move(itemId, p, Action.REQUEST_CHANGES, comment);
        });
    }

    public Item archive(String itemId, String personRef, String comment) {
        return simple(itemId, personRef, Action.ARCHIVE, comment);
    }

    /** Brings an archived item back as a draft; it needs review again. */
    public Item restore(String itemId, String personRef, String comment) {
        return simple(itemId, personRef, Action.RESTORE, comment);
    }

    /**
     * Records that an export published the item (for the publish layer). Only an item that
     * passes {@link #whyNotApproved} can be marked published.
     */
    public Item markPublished(String itemId, String personId, String comment) {
        return store.transaction(() -> {
            Item item = items.get(itemId);
            whyNotApproved(item).ifPresent(r -> {
                throw new RefusedException("Cannot publish: " + r);
            });
            if (item.state() == WorkflowState.PUBLISHED) {
                return item;
            }
            Instant now = now();
            store.items().setState(itemId, WorkflowState.PUBLISHED, now);
            store.audit().append(new AuditEntry(0, itemId, personId, Action.PUBLISH.key(), item.state(),
                    WorkflowState.PUBLISHED, item.headRevisionId(), comment, now));
            return items.get(itemId);
        });
    }

    private Item simple(String itemId, String personRef, Action action, String comment) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = items.get(itemId);
            WorkflowRules.decide(p.role(), item.state(), action, isOwnWork(p.id(), item)).orThrow();
            return move(itemId, p, action, comment);
        });
    }

    /** Re-checks the rule inside the transaction, sets the state and writes the audit entry. */
    private Item move(String itemId, Person p, Action action, String comment) {
        Item item = store.items().findForUpdate(itemId).orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
        WorkflowState to = WorkflowRules.decide(p.role(), item.state(), action, isOwnWork(p.id(), item)).orThrow();
        Instant now = now();
        store.items().setState(itemId, to, now);
        store.audit().append(new AuditEntry(0, itemId, p.id(), action.key(), item.state(), to, item.headRevisionId(),
                comment, now));
        return items.get(itemId);
    }

    /**
     * Takes a freshly imported sample item from draft to the state its file names by the same
     * transitions a person would make: submitted by its writer, approved (with a real signature)
     * or sent back by someone else who may review, published, or archived. Without anyone else
     * who may review, the state is set directly, as an audited "set-state".
     */
    void reachSampleState(String itemId, WorkflowState target) {
        Item item = items.get(itemId);
        Person writer = item.writerId() == null ? null : people.find(item.writerId()).orElse(null);
        Optional<Person> reviewer = people.all().stream()
                .filter(x -> x.role().canReview() && !x.id().equals(item.writerId()) && people.privateKey(x.id()).isPresent())
                .min(Comparator.comparing((Person x) -> x.role() != org.standfirst.model.Role.REVIEWER).thenComparing(Person::name));
        if (writer == null || reviewer.isEmpty()) {
            items.setState(itemId, target, item.writerId(), "Sample content");
            return;
        }
        String r = reviewer.get().id();
        switch (target) {
            case DRAFT -> { }
            case ARCHIVED -> archive(itemId, writer.id(), "No longer current");
            case IN_REVIEW -> move(itemId, writer, Action.SUBMIT, "Ready for review");
            case CHANGES_REQUESTED -> {
                move(itemId, writer, Action.SUBMIT, "Ready for review");
                requestChanges(itemId, r, "Please check the figures against the study before this goes out");
            }
            case APPROVED, PUBLISHED -> {
                move(itemId, writer, Action.SUBMIT, "Ready for review");
                approve(itemId, r, "Accurate and clear");
                if (target == WorkflowState.PUBLISHED) {
                    markPublished(itemId, r, "Published with the sample content");
                }
            }
        }
    }

    /** The export gate in the publish pipeline's terms: pass it to PublishPipeline and ChannelGate. */
    public org.standfirst.publish.ApprovalGate approvalGate() {
        return this::whyNotApproved;
    }

    private static void requireLatest(Item item, String revisionId) {
        if (item.headRevisionId() == null) {
            throw new RefusedException("'" + item.headline() + "' has no saved revision to review");
        }
        if (revisionId != null && !revisionId.equals(item.headRevisionId())) {
            throw new RefusedException("'" + item.headline() + "' has changed since you opened it: review the latest revision");
        }
    }

    // ---- the export gate

    /** The item's approvals, each verified (signature, reviewer, four eyes). */
    public ItemApprovals approvals(String itemId) {
        Item item = items.get(itemId);
        return approvals(item, revisionsById(itemId));
    }

    /**
     * The item's approvals verified as they are needed, reading the text of only the revisions
     * that matter: for the gate and the four-eyes rule, which run on every export and every button.
     */
    private ApprovalsOnDemand onDemand(Item item) {
        String itemId = item.id();
        return ApprovalsOnDemand.of(item, new ApprovalsOnDemand.Source() {
            @Override
            public List<RevisionLink> links() {
                return store.revisions().links(itemId);
            }

            @Override
            public List<Approval> approvals() {
                return store.approvals().forItem(itemId);
            }

            @Override
            public Optional<Revision> revision(String id) {
                return store.revisions().find(id);
            }

            @Override
            public Person person(String id) {
                return store.people().find(id).orElse(null);
            }
        });
    }

    private ItemApprovals approvals(Item item, Map<String, Revision> revs) {
        Map<String, Person> cache = new HashMap<>();
        return ItemApprovals.of(item, revs, store.approvals().forItem(item.id()),
                id -> cache.computeIfAbsent(id, k -> store.people().find(k).orElse(null)));
    }

    /**
     * The export gate: empty when the item is approved or published, its working copy is its head
     * revision, and that revision carries a valid signed approval by someone who did not write it;
     * otherwise the one-line reason. The item is read afresh from the store, so a caller's stale or
     * altered copy cannot pass it.
     */
    public Optional<String> whyNotApproved(Item item) {
        Item current = items.find(item.id()).orElse(null);
        if (current == null) {
            return Optional.of("'" + item.headline() + "' is not in this workspace");
        }
        String reason = onDemand(current).reason();
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    public boolean isApproved(Item item) {
        return whyNotApproved(item).isEmpty();
    }

    /** A report is approved only when every section is; empty when it is, else why not. */
    public Optional<String> whyReportNotApproved(String reportId) {
        Report r = reports.get(reportId);
        String reason = ReportGate.reason(r, reports.sections(reportId), this::isApproved);
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    // ---- history, diff, restore

    public ItemHistory history(String itemId) {
        Item item = items.get(itemId);
        List<Revision> revs = items.history(itemId);
        Map<String, Revision> byId = new LinkedHashMap<>();
        revs.forEach(r -> byId.put(r.id(), r));
        ItemApprovals approvals = approvals(item, byId);
        List<AuditEntry> audit = store.audit().forItem(itemId);
        Map<String, WorkflowState> stateAt = new HashMap<>();
        for (AuditEntry e : audit) {
            if (e.revisionId() != null && e.to() != null) {
                stateAt.put(e.revisionId(), e.to());
            }
        }
        List<RevisionSummary> out = new ArrayList<>();
        int n = 1;
        for (Revision r : revs) {
            boolean head = r.id().equals(item.headRevisionId());
            WorkflowState s = head ? item.state() : stateAt.getOrDefault(r.id(), WorkflowState.DRAFT);
            List<VerifiedApproval> va = approvals.all().stream().filter(v -> v.revisionId().equals(r.id())).toList();
            out.add(new RevisionSummary(n++, r, people.nameOf(r.authorId()), s, head, va));
        }
        List<AuditLine> lines = audit.stream().map(e -> new AuditLine(e, people.nameOf(e.actorId()))).toList();
        return new ItemHistory(itemId, out, lines);
    }

    /**
     * Finds a revision of the item by full id, by a unique prefix of at least six characters, by
     * its number in the history (1 is the first), or by "head".
     */
    public Revision revision(String itemId, String ref) {
        List<Revision> revs = items.history(itemId);
        String r = ref == null ? "" : ref.strip().toLowerCase(java.util.Locale.ROOT);
        if (r.equals("head")) {
            String head = items.get(itemId).headRevisionId();
            return revs.stream().filter(x -> x.id().equals(head)).findFirst()
                    .orElseThrow(() -> new NotFoundException("The item has no saved revision yet"));
        }
        if (r.matches("\\d{1,5}")) {
            int k = Integer.parseInt(r);
            if (k < 1 || k > revs.size()) {
                throw new NotFoundException("The item has revisions 1 to " + revs.size() + "; there is no revision " + k);
            }
            return revs.get(k - 1);
        }
        if (r.length() < 6) {
            throw new NotFoundException("Name a revision by its number, 'head', or at least six characters of its id");
        }
        List<Revision> match = revs.stream().filter(x -> x.id().startsWith(r)).toList();
        if (match.size() != 1) {
            throw new NotFoundException(match.isEmpty() ? "The item has no revision " + ref
                    : "More than one revision starts with " + ref + ": give more of the id");
        }
        return match.get(0);
    }

    /** A word-level comparison of two revisions of the item, field by field. */
    public RevisionDiff diff(String itemId, String fromRef, String toRef) {
        Revision a = revision(itemId, fromRef);
        Revision b = revision(itemId, toRef);
        return WordDiff.compare(a.id(), a.content(), b.id(), b.content());
    }

    /** What changed between the latest revision and the working copy (unsaved typing). */
    public RevisionDiff unsavedChanges(String itemId) {
        Item item = items.get(itemId);
        Revision head = item.headRevisionId() == null ? null : items.revision(item.headRevisionId()).orElse(null);
        return WordDiff.compare(head == null ? null : head.id(), head == null ? org.standfirst.model.ItemContent.blank(item.kind())
                : head.content(), null, item.content());
    }

    /**
     * Makes an old revision's text current again, as a new revision whose parent is the head (the
     * history keeps everything). Restoring an approved item's old text is an edit: it needs approval again.
     */
    public Revision restoreRevision(String itemId, String revisionRef, String personRef) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = items.get(itemId);
            WorkflowRules.decide(p.role(), item.state(), Action.EDIT, isOwnWork(p.id(), item)).orThrow();
            Revision old = revision(itemId, revisionRef);
            int number = items.history(itemId).indexOf(old) + 1;
            items.autosave(itemId, old.content());
            return items.checkpoint(itemId, p.id(), "Restored revision " + number + " (" + old.id().substring(0, 8) + ")");
        });
    }

    // ---- the review queue

    /**
     * Items in review that this person may review (not their own work), oldest submission first,
     * each with what changed since the revision they last reviewed.
     */
    public List<QueueEntry> awaitingReview(String personRef) {
        Person p = people.resolve(personRef);
        if (!p.role().canReview()) {
            return List.of();
        }
        List<QueueEntry> out = new ArrayList<>();
        for (Item item : items.list(org.standfirst.model.ItemQuery.all().withState(WorkflowState.IN_REVIEW))) {
            if (isOwnWork(p.id(), item)) {
                continue;
            }
            List<AuditEntry> audit = store.audit().forItem(item.id());
            Instant submitted = audit.stream().filter(e -> e.action().equals(Action.SUBMIT.key()))
                    .map(AuditEntry::at).reduce((x, y) -> y).orElse(item.updated());
            String last = lastReviewed(p.id(), item.id(), audit);
            RevisionDiff diff = null;
            if (last != null && item.headRevisionId() != null && !last.equals(item.headRevisionId())) {
                Revision a = items.revision(last).orElse(null);
                Revision b = items.revision(item.headRevisionId()).orElse(null);
                if (a != null && b != null) {
                    diff = WordDiff.compare(a.id(), a.content(), b.id(), b.content());
                }
            }
            out.add(new QueueEntry(item, people.nameOf(item.writerId()), submitted, last, diff));
        }
        out.sort(Comparator.comparing(QueueEntry::submitted).thenComparing(e -> e.item().id()));
        return out;
    }

    /** The revision this person last approved, sent back or commented on: what they last saw. */
    private String lastReviewed(String personId, String itemId, List<AuditEntry> audit) {
        Instant when = Instant.MIN;
        String revision = null;
        for (AuditEntry e : audit) {
            if (personId.equals(e.actorId()) && e.revisionId() != null && !e.at().isBefore(when)
                    && (e.action().equals(Action.APPROVE.key()) || e.action().equals(Action.REQUEST_CHANGES.key()))) {
                when = e.at();
                revision = e.revisionId();
            }
        }
        for (org.standfirst.model.Comment c : store.comments().forItem(itemId)) {
            if (personId.equals(c.authorId()) && c.revisionId() != null && !c.created().isBefore(when)) {
                when = c.created();
                revision = c.revisionId();
            }
        }
        return revision;
    }

    private Map<String, Revision> revisionsById(String itemId) {
        Map<String, Revision> m = new HashMap<>();
        items.history(itemId).forEach(r -> m.put(r.id(), r));
        return m;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
