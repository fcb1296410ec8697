package org.standfirst.ui.review;

import org.standfirst.ui.ErrorText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standfirst.app.CommentThread;
import org.standfirst.app.ItemHistory;
import org.standfirst.app.RevisionSummary;
import org.standfirst.app.Standfirst;
import org.standfirst.app.SuggestionOutcome;
import org.standfirst.app.SuggestionView;
import org.standfirst.check.Finding;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.Decision;
import org.standfirst.workflow.RevisionDiff;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;

/**
 * The review of the item open in the editor, for the person working: what they may do now (and
 * why not), the history, the comment threads and the suggestions. Every call goes to the review
 * and comment services on the background lane; a refusal's one line goes to the window's notice.
 */
public final class ReviewViewModel {
    /** The actions the panel offers as buttons, in the order shown. */
    public static final List<Action> ACTIONS = List.of(Action.SUBMIT, Action.APPROVE, Action.REQUEST_CHANGES, Action.WITHDRAW);

    /** Everything the panel shows for one item, read in one go. */
    public record Snapshot(Item item, Map<Action, Decision> decisions, ItemHistory history, List<CommentThread> threads,
                           List<SuggestionView> suggestions) {
    }

    /**
     * The threads and suggestions anchored in one text of the item's body (the working copy as
     * saved): the editor and the preview mark them while that text is what the editor shows.
     */
    public record Anchors(String itemId, String body, List<CommentThread> threads, List<SuggestionView> suggestions) {
        /** The open threads and suggestions that are still found in the text, as marks to lay over it. */
        public List<ReviewMark> marks() {
            List<ReviewMark> out = new java.util.ArrayList<>();
            for (CommentThread t : threads) {
                if (!t.resolved() && t.anchor().found() && t.anchor().end() > t.anchor().start()) {
                    out.add(new ReviewMark(ReviewMark.Kind.COMMENT, t.root().id(), t.anchor().start(), t.anchor().end(), null));
                }
            }
            for (SuggestionView v : suggestions) {
                if (v.suggestion().isOpen() && v.anchor().found()) {
                    out.add(new ReviewMark(ReviewMark.Kind.SUGGESTION, v.id(), v.anchor().start(), v.anchor().end(),
                            v.suggestion().replacement()));
                }
            }
            return out;
        }
    }

    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final Supplier<Person> me;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<Anchors> anchors = new SimpleObjectProperty<>(this, "anchors");
    private final javafx.beans.property.StringProperty selected = new javafx.beans.property.SimpleStringProperty(this, "selected");
    private final ObservableList<RevisionSummary> revisions = FXCollections.observableArrayList();
    private String itemId;
    private long loads;
    private Consumer<String> onProblem = m -> { };
    private Consumer<String> onDone = m -> { };
    private Consumer<Item> onItemChanged = it -> { };
    private Runnable beforeAction = () -> { };
    private java.util.function.BiConsumer<String, Runnable> onRestored = (m, undo) -> onDone.accept(m);
    private ErrorsBeforeSubmit errorsBeforeSubmit = (item, errors, exportRefuses, submit) -> submit.run();

    /**
     * Asked on the FX thread when the item about to be submitted has error-level check findings
     * (issue #6: submitting lists the errors first). Run {@code submit} to send it anyway.
     *
     * @param exportRefuses true when this workspace's public export refuses items with errors
     */
    public interface ErrorsBeforeSubmit {
        void ask(Item item, List<Finding> errors, boolean exportRefuses, Runnable submit);
    }

