package org.standfirst.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.standfirst.model.Comment;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Suggestion;
import org.standfirst.store.SuggestionRepository;
import org.standfirst.store.WorkspaceStore;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.Anchor;
import org.standfirst.workflow.Reanchoring;
import org.standfirst.workflow.RefusedException;
import org.standfirst.workflow.SuggestionEdit;
import org.standfirst.workflow.WorkflowRules;

/**
 * Comments and suggestions on an item's body. Ranges are character offsets in the body (the
 * Markdown source the editor shows); each comment and suggestion keeps the quote it was made on
 * and is re-found by it when the text moves ({@link Reanchoring}). Comments are never exported.
 * Every method may block on the store: call it off the FX thread.
 */
public final class CommentService {
    private final WorkspaceStore store;
    private final SuggestionRepository suggestions;
    private final ItemService items;
    private final PeopleService people;
    private final ReviewService review;
    private final Clock clock;

    CommentService(WorkspaceStore store, ItemService items, PeopleService people, ReviewService review, Clock clock) {
        this.store = store;
        this.suggestions = new SuggestionRepository(store.db());
        this.items = items;
        this.people = people;
        this.review = review;
        this.clock = clock;
    }

    SuggestionRepository suggestionRepository() {
        return suggestions;
    }

    // ---- comments

    /**
     * Comments on the body text from start to end (the working copy as the editor shows it).
     * start == end with no quote makes a comment on the whole item.
     */
    public Comment add(String itemId, String personRef, int start, int end, String text) {
        Person p = people.resolve(personRef);
        Item item = items.get(itemId);
        WorkflowRules.decide(p.role(), item.state(), Action.COMMENT, false).orThrow();
        String body = item.content().body();
        if (start < 0 || end < start || end > body.length()) {
            throw new RefusedException("The selection " + start + "-" + end + " is outside the body (" + body.length() + " characters)");
        }
        Comment c = new Comment(UUID.randomUUID().toString(), itemId, item.headRevisionId(), null, p.id(),
                body.substring(start, end), start, end, clean(text), false, now());
        store.comments().insert(c);
        return c;
    }

    /** A comment about the item as a whole (no quote). */
    public Comment addGeneral(String itemId, String personRef, String text) {
        return add(itemId, personRef, 0, 0, text);
    }

    public Comment reply(String parentId, String personRef, String text) {
        Person p = people.resolve(personRef);
        Comment parent = get(parentId);
        Comment root = parent.parentId() == null ? parent : get(parent.parentId());
        Item item = items.get(root.itemId());
        WorkflowRules.decide(p.role(), item.state(), Action.COMMENT, false).orThrow();
        Comment c = new Comment(UUID.randomUUID().toString(), root.itemId(), item.headRevisionId(), root.id(),
                p.id(), "", 0, 0, clean(text), false, now());
        store.comments().insert(c);
        return c;
    }

    /** Marks a thread resolved (by anyone taking part in the review). */
    public void resolve(String commentId, String personRef) {
        setResolved(commentId, personRef, true);
    }

    public void reopen(String commentId, String personRef) {
        setResolved(commentId, personRef, false);
    }

    private void setResolved(String commentId, String personRef, boolean resolved) {
        people.resolve(personRef);
        Comment c = get(commentId);
        store.comments().setResolved(c.parentId() == null ? c.id() : c.parentId(), resolved);
    }

    /** Threads anchored in the item's working copy, in the order they appear in the text (orphans last). */
    public List<CommentThread> threads(String itemId) {
        return threads(itemId, items.get(itemId).content().body());
    }

    /** Threads anchored in a revision's text, for the history view. */
    public List<CommentThread> threadsAt(String itemId, String revisionRef) {
        return threads(itemId, review.revision(itemId, revisionRef).content().body());
    }

