package org.standfirst.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.standfirst.app.CommentThread;
import org.standfirst.app.CommentView;
import org.standfirst.app.RevisionSummary;
import org.standfirst.app.SuggestionView;
import org.standfirst.model.Suggestion;
import org.standfirst.ui.Icons;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.Decision;
import org.standfirst.workflow.DiffSegment;
import org.standfirst.workflow.FieldDiff;
import org.standfirst.workflow.RevisionDiff;
import org.standfirst.workflow.VerifiedApproval;

/**
 * The review panel for the open item: its state and the review actions the person working may
 * take (a refused one is disabled, with the reason as its tooltip and under the buttons), the
 * history with a word diff of a chosen revision against the current one, the comment threads
 * and the suggestions.
 */
public final class ReviewPane extends VBox {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final ReviewViewModel vm;
    private final MarkdownEditor body;
    private final Label state = new Label("Open an item to review it.");
    private final TextField note = new TextField();
    private final Map<Action, Button> buttons = new EnumMap<>(Action.class);
    private final Map<Action, StackPane> holders = new EnumMap<>(Action.class);
    private final Label reasons = new Label();
    private final ListView<RevisionSummary> history = new ListView<>();
    private final TextFlow diff = new TextFlow();
    private final VBox threads = new VBox(8);
    private final VBox suggestions = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final Tab commentsTab = new Tab("Comments");
    private final Tab suggestionsTab = new Tab("Suggestions");
    private final Button addComment = new Button("Comment on selection");

    public ReviewPane(ReviewViewModel vm, MarkdownEditor body) {
        this.vm = vm;
        this.body = body;
        getStylesheets().add(org.standfirst.ui.problems.ProblemsPane.class
                .getResource("/org/standfirst/ui/panels/panels.css").toExternalForm());
        getStyleClass().add("review-pane");
        setId("review-pane");
        setAccessibleText("Review");

        state.getStyleClass().add("state-line");
        state.setId("review-state");
        state.setWrapText(true);
        note.setId("review-note");
        note.setPromptText("Note with your decision (optional)");
        note.setAccessibleText("Note to go with submit, approve, request changes or withdraw");
        FlowPane actions = new FlowPane(6, 6);
        for (Action a : ReviewViewModel.ACTIONS) {
            Button b = new Button(label(a));
            b.setId("review-" + a.key());
            b.setAccessibleText(label(a));
            b.setDisable(true);
            b.setOnAction(e -> {
                vm.act(a, note.getText());
                note.clear();
            });
            buttons.put(a, b);
            // A disabled button shows no tooltip, so the reason sits on a holder around it.
            StackPane holder = new StackPane(b);
            holders.put(a, holder);
            actions.getChildren().add(holder);
        }
        buttons.get(Action.SUBMIT).getStyleClass().add("accent");
        buttons.get(Action.APPROVE).getStyleClass().add("success");
        reasons.getStyleClass().add("panel-muted");
        reasons.setId("review-reasons");
        reasons.setWrapText(true);

        history.setId("review-history");
        history.setAccessibleText("Revisions, newest first: choose one to compare with the current text");
        history.setItems(vm.revisions());
        history.setCellFactory(v -> new RevisionCell());
        history.setPrefHeight(170);
        history.setMinHeight(90);
        history.setPlaceholder(new Label("No revisions yet: save a checkpoint with Ctrl+S."));
        history.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> showDiff(r));
        diff.setId("review-diff");
        diff.setAccessibleText("Word differences between the chosen revision and the current one");
        diff.getStyleClass().add("diff-view");
        ScrollPane diffScroll = new ScrollPane(diff);
        diffScroll.setFitToWidth(true);
        diffScroll.setPrefHeight(200);
        diffScroll.setFocusTraversable(true);
        diffScroll.setAccessibleText("Differences");
        VBox.setVgrow(diffScroll, Priority.ALWAYS);
        showDiff(null);

        VBox workflow = new VBox(8, state, note, actions, reasons, section("HISTORY"), history, section("CHANGES SINCE THE CHOSEN REVISION"), diffScroll);
        workflow.setPadding(new Insets(10));

