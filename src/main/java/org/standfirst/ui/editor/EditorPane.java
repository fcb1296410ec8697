package org.standfirst.ui.editor;

import org.standfirst.ui.FocusOrder;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemRules;
import org.standfirst.ui.Icons;
import org.standfirst.ui.editor.MarkdownEditor.FormattingAction;

/**
 * The editor for one item: typed fields for its kind, the formatting bar, find and replace, and
 * the Markdown body. Every field has an accessible name and is reachable with Tab.
 */
public final class EditorPane extends VBox {
    private final EditorViewModel vm;
    private final MarkdownEditor body = new MarkdownEditor();
    private final FindReplaceBar findBar = new FindReplaceBar(body);
    private final TextField headline = new TextField();
    private final TextArea standfirst = new TextArea();
    private final TextField byline = new TextField();
    private final TextField topic = new TextField();
    private final TextField tags = new TextField();
    private final DatePicker embargoDate = new DatePicker();
    private final TextField embargoTime = new TextField();
    private final TextArea notes = new TextArea();
    private final TextField heroAlt = new TextField();
    private final TextField heroCaption = new TextField();
    private final TextField heroCredit = new TextField();
    private final HeroImageField hero;
    private final Label altRequired = new Label("Alt text is required: describe the image for someone who cannot see it.");
    private final GridPane details = new GridPane();
    private final TitledPane detailsPane;
    private final Label problem = new Label();
    private boolean loadingBody;
    private Node lastEdited;
    private final VirtualizedScrollPane<MarkdownEditor> scroller;