    private List<CommentThread> threads(String itemId, String body) {
        Map<String, List<CommentView>> replies = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : store.comments().forItem(itemId)) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(view(c));
            }
        }
        List<CommentThread> out = new ArrayList<>();
        for (Comment r : roots) {
            out.add(new CommentThread(view(r), replies.getOrDefault(r.id(), List.of()), Reanchoring.find(r.quote(), r.start(), body)));
        }
        out.sort(Comparator.comparing((CommentThread t) -> t.orphaned()).thenComparing(t -> t.anchor().start())
                .thenComparing(t -> t.root().comment().created()));
        return out;
    }

    private CommentView view(Comment c) {
        return new CommentView(c, people.nameOf(c.authorId()));
    }

    private Comment get(String id) {
        return store.comments().find(id).orElseThrow(() -> new NotFoundException("No comment has the id " + id));
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedException("A comment needs some text");
        }
        return text.strip();
    }

    // ---- suggestions

    /** Proposes replacing the body text from start to end (in the working copy) with the replacement. */
    public Suggestion suggest(String itemId, String personRef, int start, int end, String replacement, String note) {
        Person p = people.resolve(personRef);
        Item item = items.get(itemId);
        WorkflowRules.decide(p.role(), item.state(), Action.SUGGEST, false).orThrow();
        String body = item.content().body();
        if (start < 0 || end < start || end > body.length()) {
            throw new RefusedException("The selection " + start + "-" + end + " is outside the body (" + body.length() + " characters)");
        }
        String quote = body.substring(start, end);
        if (quote.equals(replacement == null ? "" : replacement)) {
            throw new RefusedException("The suggestion does not change the text");
        }
        Suggestion s = new Suggestion(UUID.randomUUID().toString(), itemId, item.headRevisionId(), p.id(), quote, start, end,
                replacement, note, Suggestion.Status.OPEN, now(), null, null);
        suggestions.insert(s);
        return s;
    }

    /** Finds the quote in the working copy and suggests replacing it (the command line's way to select). */
    public Suggestion suggestReplacing(String itemId, String personRef, String quote, String replacement, String note) {
        String body = items.get(itemId).content().body();
        int at = quote == null || quote.isEmpty() ? -1 : body.indexOf(quote);
        if (at < 0) {
            throw new RefusedException("The body does not contain the text '" + quote + "'");
        }
        return suggest(itemId, personRef, at, at + quote.length(), replacement, note);
    }

    /** Every suggestion on the item, open ones first in text order, each re-anchored in the working copy. */
    public List<SuggestionView> suggestions(String itemId) {
        String body = items.get(itemId).content().body();
        List<SuggestionView> out = new ArrayList<>();
        for (Suggestion s : suggestions.forItem(itemId)) {
            Anchor a = s.quote().isEmpty() ? new Anchor(Anchor.Status.UNCHANGED, s.start(), s.start())
                    : Reanchoring.find(s.quote(), s.start(), body);
            out.add(new SuggestionView(s, people.nameOf(s.authorId()), a));
        }
        out.sort(Comparator.comparing((SuggestionView v) -> !v.suggestion().isOpen()).thenComparing(v -> v.anchor().start()));
        return out;
    }

    /** Applies one suggestion to the working copy and saves a revision. */
    public SuggestionOutcome accept(String suggestionId, String personRef) {
        Suggestion s = suggestion(suggestionId);
        return decide(s.itemId(), personRef, List.of(s), true);
    }

    public SuggestionOutcome reject(String suggestionId, String personRef) {
        Suggestion s = suggestion(suggestionId);
        return decide(s.itemId(), personRef, List.of(s), false);
    }

    /** Applies every open suggestion that still fits the text, in text order, as one revision. */
    public SuggestionOutcome acceptAll(String itemId, String personRef) {
        return decide(itemId, personRef, open(itemId), true);
    }

    public SuggestionOutcome rejectAll(String itemId, String personRef) {
        return decide(itemId, personRef, open(itemId), false);
    }

    private List<Suggestion> open(String itemId) {
        return suggestions(itemId).stream().map(SuggestionView::suggestion).filter(Suggestion::isOpen).toList();
    }

    private SuggestionOutcome decide(String itemId, String personRef, List<Suggestion> chosen, boolean accept) {
        Person p = people.resolve(personRef);
        return store.transaction(() -> {
            Item item = store.items().findForUpdate(itemId).orElseThrow(() -> new NotFoundException("No item has the id " + itemId));
            // Accepting or rejecting is the writer's call: the same people who may edit.
            WorkflowRules.decide(p.role(), item.state(), Action.EDIT, review.isOwnWork(p.id(), item)).orThrow();
            String body = item.content().body();
            List<Suggestion> decided = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Instant now = now();
            for (Suggestion s : chosen) {
                if (!s.isOpen()) {
                    skipped.add("'" + s.quote() + "': already " + s.status().name().toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
                if (accept) {
                    SuggestionEdit.Result r = SuggestionEdit.apply(body, s);
                    if (!r.applied()) {
                        skipped.add("'" + s.quote() + "': " + r.problem());
                        continue;
                    }
                    body = r.body();
                }
                Suggestion d = s.decided(accept ? Suggestion.Status.ACCEPTED : Suggestion.Status.REJECTED, p.id(), now);
                suggestions.update(d);
                decided.add(d);
            }
            Revision rev = null;
            if (accept && !decided.isEmpty()) {
                items.autosave(itemId, item.content().withBody(body));
                rev = items.checkpoint(itemId, p.id(), decided.size() == 1 ? "Accepted a suggestion by "
                        + people.nameOf(decided.get(0).authorId()) : "Accepted " + decided.size() + " suggestions");
            }
            return new SuggestionOutcome(decided, skipped, rev);
        });
    }

    private Suggestion suggestion(String id) {
        return suggestions.find(id).orElseThrow(() -> new NotFoundException("No suggestion has the id " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