        addComment.setId("review-add-comment");
        addComment.setAccessibleText("Comment on the text selected in the editor (Ctrl+Alt+M)");
        addComment.setTooltip(new Tooltip("Comment on the text selected in the editor (Ctrl+Alt+M)"));
        addComment.setGraphic(Icons.icon("fth-message-square"));
        addComment.setOnAction(e -> commentOnSelection());
        threads.setId("review-threads");
        suggestions.setId("review-suggestions");
        VBox commentsBox = new VBox(8, addComment, threads);
        commentsBox.setPadding(new Insets(10));
        ScrollPane commentsScroll = new ScrollPane(commentsBox);
        commentsScroll.setFitToWidth(true);
        suggestions.setPadding(new Insets(10));
        ScrollPane suggestionsScroll = new ScrollPane(suggestions);
        suggestionsScroll.setFitToWidth(true);

        Tab workflowTab = new Tab("Workflow", workflow);
        commentsTab.setContent(commentsScroll);
        suggestionsTab.setContent(suggestionsScroll);
        tabs.getTabs().addAll(workflowTab, commentsTab, suggestionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("review-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);

        vm.snapshotProperty().addListener((o, a, s) -> show(s));
    }

    public static String label(Action a) {
        return switch (a) {
            case SUBMIT -> "Submit for review";
            case APPROVE -> "Approve";
            case REQUEST_CHANGES -> "Request changes";
            case WITHDRAW -> "Withdraw";
            default -> a.key();
        };
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-section");
        return l;
    }

    public Button button(Action a) {
        return buttons.get(a);
    }

    public TabPane tabs() {
        return tabs;
    }

    public ListView<RevisionSummary> history() {
        return history;
    }

    public TextFlow diffView() {
        return diff;
    }

    private void show(ReviewViewModel.Snapshot s) {
        if (s == null) {
            state.setText("Open an item to review it.");
            buttons.values().forEach(b -> b.setDisable(true));
            reasons.setText("");
            threads.getChildren().clear();
            suggestions.getChildren().clear();
            showDiff(null);
            return;
        }
        int revs = s.history().revisions().size();
        state.setText(s.item().state().label() + (revs == 0 ? " · no revisions yet" : " · revision " + revs));
        StringBuilder why = new StringBuilder();
        for (Action a : ReviewViewModel.ACTIONS) {
            Decision d = s.decisions().get(a);
            Button b = buttons.get(a);
            boolean ok = d != null && d.allowed();
            b.setDisable(!ok);
            String tip = ok ? label(a) : label(a) + ": " + (d == null ? "not available" : d.reason());
            Tooltip.install(holders.get(a), new Tooltip(tip));
            b.setAccessibleHelp(ok ? null : tip);
            if (!ok && d != null && why.indexOf(d.reason()) < 0 && why.length() < 400) {
                why.append(why.length() == 0 ? "" : "\n").append(d.reason());
            }
        }
        reasons.setText(why.toString());
        Decision c = s.decisions().get(Action.COMMENT);
        addComment.setDisable(c == null || !c.allowed());
        if (c != null && !c.allowed()) {
            addComment.setAccessibleHelp(c.reason());
        }
        showThreads(s.threads());
        showSuggestions(s.suggestions());
        long open = s.threads().stream().filter(t -> !t.resolved()).count();
        commentsTab.setText(open == 0 ? "Comments" : "Comments (" + open + ")");
        long openSuggestions = s.suggestions().stream().filter(v -> v.suggestion().isOpen()).count();
        suggestionsTab.setText(openSuggestions == 0 ? "Suggestions" : "Suggestions (" + openSuggestions + ")");
        RevisionSummary chosen = history.getSelectionModel().getSelectedItem();
        showDiff(chosen == null ? null : vm.revisions().stream().filter(r -> r.id().equals(chosen.id())).findFirst().orElse(null));
    }

    private void showDiff(RevisionSummary r) {
        if (r == null) {
            diff.getChildren().setAll(muted("Choose a revision above to see what has changed since."));
            return;
        }
        if (r.head()) {
            diff.getChildren().setAll(muted("This is the current revision."));
            return;
        }
        diff.getChildren().setAll(muted("Comparing…"));
        vm.diff(r.id(), d -> {
            RevisionSummary now = history.getSelectionModel().getSelectedItem();
            if (now != null && now.id().equals(r.id())) {
                diff.getChildren().setAll(render(d));
            }
        });
    }

    /** The inline word diff: field names, then the text with added words marked and removed ones struck through. */
    static List<Text> render(RevisionDiff d) {
        List<Text> out = new java.util.ArrayList<>();
        if (d.identical()) {
            out.add(muted("No differences: the text is the same as the current revision."));
            return out;
        }
        for (FieldDiff f : d.fields()) {
            Text name = new Text((out.isEmpty() ? "" : "\n\n") + f.label() + "\n");
            name.getStyleClass().add("diff-field");
            out.add(name);
            for (DiffSegment seg : f.inline()) {
                Text t = new Text(seg.text());
                t.getStyleClass().add(switch (seg.kind()) {
                    case ADDED -> "diff-added";
                    case REMOVED -> "diff-removed";
                    case SAME -> "diff-same";
                });
                // Screen readers cannot hear colour or a line through words: say what changed.
                if (seg.kind() != DiffSegment.Kind.SAME) {
                    t.setAccessibleText((seg.kind() == DiffSegment.Kind.ADDED ? "added: " : "removed: ") + seg.text());
                }
                out.add(t);
            }
        }
        return out;
    }

    private static Text muted(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("diff-field");
        return t;
    }

    private void showThreads(List<CommentThread> list) {
        threads.getChildren().clear();
        if (list.isEmpty()) {
            Label none = new Label("No comments yet. Select words in the body and press Ctrl+Alt+M to comment on them.");
            none.setWrapText(true);
            none.getStyleClass().add("panel-muted");
            threads.getChildren().add(none);
            return;
        }
        for (CommentThread t : list) {
            threads.getChildren().add(threadCard(t));
        }
    }

    private Node threadCard(CommentThread t) {
        VBox card = new VBox(4);
        card.getStyleClass().add("comment-card");
        if (t.resolved()) {
            card.getStyleClass().add("resolved");
        }
        String quote = t.root().comment().quote();
        if (!quote.isEmpty()) {
            Label q = new Label("“" + shorten(quote, 160) + "”" + (t.anchor().found() ? "" : " (" + t.anchor().describe() + ")"));
            q.getStyleClass().add("comment-quote");
            q.setWrapText(true);
            card.getChildren().add(q);
        } else {
            card.getChildren().add(muted("About the whole item"));
        }
        card.getChildren().add(commentView(t.root()));
        for (CommentView r : t.replies()) {
            Node n = commentView(r);
            n.getStyleClass().add("comment-reply");
            card.getChildren().add(n);
        }
        TextField reply = new TextField();
        reply.setPromptText("Reply…");
        reply.setAccessibleText("Reply to " + t.root().authorName());
        Button send = new Button("Reply");
        send.setAccessibleText("Send reply to " + t.root().authorName());
        send.disableProperty().bind(reply.textProperty().isEmpty());
        send.setOnAction(e -> vm.reply(t.root().id(), reply.getText()));
        reply.setOnAction(e -> {
            if (!reply.getText().isBlank()) {
                vm.reply(t.root().id(), reply.getText());
            }
        });
        HBox.setHgrow(reply, Priority.ALWAYS);
        Button resolve = new Button(t.resolved() ? "Reopen" : "Resolve");
        resolve.setAccessibleText((t.resolved() ? "Reopen" : "Resolve") + " the thread by " + t.root().authorName());
        resolve.setOnAction(e -> vm.resolve(t.root().id(), !t.resolved()));
        HBox row = new HBox(6, reply, send, resolve);
        if (!quote.isEmpty() && t.anchor().found()) {
            Button showIt = new Button("Show in text");
            showIt.setAccessibleText("Show the quoted words in the editor");
            showIt.setOnAction(e -> select(t.anchor().start(), t.anchor().end()));
            row.getChildren().add(showIt);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(row);
        return card;
    }

    private static Node commentView(CommentView c) {
        Label who = new Label(c.authorName() + " · " + WHEN.format(c.comment().created()));
        who.getStyleClass().add("comment-author");
        Label text = new Label(c.comment().text());
        text.setWrapText(true);
        VBox box = new VBox(2, who, text);
        box.setAccessibleText(c.authorName() + " wrote: " + c.comment().text());
        return box;
    }

    private void showSuggestions(List<SuggestionView> list) {
        suggestions.getChildren().clear();
        if (list.isEmpty()) {
            Label none = new Label("No suggested changes.");
            none.getStyleClass().add("panel-muted");
            suggestions.getChildren().add(none);
            return;
        }
        for (SuggestionView v : list) {
            Suggestion s = v.suggestion();
            VBox card = new VBox(4);
            card.getStyleClass().add("comment-card");
            TextFlow change = new TextFlow();
            Text removed = new Text(s.quote());
            removed.getStyleClass().add("diff-removed");
            Text arrow = new Text("  →  ");
            arrow.getStyleClass().add("diff-same");
            Text added = new Text(s.replacement().isEmpty() ? "(delete)" : s.replacement());
            added.getStyleClass().add("diff-added");
            change.getChildren().addAll(removed, arrow, added);
            change.setAccessibleText("Replace “" + s.quote() + "” with “" + s.replacement() + "”");
            Label who = new Label(v.authorName() + " · " + WHEN.format(s.created())
                    + (s.isOpen() ? "" : " · " + (s.status() == Suggestion.Status.ACCEPTED ? "accepted" : "rejected")));
            who.getStyleClass().add("comment-author");
            card.getChildren().addAll(who, change);
            if (!s.note().isBlank()) {
                Label n = new Label(s.note());
                n.setWrapText(true);
                card.getChildren().add(n);
            }
            if (s.isOpen()) {
                Button accept = new Button("Accept");
                accept.getStyleClass().add("success");
                accept.setAccessibleText("Accept: replace “" + shorten(s.quote(), 40) + "” with “" + shorten(s.replacement(), 40) + "”");
                accept.setOnAction(e -> vm.decide(s.id(), true));
                Button reject = new Button("Reject");
                reject.setAccessibleText("Reject the suggestion to replace “" + shorten(s.quote(), 40) + "”");
                reject.setOnAction(e -> vm.decide(s.id(), false));
                HBox row = new HBox(6, accept, reject);
                if (v.anchor().found()) {
                    Button showIt = new Button("Show in text");
                    showIt.setAccessibleText("Show the words this suggestion changes in the editor");
                    showIt.setOnAction(e -> select(v.anchor().start(), v.anchor().end()));
                    row.getChildren().add(showIt);
                } else {
                    card.getChildren().add(muted(v.anchor().describe()));
                }
                card.getChildren().add(row);
            } else {
                card.getStyleClass().add("resolved");
            }
            suggestions.getChildren().add(card);
        }
    }

    private void select(int start, int end) {
        int len = body.getLength();
        body.selectRange(Math.min(start, len), Math.min(end, len));
        body.requestFollowCaret();
        body.requestFocus();
    }

    /** Ctrl+Alt+M: asks for the comment, then anchors it to the editor's selection. */
    public void commentOnSelection() {
        if (vm.itemId() == null) {
            return;
        }
        var sel = body.getSelection();
        String quote = body.getSelectedText();
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Comment");
        d.setHeaderText(quote.isEmpty() ? "Comment on the whole item" : "Comment on “" + shorten(quote, 80) + "”");
        d.setContentText("Comment");
        d.getEditor().setAccessibleText("Your comment");
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        Optional<String> text = d.showAndWait();
        text.filter(s -> !s.isBlank()).ifPresent(s -> {
            tabs.getSelectionModel().select(commentsTab);
            vm.comment(sel.getStart(), sel.getEnd(), s);
        });
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static final class RevisionCell extends ListCell<RevisionSummary> {
        @Override
        protected void updateItem(RevisionSummary r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label main = new Label("Revision " + r.number() + (r.head() ? " (current)" : "") + " · " + r.authorName());
            main.setStyle("-fx-font-weight: bold;");
            Instant when = r.revision().created();
            Label meta = new Label(WHEN.format(when) + " · " + r.state().label());
            meta.getStyleClass().add("panel-muted");
            VBox box = new VBox(1, main, meta);
            StringBuilder spoken = new StringBuilder(main.getText() + ", " + meta.getText());
            for (VerifiedApproval a : r.approvals()) {
                Label ap = new Label((a.valid() ? "✓ " : "✗ ") + a.label() + " approval by " + a.reviewerName());
                ap.getStyleClass().add(a.valid() ? "approval-verified" : "approval-invalid");
                ap.setWrapText(true);
                box.getChildren().add(ap);
                spoken.append(", ").append(a.label()).append(" approval by ").append(a.reviewerName());
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
            setAccessibleText(spoken.toString());
        }
    }
}
