package org.standfirst.ui.review;

import org.standfirst.ui.FocusOrder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.standfirst.ui.editor.MarkNotes;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.Decision;

/**
 * The review panel for the open item: its state and the review actions the person working may
 * take (a refused one is disabled, with the reason as its tooltip and under the buttons), the
 * audit log, the history with a word diff of any two revisions ({@link HistoryPane}), the comment threads
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
    private final HistoryPane historyPane;
    private final Tab historyTab = new Tab("History");
    private final AuditLogView auditLog = new AuditLogView();
    private final VBox threads = new VBox(8);
    private final VBox suggestions = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final Tab commentsTab = new Tab("Comments");
    private final Tab suggestionsTab = new Tab("Suggestions");
    private final Button addComment = new Button("Comment on selection");
    private final Button suggestEdit = new Button("Suggest edit");
    private final Button acceptAll = new Button("Accept all");
    private final Button rejectAll = new Button("Reject all");
    private final ScrollPane commentsScroll = new ScrollPane();
    private final ScrollPane suggestionsScroll = new ScrollPane();
    // The cards shown, by thread or suggestion id, and what they were built from: a card is only
    // rebuilt when what it says changes, so a reply being typed survives an autosave.
    private final Map<String, Node> cards = new java.util.HashMap<>();
    private String threadsShown;
    private String suggestionsShown;
    /** The editor's layer of comment and suggestion marks. */
    public static final String MARK_LAYER = "review";
    private Runnable onMarksChanged = () -> { };

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


        historyPane = new HistoryPane(vm);
        VBox.setVgrow(auditLog, Priority.ALWAYS);
        VBox workflow = new VBox(8, state, note, actions, reasons, section("AUDIT LOG"), auditLog);
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
        commentsScroll.setContent(commentsBox);
        commentsScroll.setFitToWidth(true);
        suggestEdit.setId("review-suggest");
        suggestEdit.setAccessibleText("Suggest an edit to the text selected in the editor (Ctrl+Alt+E)");
        suggestEdit.setTooltip(new Tooltip("Suggest an edit to the text selected in the editor (Ctrl+Alt+E)"));
        suggestEdit.setGraphic(Icons.icon("fth-edit-3"));
        suggestEdit.setOnAction(e -> suggestOnSelection());
        acceptAll.setId("review-accept-all");
        acceptAll.setAccessibleText("Accept every open suggestion");
        acceptAll.getStyleClass().add("success");
        acceptAll.setOnAction(e -> vm.decideAll(true));
        rejectAll.setId("review-reject-all");
        rejectAll.setAccessibleText("Reject every open suggestion");
        rejectAll.setOnAction(e -> vm.decideAll(false));
        acceptAll.setDisable(true);
        rejectAll.setDisable(true);
        FlowPane suggestionActions = new FlowPane(6, 6, suggestEdit, acceptAll, rejectAll);
        VBox suggestionsBox = new VBox(8, suggestionActions, suggestions);
        suggestionsBox.setPadding(new Insets(10));
        suggestionsScroll.setContent(suggestionsBox);
        suggestionsScroll.setFitToWidth(true);

        Tab workflowTab = new Tab("Workflow", workflow);
        commentsTab.setContent(commentsScroll);
        suggestionsTab.setContent(suggestionsScroll);
        historyTab.setContent(historyPane);
        historyTab.setId("review-history-tab");
        tabs.getTabs().addAll(workflowTab, commentsTab, suggestionsTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("review-tabs");
        tabs.setAccessibleText("Review: comments, suggestions, workflow and history");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);

        vm.snapshotProperty().addListener((o, a, s) -> show(s));
        vm.anchorsProperty().addListener((o, a, x) -> showAnchors(x));
        vm.selectedProperty().addListener((o, a, id) -> showSelected(a, id));
        // The caret in a marked range chooses its thread or suggestion here.
        body.caretPositionProperty().addListener((o, a, at) -> {
            List<MarkdownEditor.Mark> here = body.marksAt(MARK_LAYER, at);
            vm.selectedProperty().set(here.isEmpty() ? null : here.get(0).id());
            // What the mouse-over says, for the keyboard and a screen reader too: every mark here, innermost first.
            String help = here.stream().map(this::describe).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining("\n"));
            body.setAccessibleHelp(help.isEmpty() ? null : help);
        });
        body.setMarkTip(this::describe);
        body.setMarkNotes(this::note);
        // The marks' and notes' colours, wherever the panels are built.
        String styles = org.standfirst.ui.problems.ProblemsPane.class.getResource("/org/standfirst/ui/panels/panels.css").toExternalForm();
        if (!body.getStylesheets().contains(styles)) {
            body.getStylesheets().add(styles);
        }
    }

    /** A suggestion's new words, shown under the struck-through ones in the editor (a deletion shows none). */
    private MarkNotes.Note note(MarkdownEditor.Mark m) {
        ReviewViewModel.Anchors a = vm.anchorsProperty().get();
        if (a == null || m.id() == null || !ReviewMark.Kind.SUGGESTION.styleClass().equals(m.styleClass())) {
            return null;
        }
        for (SuggestionView v : a.suggestions()) {
            if (v.id().equals(m.id())) {
                Suggestion s = v.suggestion();
                if (s.replacement().isBlank()) {
                    return null;
                }
                String where = s.quote().isEmpty() ? "to insert here" : "in place of “" + shorten(s.quote(), 120) + "”";
                // One line between the lines of text: a new paragraph in the words shows as ¶.
                String words = s.replacement().strip().replaceAll("\\s*\\R\\s*", " ¶ ");
                return new MarkNotes.Note(words, "suggestion-note",
                        "Suggested by " + v.authorName() + ": “" + s.replacement() + "” " + where);
            }
        }
        return null;
    }

    /** Called when the marks change with the text unchanged (a comment added or resolved): the preview shows them. */
    public void setOnMarksChanged(Runnable r) {
        onMarksChanged = r;
    }

    /**
     * The comments and suggestions marked in the editor, where they are in its text now (they
     * move with typing), for the preview to mark the same words.
     */
    public List<ReviewMark> marksNow() {
        ReviewViewModel.Anchors a = vm.anchorsProperty().get();
        List<MarkdownEditor.Mark> layer = body.layer(MARK_LAYER);
        if (a == null || layer.isEmpty()) {
            return List.of();
        }
        Map<String, String> replacements = new java.util.HashMap<>();
        a.suggestions().forEach(v -> replacements.put(v.id(), v.suggestion().replacement()));
        return layer.stream().map(m -> ReviewMark.Kind.SUGGESTION.styleClass().equals(m.styleClass())
                ? new ReviewMark(ReviewMark.Kind.SUGGESTION, m.id(), m.start(), m.end(), replacements.getOrDefault(m.id(), ""))
                : new ReviewMark(ReviewMark.Kind.COMMENT, m.id(), m.start(), m.end(), null)).toList();
    }

    /** Lays the marks over the editor when the text they were found in is the text it shows. */
    private void showAnchors(ReviewViewModel.Anchors a) {
        if (a == null) {
            body.setLayer(MARK_LAYER, List.of(), true);
            onMarksChanged.run();
            return;
        }
        if (a.body().equals(body.getText())) {
            List<MarkdownEditor.Mark> before = body.layer(MARK_LAYER);
            List<MarkdownEditor.Mark> now = a.marks().stream()
                    .map(m -> new MarkdownEditor.Mark(m.start(), m.end(), m.kind().styleClass(), m.id())).toList();
            body.setLayer(MARK_LAYER, now, true);
            if (!before.equals(now)) {
                onMarksChanged.run();
            }
        }
        // Otherwise more has been typed since that save: the marks move with the typing until the next one.
        showThreads(a.threads());
        showSuggestions(a.suggestions());
    }

    /** The tooltip over a marked range in the editor: who commented or suggested what. */
    private String describe(MarkdownEditor.Mark m) {
        ReviewViewModel.Anchors a = vm.anchorsProperty().get();
        if (a == null || m.id() == null) {
            return null;
        }
        for (CommentThread t : a.threads()) {
            if (t.root().id().equals(m.id())) {
                int n = t.replies().size();
                return t.root().authorName() + " commented: " + shorten(t.root().comment().text(), 200)
                        + (n == 0 ? "" : n == 1 ? " (1 reply)" : " (" + n + " replies)");
            }
        }
        for (SuggestionView v : a.suggestions()) {
            if (v.id().equals(m.id())) {
                Suggestion s = v.suggestion();
                return v.authorName() + " suggests " + (s.replacement().isEmpty() ? "deleting these words"
                        : "replacing these words with “" + shorten(s.replacement(), 200) + "”");
            }
        }
        return null;
    }

    /** Highlights the chosen card, brings its tab forward and scrolls it into view. */
    private void showSelected(String was, String id) {
        if (was != null && cards.containsKey(was)) {
            cards.get(was).getStyleClass().remove("selected");
        }
        Node card = id == null ? null : cards.get(id);
        if (card == null) {
            return;
        }
        if (!card.getStyleClass().contains("selected")) {
            card.getStyleClass().add("selected");
        }
        boolean isThread = threads.getChildren().contains(card);
        tabs.getSelectionModel().select(isThread ? commentsTab : suggestionsTab);
        ScrollPane scroll = isThread ? commentsScroll : suggestionsScroll;
        Platform.runLater(() -> scrollTo(scroll, card));
    }

    private static void scrollTo(ScrollPane scroll, Node card) {
        Node content = scroll.getContent();
        double h = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (h <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double top = h * scroll.getVvalue();
        double bottom = top + scroll.getViewportBounds().getHeight();
        if (b.getMinY() < top || b.getMaxY() > bottom) {
            scroll.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 8) / h)));
        }
    }

    /** Chosen in the panel: the caret goes to the words in the editor (the editor keeps its place otherwise). */
    private void choose(String id) {
        vm.selectedProperty().set(id);
        body.layer(MARK_LAYER).stream().filter(m -> id.equals(m.id())).findFirst().ifPresent(m -> {
            int len = body.getLength();
            body.selectRange(Math.min(m.start(), len), Math.min(m.end(), len));
            body.requestFollowCaret();
        });
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
        return historyPane.revisionList();
    }

    /** Review > Show history (Ctrl+Alt+H): the History tab, with the keyboard in its list of revisions. */
    public void showHistory() {
        tabs.getSelectionModel().select(historyTab);
        historyPane.revisionList().requestFocus();
    }

    public HistoryPane historyPane() {
        return historyPane;
    }

    public AuditLogView auditLog() {
        return auditLog;
    }

    public TextFlow diffView() {
        return historyPane.inlineView();
    }

    private void show(ReviewViewModel.Snapshot s) {
        if (s == null) {
            state.setText("Open an item to review it.");
            buttons.values().forEach(b -> b.setDisable(true));
            reasons.setText("");
            threads.getChildren().clear();
            suggestions.getChildren().clear();
            cards.clear();
            threadsShown = null;
            suggestionsShown = null;
            acceptAll.setDisable(true);
            rejectAll.setDisable(true);
            auditLog.show(null);
            historyPane.refreshed();
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
        boolean open = s.suggestions().stream().anyMatch(v -> v.suggestion().isOpen());
        acceptAll.setDisable(!open);
        rejectAll.setDisable(!open);
        long openThreads = s.threads().stream().filter(t -> !t.resolved()).count();
        commentsTab.setText(openThreads == 0 ? "Comments" : "Comments (" + openThreads + ")");
        long openSuggestions = s.suggestions().stream().filter(v -> v.suggestion().isOpen()).count();
        suggestionsTab.setText(openSuggestions == 0 ? "Suggestions" : "Suggestions (" + openSuggestions + ")");
        auditLog.show(s.history());
        historyPane.refreshed();
    }

    private static Text muted(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("diff-field");
        return t;
    }

    private void showThreads(List<CommentThread> list) {
        StringBuilder key = new StringBuilder();
        for (CommentThread t : list) {
            key.append(t.root().id()).append(t.resolved()).append(t.orphaned()).append(t.root().comment().text());
            t.replies().forEach(r -> key.append('|').append(r.id()));
            key.append('\n');
        }
        if (key.toString().equals(threadsShown)) {
            return;
        }
        threadsShown = key.toString();
        threads.getChildren().forEach(n -> cards.values().remove(n));
        threads.getChildren().clear();
        if (list.isEmpty()) {
            Label none = new Label("No comments yet. Select words in the body and press Ctrl+Alt+M to comment on them.");
            none.setWrapText(true);
            none.getStyleClass().add("panel-muted");
            threads.getChildren().add(none);
            return;
        }
        for (CommentThread t : list) {
            Node card = threadCard(t);
            cards.put(t.root().id(), card);
            threads.getChildren().add(card);
        }
        markSelected();
    }

    private void markSelected() {
        String id = vm.selectedProperty().get();
        if (id != null && cards.containsKey(id) && !cards.get(id).getStyleClass().contains("selected")) {
            cards.get(id).getStyleClass().add("selected");
        }
    }

    /** A card is chosen by clicking it or by moving into it with Tab: its words are selected in the editor. */
    private void selectable(VBox card, String id) {
        card.setFocusTraversable(true);
        // A filter, so a press on the reply box or a button in the card chooses its thread too.
        card.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            choose(id);
            if (e.getTarget() == card) {
                card.requestFocus();
            }
        });
        card.focusWithinProperty().addListener((o, a, f) -> {
            if (f && !id.equals(vm.selectedProperty().get())) {
                choose(id);
            }
        });
    }

    private Node threadCard(CommentThread t) {
        VBox card = new VBox(4);
        card.getStyleClass().add("comment-card");
        if (t.resolved()) {
            card.getStyleClass().add("resolved");
        }
        String quote = t.root().comment().quote();
        if (!quote.isEmpty()) {
            if (t.orphaned()) {
                // Said in words and in a badge: the thread no longer points at anything in the text.
                card.getStyleClass().add("orphaned");
                Label badge = new Label("Orphaned: " + t.anchor().describe());
                badge.getStyleClass().add("orphan-badge");
                badge.setWrapText(true);
                card.getChildren().add(badge);
            }
            Label q = new Label("“" + shorten(quote, 160) + "”");
            q.getStyleClass().add("comment-quote");
            q.setWrapText(true);
            card.getChildren().add(q);
            if (!t.orphaned()) {
                selectable(card, t.root().id());
            }
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
        // The reply box has a line of its own and the buttons wrap, so no label is cut short in a narrow panel.
        FlowPane row = new FlowPane(6, 6, send, resolve);
        if (!quote.isEmpty() && t.anchor().found()) {
            Button showIt = new Button("Show in text");
            showIt.setAccessibleText("Show the quoted words in the editor");
            showIt.setOnAction(e -> showInText(t.root().id(), t.anchor().start(), t.anchor().end()));
            row.getChildren().add(showIt);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(reply, row);
        card.setAccessibleText((t.orphaned() ? "Orphaned comment" : "Comment") + " by " + t.root().authorName()
                + (quote.isEmpty() ? " on the whole item" : " on “" + shorten(quote, 80) + "”") + ": " + t.root().comment().text());
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
        StringBuilder key = new StringBuilder();
        for (SuggestionView v : list) {
            key.append(v.id()).append(v.suggestion().status()).append(v.anchor().found()).append('\n');
        }
        if (key.toString().equals(suggestionsShown)) {
            return;
        }
        suggestionsShown = key.toString();
        suggestions.getChildren().forEach(n -> cards.values().remove(n));
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
                    showIt.setOnAction(e -> showInText(s.id(), v.anchor().start(), v.anchor().end()));
                    row.getChildren().add(showIt);
                    selectable(card, s.id());
                } else {
                    Label gone = new Label(v.anchor().describe());
                    gone.getStyleClass().add("orphan-badge");
                    card.getStyleClass().add("orphaned");
                    card.getChildren().add(gone);
                }
                card.getChildren().add(row);
            } else {
                card.getStyleClass().add("resolved");
            }
            card.setAccessibleText("Suggestion by " + v.authorName() + ": replace “" + shorten(s.quote(), 80) + "” with “"
                    + shorten(s.replacement(), 80) + "”" + (s.isOpen() ? "" : ", " + s.status().name().toLowerCase(Locale.ROOT)));
            cards.put(s.id(), card);
            suggestions.getChildren().add(card);
        }
        markSelected();
    }

    /** Show in text: selects the marked words (where they are now) and puts the caret there. */
    private void showInText(String id, int start, int end) {
        vm.selectedProperty().set(id);
        var now = body.layer(MARK_LAYER).stream().filter(m -> id.equals(m.id())).findFirst();
        select(now.map(MarkdownEditor.Mark::start).orElse(start), now.map(MarkdownEditor.Mark::end).orElse(end));
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
        d.getEditor().setId("comment-text");
        d.getEditor().setPrefColumnCount(40); // a comment is a sentence or two, not a word
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

    /**
     * Suggest edit (Ctrl+Alt+E): asks for the words to put in place of the editor's selection
     * (and an optional note), then records the suggestion as the person working.
     */
    public void suggestOnSelection() {
        if (vm.itemId() == null) {
            return;
        }
        var sel = body.getSelection();
        String quote = body.getSelectedText();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle("Suggest edit");
        d.setHeaderText(quote.isEmpty() ? "Suggest words to insert at the cursor"
                : "Suggest a change to “" + shorten(quote, 80) + "”");
        javafx.scene.control.TextArea replacement = new javafx.scene.control.TextArea(quote);
        replacement.setId("suggest-replacement");
        FocusOrder.tabMovesOn(replacement);
        replacement.setWrapText(true);
        replacement.setPrefRowCount(4);
        replacement.setPrefColumnCount(40);
        replacement.setAccessibleText("Replace with");
        TextField why = new TextField();
        why.setId("suggest-note");
        why.setPromptText("Why (optional)");
        why.setAccessibleText("Note for the writer (optional)");
        Label replaceLabel = new Label(quote.isEmpty() ? "Insert" : "Replace with (leave empty to suggest deleting)");
        replaceLabel.setLabelFor(replacement);
        Label noteLabel = new Label("Note for the writer");
        noteLabel.setLabelFor(why);
        VBox form = new VBox(6, replaceLabel, replacement, noteLabel, why);
        d.getDialogPane().setContent(form);
        javafx.scene.control.ButtonType suggest = new javafx.scene.control.ButtonType("Suggest",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(suggest, javafx.scene.control.ButtonType.CANCEL);
        // The same words again change nothing, so the button waits for a real change.
        d.getDialogPane().lookupButton(suggest).disableProperty().bind(replacement.textProperty().isEqualTo(quote));
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        Platform.runLater(() -> {
            replacement.requestFocus();
            replacement.selectAll();
        });
        d.showAndWait().filter(b -> b == suggest).ifPresent(b -> {
            tabs.getSelectionModel().select(suggestionsTab);
            vm.suggest(sel.getStart(), sel.getEnd(), replacement.getText(), why.getText());
        });
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
