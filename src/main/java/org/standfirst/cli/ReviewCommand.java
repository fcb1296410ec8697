package org.standfirst.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.standfirst.app.CommentThread;
import org.standfirst.app.QueueEntry;
import org.standfirst.app.Standfirst;
import org.standfirst.app.SuggestionOutcome;
import org.standfirst.app.SuggestionView;
import org.standfirst.model.Comment;
import org.standfirst.model.Item;
import org.standfirst.model.Suggestion;
import org.standfirst.check.Fields;
import org.standfirst.check.Finding;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.FieldDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** standfirst review ACTION ID --as PERSON [--comment TEXT]: the workflow from the command line. */
@Command(name = "review", description = "Submit, approve, request changes, comment and suggest.",
        subcommandsRepeatable = false)
final class ReviewCommand {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Command(name = "submit", description = "Save the working copy as a revision and send it for review.")
    void submit(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        try (Standfirst sf = root.openWorkspace()) {
            Item item = sf.items().resolve(ref);
            listErrors(sf, item, as);
            Item i = sf.review().submit(item.id(), as, comment);
            out().println("Submitted '" + i.headline() + "' for review (revision " + shortId(i.headRevisionId()) + ")");
        }
    }

    /**
     * Submitting lists the item's error-level check findings first (issue #6): they do not stop
     * the submission, since the reviewer should see them too, but the public export refuses the
     * item until they are fixed (unless the workspace relaxed that gate), and the line says so.
     * A submission that will be refused anyway lists nothing.
     */
    private void listErrors(Standfirst sf, Item item, String as) {
        if (!sf.review().can(item.id(), as, Action.SUBMIT).allowed()) {
            return;
        }
        List<Finding> errors = sf.checks().check(item.id(), item.content()).errors();
        if (errors.isEmpty()) {
            return;
        }
        out().println("'" + item.headline() + "' has " + (errors.size() == 1 ? "1 error" : errors.size() + " errors")
                + (sf.checks().exportGate() ? "; public export refuses it until they are fixed:" : ":"));
        for (Finding f : errors) {
            out().println("  " + Fields.describe(f) + " [" + f.rule() + "]");
        }
    }