    public ReviewViewModel(Workstation ws, BackgroundTasks tasks, Supplier<Person> me) {
        this.ws = ws;
        this.tasks = tasks;
        this.me = me;
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    /** Where the threads and suggestions are in the text last saved; renewed after every save. */
    public ObjectProperty<Anchors> anchorsProperty() {
        return anchors;
    }

    /** The id of the thread or suggestion chosen in the panel or under the editor's caret, or null. */
    public javafx.beans.property.StringProperty selectedProperty() {
        return selected;
    }

    public ObservableList<RevisionSummary> revisions() {
        return revisions;
    }

    public String itemId() {
        return itemId;
    }

    /** How many snapshots have arrived (tests wait on it). */
    public long loads() {
        return loads;
    }

    public void setOnProblem(Consumer<String> c) {
        onProblem = c;
    }

    /** A one-line confirmation of what was done, such as "Sent for review". */
    public void setOnDone(Consumer<String> c) {
        onDone = c;
    }

    /** Called with the item after an action changed its state or text, so the editor can show it. */
    public void setOnItemChanged(Consumer<Item> c) {
        onItemChanged = c;
    }

    public void setOnErrorsBeforeSubmit(ErrorsBeforeSubmit ask) {
        errorsBeforeSubmit = ask;
    }

    /** Runs before every action on the FX thread: the editor saves what is typed, so the action sees it. */
    public void setBeforeAction(Runnable r) {
        beforeAction = r;
    }

    /** Shows an item (or nothing: null) and reads its review afresh. */
    public void show(String id) {
        itemId = id;
        selected.set(null);
        anchors.set(null);
        if (id == null) {
            snapshot.set(null);
            revisions.clear();
            return;
        }
        refresh();
    }

    public void refresh() {
        String id = itemId;
        Person p = me.get();
        if (id == null || p == null) {
            return;
        }
        run(() -> {
            Standfirst app = ws.services();
            Map<Action, Decision> d = new EnumMap<>(Action.class);
            for (Action a : ACTIONS) {
                d.put(a, app.review().can(id, p.id(), a));
            }
            d.put(Action.COMMENT, app.review().can(id, p.id(), Action.COMMENT));
            d.put(Action.EDIT, app.review().can(id, p.id(), Action.EDIT));
            Item item = app.items().get(id);
            return new Snapshot(item, d, app.review().history(id), app.comments().threads(id), app.comments().suggestions(id));
        }, s -> {
            if (id.equals(itemId)) {
                loads++;
                anchors.set(new Anchors(id, s.item().content().body(), s.threads(), s.suggestions()));
                var newestFirst = new java.util.ArrayList<>(s.history().revisions());
                java.util.Collections.reverse(newestFirst);
                revisions.setAll(newestFirst);
                snapshot.set(s);
            }
        });
    }

    /**
     * Reads again only where the threads and suggestions sit in the saved text (after an autosave):
     * the quotes are re-found by the comment service, without the history or the decisions.
     */
    public void refreshAnchors() {
        String id = itemId;
        if (id == null || snapshot.get() == null) {
            return;
        }
        run(() -> {
            Standfirst app = ws.services();
            String body = app.items().get(id).content().body();
            return new Anchors(id, body, app.comments().threads(id), app.comments().suggestions(id));
        }, a -> {
            if (id.equals(itemId)) {
                anchors.set(a);
            }
        });
    }

    /**
     * Proposes replacing the body text from start to end of the working copy (as the editor shows
     * it: it is saved first) with the replacement, as the person working.
     */
    public void suggest(int start, int end, String replacement, String note) {
        String id = itemId;
        Person p = me.get();
        if (id == null || p == null) {
            return;
        }
        beforeAction.run();
        run(() -> ws.services().comments().suggest(id, p.id(), start, end, replacement, note == null ? "" : note), s -> {
            onDone.accept("Suggested a change. The writer can accept or reject it in the Review tab.");
            selected.set(s.id());
            refresh();
        });
    }

    /** Accepts or rejects every open suggestion at once (those that no longer fit the text are left open). */
    public void decideAll(boolean accept) {
        Person p = me.get();
        String id = itemId;
        if (id == null || p == null) {
            return;
        }
        beforeAction.run();
        run(() -> {
            var comments = ws.services().comments();
            SuggestionOutcome o = accept ? comments.acceptAll(id, p.id()) : comments.rejectAll(id, p.id());
            return new Object[] {o, ws.services().items().get(id)};
        }, r -> {
            SuggestionOutcome o = (SuggestionOutcome) r[0];
            int n = o.decided().size();
            String done = (accept ? "Accepted " : "Rejected ") + (n == 1 ? "1 suggestion" : n + " suggestions") + ".";
            if (!o.skipped().isEmpty()) {
                onProblem.accept(done + " Left open: " + o.skipped().get(0) + (o.skipped().size() > 1
                        ? " (and " + (o.skipped().size() - 1) + " more)" : ""));
            } else {
                onDone.accept(done);
            }
            if (accept && n > 0) {
                onItemChanged.accept((Item) r[1]);
            }
            refresh();
        });
    }

    /** Submits, approves (the revision shown), requests changes or withdraws, with an optional note. */
    public void act(Action action, String note) {
        Snapshot s = snapshot.get();
        Person p = me.get();
        if (s == null || p == null) {
            return;
        }
        beforeAction.run();
        String id = s.item().id();
        String shownRevision = s.item().headRevisionId();
        String comment = note == null ? "" : note.strip();
        Decision submit = s.decisions().get(Action.SUBMIT);
        if (action == Action.SUBMIT && submit != null && submit.allowed()) {
            // The errors first: the text as saved just now, checked as the problems panel checks it.
            run(() -> {
                Standfirst app = ws.services();
                Item item = app.items().get(id);
                return new Object[] {item, app.checks().check(id, item.content()).errors(), app.checks().exportGate()};
            }, r -> {
                @SuppressWarnings("unchecked")
                List<Finding> errors = (List<Finding>) r[1];
                if (errors.isEmpty()) {
                    perform(action, p, id, shownRevision, comment);
                } else {
                    errorsBeforeSubmit.ask((Item) r[0], errors, (Boolean) r[2], () -> perform(action, p, id, shownRevision, comment));
                }
            });
            return;
        }
        perform(action, p, id, shownRevision, comment);
    }

    private void perform(Action action, Person p, String id, String shownRevision, String comment) {
        run(() -> {
            var review = ws.services().review();
            return switch (action) {
                case SUBMIT -> review.submit(id, p.id(), comment);
                case APPROVE -> review.approve(id, p.id(), shownRevision, comment);
                case REQUEST_CHANGES -> review.requestChanges(id, p.id(), shownRevision, comment);
                case WITHDRAW -> review.withdraw(id, p.id(), comment);
                default -> throw new IllegalArgumentException("The panel does not offer " + action.key());
            };
        }, item -> {
            onDone.accept(switch (action) {
                case SUBMIT -> "Sent for review.";
                case APPROVE -> "Approved this revision.";
                case REQUEST_CHANGES -> "Sent back to the writer with changes requested.";
                default -> "Withdrawn from review; it is a draft again.";
            });
            onItemChanged.accept(item);
            refresh();
        });
    }

    /** A word diff of two revisions of the item shown, oldest first as given. */
    public void compare(String fromRevisionId, String toRevisionId, Consumer<RevisionDiff> shown) {
        String id = itemId;
        if (id == null) {
            return;
        }
        run(() -> ws.services().review().diff(id, fromRevisionId, toRevisionId), shown);
    }

    /** True when the person working may edit the item shown now (and so restore an old revision). */
    public boolean mayEdit() {
        Snapshot s = snapshot.get();
        Decision d = s == null ? null : s.decisions().get(Action.EDIT);
        return d != null && d.allowed();
    }

    /**
     * Makes an old revision's text current again as a new revision. Typing not yet in a revision
     * is saved as one first, so nothing is lost; the confirmation offers Undo, which restores the
     * revision that was current before.
     */
    public void restoreRevision(RevisionSummary old) {
        Person p = me.get();
        String id = itemId;
        if (p == null || id == null) {
            return;
        }
        beforeAction.run();
        run(() -> {
            Standfirst app = ws.services();
            if (ws.aheadOfCheckpoint(id)) {
                app.items().checkpoint(id, p.id(), "Saved before restoring revision " + old.number());
            }
            String before = app.items().get(id).headRevisionId();
            app.review().restoreRevision(id, old.id(), p.id());
            return new Object[] {app.items().get(id), before, app.items().history(id).size()};
        }, r -> {
            Item item = (Item) r[0];
            String before = (String) r[1];
            int now = (Integer) r[2];
            onRestored.accept("Restored revision " + old.number() + " as revision " + now + ".", () -> undoRestore(before, now));
            onItemChanged.accept(item);
            refresh();
        });
    }

    private void undoRestore(String revisionId, int restoredAs) {
        Person p = me.get();
        String id = itemId;
        if (p == null || id == null) {
            return;
        }
        beforeAction.run();
        run(() -> {
            Standfirst app = ws.services();
            app.review().restoreRevision(id, revisionId, p.id());
            return new Object[] {app.items().get(id), app.items().history(id).size()};
        }, r -> {
            onDone.accept("Undone: the text before the restore is current again, as revision " + r[1]
                    + ". Revision " + restoredAs + " stays in the history.");
            onItemChanged.accept((Item) r[0]);
            refresh();
        });
    }

    /** A confirmation with an action to undo it, such as restoring an old revision. */
    public void setOnRestored(java.util.function.BiConsumer<String, Runnable> c) {
        onRestored = c;
    }

    /** A word diff of a revision against the head (the current text). */
    public void diff(String revisionId, Consumer<RevisionDiff> shown) {
        String id = itemId;
        if (id == null) {
            return;
        }
        run(() -> ws.services().review().diff(id, revisionId, "head"), shown);
    }

    /** A comment on the body from start to end of the working copy (start == end: about the whole item). */
    public void comment(int start, int end, String text) {
        String id = itemId;
        Person p = me.get();
        if (id == null || p == null) {
            return;
        }
        beforeAction.run();
        run(() -> ws.services().comments().add(id, p.id(), start, end, text), c -> refresh());
    }

    public void reply(String commentId, String text) {
        Person p = me.get();
        run(() -> ws.services().comments().reply(commentId, p.id(), text), c -> refresh());
    }

    public void resolve(String commentId, boolean resolved) {
        Person p = me.get();
        run(() -> {
            if (resolved) {
                ws.services().comments().resolve(commentId, p.id());
            } else {
                ws.services().comments().reopen(commentId, p.id());
            }
            return null;
        }, v -> refresh());
    }

    /** Accepts or rejects a suggestion; accepting changes the text, so the editor reloads it. */
    public void decide(String suggestionId, boolean accept) {
        Person p = me.get();
        String id = itemId;
        beforeAction.run();
        run(() -> {
            var comments = ws.services().comments();
            SuggestionOutcome o = accept ? comments.accept(suggestionId, p.id()) : comments.reject(suggestionId, p.id());
            return new Object[] {o, ws.services().items().get(id)};
        }, r -> {
            SuggestionOutcome o = (SuggestionOutcome) r[0];
            if (!o.skipped().isEmpty()) {
                onProblem.accept(o.skipped().get(0));
            } else {
                onDone.accept(accept ? "Accepted the suggestion." : "Rejected the suggestion.");
            }
            if (accept) {
                onItemChanged.accept((Item) r[1]);
            }
            refresh();
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        try {
            tasks.run(work, done, e -> onProblem.accept(ErrorText.oneLine(e)));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the window is closing
        }
    }
}