    public EditorPane(EditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("editor-pane");
        body.setId("body-editor");
        headline.setId("headline-field");
        headline.getStyleClass().add("headline-field");
        headline.setPromptText("Headline");
        headline.setAccessibleText("Headline");
        standfirst.setId("standfirst-field");
        FocusOrder.tabMovesOn(standfirst);
        standfirst.setPromptText("Standfirst: the one or two sentences under the headline");
        standfirst.setAccessibleText("Standfirst");
        standfirst.setWrapText(true);
        standfirst.setPrefRowCount(2);
        byline.setAccessibleText("Byline");
        byline.setPromptText("By …");
        topic.setAccessibleText("Topic");
        tags.setAccessibleText("Tags, separated by commas");
        tags.setPromptText("imaging, myeloma");
        embargoDate.setId("embargo-date");
        embargoDate.setAccessibleText("Embargo date");
        embargoDate.setPromptText("No embargo");
        embargoDate.setConverter(new UkDates(embargoDate));
        embargoTime.setId("embargo-time");
        embargoTime.setAccessibleText("Embargo time, 24-hour");
        embargoTime.setPromptText("00:01");
        embargoTime.setPrefColumnCount(4);
        embargoTime.setMinWidth(Region.USE_PREF_SIZE); // "07:00" in full, never "07"
        notes.setId("notes-field");
        FocusOrder.tabMovesOn(notes);
        notes.setAccessibleText("Notes to editors");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        hero = new HeroImageField(vm);
        heroAlt.setId("hero-alt");
        heroCaption.setId("hero-caption");
        heroCredit.setId("hero-credit");
        heroAlt.setAccessibleText("Image alt text (required)");
        heroAlt.setPromptText("Describe the image for someone who cannot see it");
        heroCaption.setAccessibleText("Image caption");
        heroCredit.setAccessibleText("Image credit");

        headline.textProperty().bindBidirectional(vm.headline);
        standfirst.textProperty().bindBidirectional(vm.standfirst);
        byline.textProperty().bindBidirectional(vm.byline);
        topic.textProperty().bindBidirectional(vm.topic);
        tags.textProperty().bindBidirectional(vm.tags);
        embargoDate.valueProperty().bindBidirectional(vm.embargoDate);
        embargoTime.textProperty().bindBidirectional(vm.embargoTime);
        notes.textProperty().bindBidirectional(vm.notesToEditors);
        heroAlt.textProperty().bindBidirectional(vm.heroAlt);
        heroCaption.textProperty().bindBidirectional(vm.heroCaption);
        heroCredit.textProperty().bindBidirectional(vm.heroCredit);
        body.textProperty().addListener((o, a, b) -> {
            if (!loadingBody) {
                vm.body.set(b);
            }
        });

        Label headlineCount = counter(headline, ItemRules.HEADLINE_MAX);
        Label standfirstCount = counter(standfirst, ItemRules.STANDFIRST_MAX);
        HBox headlineRow = new HBox(8, headline, headlineCount);
        headlineRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(headline, Priority.ALWAYS);
        HBox standfirstRow = new HBox(8, standfirst, standfirstCount);
        standfirstRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(standfirst, Priority.ALWAYS);
        problem.getStyleClass().add("field-problem");
        problem.setId("editor-problem");
        problem.setWrapText(true); // a refused file's reason names the file and what would do: said in full
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox top = new VBox(6, headlineRow, standfirstRow, problem);
        top.setPadding(new Insets(14, 16, 8, 16));

        details.getStyleClass().add("editor-fields");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        details.getColumnConstraints().addAll(labels, grow);
        altRequired.setId("alt-required");
        altRequired.getStyleClass().add("field-problem");
        altRequired.setWrapText(true);
        altRequired.managedProperty().bind(Bindings.createBooleanBinding(
                () -> vm.heroAsset.get() != null && vm.heroAlt.get().isBlank(), vm.heroAsset, vm.heroAlt));
        altRequired.visibleProperty().bind(altRequired.managedProperty());
        heroAlt.disableProperty().bind(vm.heroAsset.isNull());
        heroCaption.disableProperty().bind(vm.heroAsset.isNull());
        heroCredit.disableProperty().bind(vm.heroAsset.isNull());
        // An image change is an edit like typing: Edit > Undo takes it back.
        vm.heroAsset.addListener((o, a, b) -> {
            if (vm.heroUndoableProperty().get()) {
                lastEdited = hero;
            }
        });
        // Details scroll within a modest height, so the body below always keeps room to write in.
        javafx.scene.control.ScrollPane detailsScroll = new javafx.scene.control.ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        detailsScroll.setPrefViewportHeight(280);
        detailsScroll.setMaxHeight(300);
        detailsScroll.getStyleClass().add("details-scroll");
        detailsPane = new TitledPane("Details", detailsScroll);
        detailsPane.setExpanded(false);
        detailsPane.setAccessibleText("Details: byline, topic, tags, embargo, image");
        detailsPane.getStyleClass().add("dense");

        HBox formatBar = formatBar();
        scroller = new VirtualizedScrollPane<>(body);
        scroller.setId("body-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(top, detailsPane, formatBar, findBar, scroller);

        vm.itemProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || !was.id().equals(now.id()) || was.kind() != now.kind())) {
                layoutFor(now);
            }
        });
        if (vm.getItem() != null) {
            layoutFor(vm.getItem()); // made while an item is open
        }
        for (TextInputControl t : new TextInputControl[] {headline, standfirst, byline, topic, tags, embargoTime, notes,
                heroAlt, heroCaption, heroCredit}) {
            t.textProperty().addListener((o, a, b) -> {
                if (t.isFocused()) {
                    lastEdited = t;
                }
            });
        }
        body.textProperty().addListener((o, a, b) -> {
            if (!loadingBody) {
                lastEdited = body;
            }
        });
        // Leaving any field saves at once (focus loss), as writers expect.
        focusWithinProperty().addListener((o, had, has) -> {
            if (!has) {
                vm.save();
            }
        });
    }

    private Label counter(TextInputControl field, int max) {
        Label l = new Label();
        l.getStyleClass().add("char-count");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> field.getLength() + " / " + max, field.textProperty()));
        field.textProperty().addListener((o, a, b) -> {
            if (b.length() > max) {
                if (!l.getStyleClass().contains("over")) {
                    l.getStyleClass().add("over");
                }
            } else {
                l.getStyleClass().remove("over");
            }
        });
        l.setAccessibleText("Characters used");
        return l;
    }

    private HBox formatBar() {
        HBox bar = new HBox(
                fmt("fth-bold", "Bold (Ctrl+B)", FormattingAction.BOLD),
                fmt("fth-italic", "Italic (Ctrl+I)", FormattingAction.ITALIC),
                fmt("fth-type", "Heading (Ctrl+Shift+H)", FormattingAction.HEADING),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                fmt("fth-link", "Link (Ctrl+K)", FormattingAction.LINK),
                fmt("fth-image", "Image (Ctrl+Shift+I)", FormattingAction.IMAGE),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                fmt("fth-message-square", "Quote (Ctrl+Shift+.)", FormattingAction.QUOTE),
                fmt("fth-list", "Bulleted list (Ctrl+Shift+8)", FormattingAction.LIST),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                Icons.button("fth-search", "Find and replace (Ctrl+H)", () -> findBar.open(true)));
        bar.getStyleClass().add("format-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button fmt(String icon, String name, FormattingAction action) {
        Button b = Icons.button(icon, name, () -> body.format(action));
        b.setFocusTraversable(true);
        return b;
    }

    /** Shows the fields the item's kind has. */
    private void layoutFor(Item item) {
        details.getChildren().clear();
        int row = 0;
        row = addRow(row, "Byline", byline);
        row = addRow(row, "Topic", topic);
        row = addRow(row, "Tags", tags);
        if (item.kind() == ItemKind.PRESS_RELEASE) {
            // The zone under the date and time, not beside them: beside, it was cut to "Europe/L…".
            Label zone = new Label("UK time (" + ZoneId.of("Europe/London").getId().replace('_', ' ') + "), 24-hour clock");
            zone.setId("embargo-zone");
            zone.getStyleClass().add("field-label");
            zone.setWrapText(true);
            HBox dateAndTime = new HBox(6, embargoDate, embargoTime);
            dateAndTime.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(embargoDate, Priority.ALWAYS);
            embargoDate.setMaxWidth(200);
            row = addRow(row, "Embargo", new VBox(2, dateAndTime, zone));
            row = addRow(row, "Notes to editors", notes);
        }
        row = addRow(row, "Image", hero);
        row = addRow(row, "Alt text", heroAlt);
        details.add(altRequired, 1, row++);
        row = addRow(row, "Caption", heroCaption);
        addRow(row, "Credit", heroCredit);
    }

    private int addRow(int row, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setLabelFor(field);
        details.addRow(row, l, field);
        return row + 1;
    }

    /** Loads the open item's body into the editor (the other fields follow the view model). */
    public void showBody(String text) {
        loadingBody = true;
        try {
            body.load(text);
        } finally {
            loadingBody = false;
        }
    }

    /**
     * Shows a body changed elsewhere (an accepted suggestion) as one edit of the changed words, so
     * Ctrl+Z takes it back and the editor keeps its place; the view model already holds the text.
     */
    public void applyBody(String text) {
        String old = body.getText();
        int start = 0;
        int max = Math.min(old.length(), text.length());
        while (start < max && old.charAt(start) == text.charAt(start)) {
            start++;
        }
        int tail = 0;
        while (tail < max - start && old.charAt(old.length() - 1 - tail) == text.charAt(text.length() - 1 - tail)) {
            tail++;
        }
        loadingBody = true;
        try {
            body.getUndoManager().preventMerge();
            body.replaceText(start, old.length() - tail, text.substring(start, text.length() - tail));
            body.getUndoManager().preventMerge();
        } finally {
            loadingBody = false;
        }
    }

    public MarkdownEditor body() {
        return body;
    }

    /** The text field for a check finding's field (see check.Fields), or null for the body and unknown fields. */
    public TextInputControl fieldFor(String field) {
        return switch (field) {
            case "headline" -> headline;
            case "standfirst" -> standfirst;
            case "notesToEditors" -> notes;
            case "hero" -> {
                detailsPane.setExpanded(true); // the alt text lives in Details
                yield heroAlt;
            }
            default -> null;
        };
    }

    /**
     * Remembers the field a change was made in from outside it (a quick fix from the problems
     * panel), so Edit > Undo takes that change back even while the focus is elsewhere.
     */
    public void noteEdited(Node field) {
        lastEdited = field;
    }

    /**
     * Edit > Undo: in the field that has the focus; otherwise in the field last changed (by
     * typing or a quick fix); otherwise in the body.
     */
    public void undo(Node focusOwner) {
        Node target = undoTarget(focusOwner);
        if (target == hero) {
            vm.undoHero();
        } else if (target instanceof TextInputControl t) {
            t.undo();
        } else {
            body.undo();
        }
    }

    public void redo(Node focusOwner) {
        Node target = undoTarget(focusOwner);
        if (target == hero) {
            vm.redoHero();
        } else if (target instanceof TextInputControl t) {
            t.redo();
        } else {
            body.redo();
        }
    }

    private Node undoTarget(Node focusOwner) {
        if (focusOwner instanceof TextInputControl || focusOwner == body) {
            return focusOwner;
        }
        for (Node n = focusOwner; n != null; n = n.getParent()) {
            if (n == hero) {
                return hero;
            }
        }
        return lastEdited;
    }

    /** The body's scroll pane (its scroll bar and wheel belong to the editor's side of scroll sync). */
    public Node bodyScroller() {
        return scroller;
    }

    /** The hero image field (choose, import, remove). */
    public HeroImageField heroField() {
        return hero;
    }

    /** The Details section (byline, topic, tags, embargo, image), collapsed at first. */
    public TitledPane details() {
        return detailsPane;
    }

    public FindReplaceBar findBar() {
        return findBar;
    }

    public TextField headlineField() {
        return headline;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    /**
     * Embargo dates as a British newsroom writes them: shown "4 Nov 2026" (never the American
     * 11/4/2026 a machine's default locale may give), and read back from that, 4/11/2026 or
     * 2026-11-04. Words that are no date keep the date there was.
     */
    static final class UkDates extends javafx.util.StringConverter<java.time.LocalDate> {
        private static final java.time.format.DateTimeFormatter SHOWN =
                java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.UK);
        private static final java.util.List<java.time.format.DateTimeFormatter> READ = java.util.List.of(SHOWN,
                java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK),
                java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu", java.util.Locale.UK),
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        private final DatePicker picker;

        UkDates(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(java.time.LocalDate d) {
            return d == null ? "" : SHOWN.format(d);
        }

        @Override
        public java.time.LocalDate fromString(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            for (var f : READ) {
                try {
                    return java.time.LocalDate.parse(s.strip(), f);
                } catch (java.time.format.DateTimeParseException e) {
                    // try the next way of writing it
                }
            }
            return picker.getValue();
        }
    }
}