    @Command(name = "approve", description = "Approve the latest revision, signed with your key.")
    void approve(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                 @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.review().approve(sf.items().resolve(ref).id(), as, comment);
            out().println("Approved '" + i.headline() + "' at revision " + shortId(i.headRevisionId()) + ", signed by "
                    + sf.people().resolve(as).name());
        }
    }

    @Command(name = "request-changes", description = "Send the item back to its writer with what to change.")
    void requestChanges(@Parameters(paramLabel = "ID") String ref,
                        @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                        @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.review().requestChanges(sf.items().resolve(ref).id(), as, comment);
            out().println("Requested changes to '" + i.headline() + "'");
        }
    }

    @Command(name = "withdraw", description = "Take an item out of review, back to draft.")
    void withdraw(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                  @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        simple(ref, "Withdrew '%s'", (sf, id) -> sf.review().withdraw(id, as, comment));
    }

    @Command(name = "archive", description = "Archive an item.")
    void archive(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                 @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        simple(ref, "Archived '%s'", (sf, id) -> sf.review().archive(id, as, comment));
    }

    @Command(name = "restore", description = "Bring an archived item back as a draft.")
    void restore(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                 @Option(names = "--comment", paramLabel = "TEXT") String comment) {
        simple(ref, "Restored '%s' as a draft", (sf, id) -> sf.review().restore(id, as, comment));
    }

    private void simple(String ref, String done, java.util.function.BiFunction<Standfirst, String, Item> action) {
        try (Standfirst sf = root.openWorkspace()) {
            out().println(String.format(done, action.apply(sf, sf.items().resolve(ref).id()).headline()));
        }
    }

    @Command(name = "comment", description = "Comment on an item, or on a quote in its body with --quote.")
    void comment(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                 @Option(names = "--comment", required = true, paramLabel = "TEXT") String text,
                 @Option(names = "--quote", paramLabel = "TEXT", description = "Words in the body the comment is about") String quote) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            if (quote == null) {
                sf.comments().addGeneral(i.id(), as, text);
            } else {
                int at = i.content().body().indexOf(quote);
                if (at < 0) {
                    throw new IllegalArgumentException("The body of '" + i.headline() + "' does not contain '" + quote + "'");
                }
                sf.comments().add(i.id(), as, at, at + quote.length(), text);
            }
            out().println("Commented on '" + i.headline() + "'");
        }
    }

    @Command(name = "comments", description = "List the comment threads on an item and where each is anchored.")
    void comments(@Parameters(paramLabel = "ID") String ref) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            List<CommentThread> threads = sf.comments().threads(i.id());
            if (threads.isEmpty()) {
                out().println("No comments on '" + i.headline() + "'");
            }
            for (CommentThread t : threads) {
                Comment c = t.root().comment();
                out().println((t.resolved() ? "[resolved] " : "") + t.root().authorName() + ", " + WHEN.format(c.created())
                        + (c.quote().isEmpty() ? "" : " on \"" + c.quote() + "\" (" + t.anchor().describe() + ")") + ": " + c.text());
                t.replies().forEach(r -> out().println("    " + r.authorName() + ": " + r.comment().text()));
            }
        }
    }

    @Command(name = "suggest", description = "Propose replacing words in the body; the writer accepts or rejects it.")
    void suggest(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                 @Option(names = "--quote", required = true, paramLabel = "TEXT") String quote,
                 @Option(names = "--replacement", required = true, paramLabel = "TEXT") String replacement,
                 @Option(names = "--comment", paramLabel = "TEXT") String note) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            Suggestion s = sf.comments().suggestReplacing(i.id(), as, quote, replacement, note);
            out().println("Suggested '" + quote + "' -> '" + replacement + "' on '" + i.headline() + "' (suggestion " + s.id() + ")");
        }
    }

    @Command(name = "suggestions", description = "List the suggestions on an item.")
    void suggestions(@Parameters(paramLabel = "ID") String ref) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            for (SuggestionView v : sf.comments().suggestions(i.id())) {
                Suggestion s = v.suggestion();
                out().println(s.id() + "  " + s.status().name().toLowerCase(java.util.Locale.ROOT) + "  " + v.authorName()
                        + ": '" + s.quote() + "' -> '" + s.replacement() + "'" + (s.isOpen() ? " (" + v.anchor().describe() + ")" : ""));
            }
        }
    }

    @Command(name = "accept", description = "Accept one suggestion (--suggestion) or all that still fit the text.")
    void accept(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                @Option(names = "--suggestion", paramLabel = "SID") String sid) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            report(sid == null ? sf.comments().acceptAll(i.id(), as) : sf.comments().accept(sid, as), "Accepted");
        }
    }

    @Command(name = "reject", description = "Reject one suggestion (--suggestion) or all open ones.")
    void reject(@Parameters(paramLabel = "ID") String ref, @Option(names = "--as", required = true, paramLabel = "PERSON") String as,
                @Option(names = "--suggestion", paramLabel = "SID") String sid) {
        try (Standfirst sf = root.openWorkspace()) {
            Item i = sf.items().resolve(ref);
            report(sid == null ? sf.comments().rejectAll(i.id(), as) : sf.comments().reject(sid, as), "Rejected");
        }
    }

    private void report(SuggestionOutcome o, String verb) {
        out().println(verb + " " + o.decided().size() + (o.decided().size() == 1 ? " suggestion" : " suggestions")
                + (o.revision() == null ? "" : " (revision " + shortId(o.revision().id()) + ")"));
        o.skipped().forEach(s -> out().println("Left open: " + s));
    }

    @Command(name = "queue", description = "Items awaiting your review, oldest submission first.")
    void queue(@Option(names = "--as", required = true, paramLabel = "PERSON") String as) {
        try (Standfirst sf = root.openWorkspace()) {
            List<QueueEntry> q = sf.review().awaitingReview(as);
            if (q.isEmpty()) {
                out().println("Nothing awaits your review");
            }
            for (QueueEntry e : q) {
                String changed = !e.reviewedBefore() ? "new to you"
                        : e.sinceLastReview() == null ? "unchanged since you last reviewed it"
                        : "changed since you last reviewed it: " + String.join(", ",
                        e.sinceLastReview().fields().stream().map(FieldDiff::label).toList());
                out().println(WHEN.format(e.submitted()) + "  " + e.item().headline() + "  (by " + e.writerName() + "; " + changed + ")");
            }
        }
    }

    static String shortId(String id) {
        return id == null ? "(none)" : id.substring(0, Math.min(12, id.length()));
    }
}
