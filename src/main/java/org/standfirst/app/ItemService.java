package org.standfirst.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.FieldProblem;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.ItemRules;
import org.standfirst.model.Revision;
import org.standfirst.model.Text;
import org.standfirst.model.WorkflowState;
import org.standfirst.store.StoreException;
import org.standfirst.store.WorkspaceStore;

/**
 * Items: create, autosave the working copy, checkpoint revisions, find, list, history.
 * Safe to call from any thread; every change is one transaction.
 */
public final class ItemService {
    private final WorkspaceStore store;
    private final Clock clock;

    ItemService(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new draft with this content (not checked against the field rules: a blank item is fine). */
    public Item create(ItemContent content, String writerId) {
        Instant now = now();
        Item item = new Item(UUID.randomUUID().toString(), content, writerId, WorkflowState.DRAFT, null, null, 0, now, now);
        store.items().insert(item);
        return item;
    }

    /** A new draft, checked against the field rules, with a first revision by its writer. */
    public Item createChecked(ItemContent content, String writerId, String message) {
        requireValid(content, null);
        return store.transaction(() -> {
            Item item = create(withUniqueSlug(content, null), writerId);
            checkpoint(item.id(), writerId, message);
            return get(item.id());
        });
    }

    public Optional<Item> find(String id) {
        return store.items().find(id);
    }

    /** The item with this id, or a {@link NotFoundException}. */
    public Item get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No item has the id " + id));
    }

    /** An item named by id, slug, or the start of its headline when only one matches. */
    public Item resolve(String ref) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            throw new NotFoundException("Name an item by its id, slug or headline");
        }
        Optional<Item> byId = find(r);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Item> bySlug = store.items().findBySlug(r);
        if (bySlug.size() == 1) {
            return bySlug.get(0);
        }
        List<Item> byHeadline = bySlug.isEmpty() ? store.items().findByHeadlinePrefix(r) : bySlug;
        if (byHeadline.size() == 1) {
            return byHeadline.get(0);
        }
        if (byHeadline.isEmpty()) {
            throw new NotFoundException("No item has the id, slug or headline '" + r + "'");
        }
        throw new NotFoundException("'" + r + "' matches " + byHeadline.size() + " items: use the id or slug");
    }

    /** Items matching the query, most recently updated first. */
    public List<Item> list(ItemQuery query) {
        return store.items().query(query);
    }

    public int count(ItemQuery query) {
        return store.items().count(query);
    }

    /** Topics in use, sorted: for filter menus. */
    public List<String> topics() {
        return store.items().topics();
    }

    /** Problems with content about to be saved; an unchanged past embargo is not one of them. */
    public List<FieldProblem> problems(String itemId, ItemContent content) {
        Instant previous = itemId == null ? null : find(itemId).map(i -> i.content().embargo()).orElse(null);
        return ItemRules.check(content, previous, now());
    }

    /**
     * Autosave: replaces the working copy in one transaction and makes no revision. Never
     * rejects content, so typing is never lost; rules are checked on explicit save and submit.
     */
    public Item autosave(String itemId, ItemContent content) {
        Instant now = now();
        return store.transaction(() -> {
            Item current = store.items().findForUpdate(itemId)
                    .orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
            if (current.content().equals(content)) {
                return current;
            }
            store.items().updateContent(itemId, content, now);
            return current.withContent(content, now);
        });
    }

    /**
     * A checkpoint: the working copy becomes a revision whose parent is the current head, and the
     * head moves to it. When the working copy equals the head, nothing is added and the head is
     * returned. Editing an approved or published item returns it to draft (DESIGN.md section 3).
     */
    public Revision checkpoint(String itemId, String authorId, String message) {
        return store.transaction(() -> {
            Item item = store.items().findForUpdate(itemId)
                    .orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
            String head = item.headRevisionId();
            if (head != null && store.revisions().hasContent(head, item.content())) {
                return store.revisions().find(head)
                        .orElseThrow(() -> new StoreException("The head revision " + head + " of item " + itemId + " is missing"));
            }
            Instant now = now();
            Revision r = Revision.of(itemId, head == null ? List.of() : List.of(head), item.content(), authorId, now, message);
            store.revisions().insert(r);
            store.items().setHead(itemId, r.id(), now);
            if (head != null && (item.state() == WorkflowState.APPROVED || item.state() == WorkflowState.PUBLISHED)) {
                store.items().setState(itemId, WorkflowState.DRAFT, now);
                store.audit().append(new AuditEntry(0, itemId, authorId, "edit", item.state(), WorkflowState.DRAFT, r.id(),
                        "Edited after approval: needs approval again", now));
            }
            return r;
        });
    }

    /** Explicit save: checks the rules, then autosave and checkpoint in one transaction. */
    public Revision save(String itemId, ItemContent content, String authorId, String message) {
        List<FieldProblem> problems = problems(itemId, content);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
        return store.transaction(() -> {
            autosave(itemId, content);
            return checkpoint(itemId, authorId, message);
        });
    }

    /** Sets the state directly, with an audit entry. The workflow service checks who may do what. */
    public Item setState(String itemId, WorkflowState state, String actorId, String note) {
        return store.transaction(() -> {
            Item item = store.items().findForUpdate(itemId)
                    .orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
            if (item.state() == state) {
                return item;
            }
            Instant now = now();
            store.items().setState(itemId, state, now);
            store.audit().append(new AuditEntry(0, itemId, actorId, "set-state", item.state(), state,
                    item.headRevisionId(), note, now));
            return item.withState(state, now);
        });
    }

    public Item setWriter(String itemId, String writerId) {
        store.items().setWriter(itemId, writerId, now());
        return get(itemId);
    }

    /** Every revision of the item, oldest first; the last is normally the head. */
    public List<Revision> history(String itemId) {
        return store.revisions().history(itemId);
    }

    public Optional<Revision> revision(String revisionId) {
        return store.revisions().find(revisionId);
    }

    /** Revisions that nothing descends from: one for a linear history, more after a fork. */
    public List<String> heads(String itemId) {
        return store.revisions().heads(itemId);
    }

    void requireValid(ItemContent content, String itemId) {
        List<FieldProblem> problems = problems(itemId, content);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
    }

    /** The content with a slug no other item uses: made from the headline when blank, then -2, -3... */
    ItemContent withUniqueSlug(ItemContent content, String itemId) {
        String base = content.slug().isEmpty() ? Text.slugOf(content.headline()) : content.slug();
        String slug = base;
        for (int n = 2; isTaken(slug, itemId); n++) {
            String suffix = "-" + n;
            slug = (base.length() + suffix.length() > org.standfirst.model.Slug.MAX_LENGTH
                    ? base.substring(0, org.standfirst.model.Slug.MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return content.withSlug(slug);
    }

    private boolean isTaken(String slug, String itemId) {
        return store.items().findBySlug(slug).stream().anyMatch(i -> !i.id().equals(itemId));
    }
}
