package org.standfirst.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.standfirst.app.RevisionSummary;
import org.standfirst.model.WorkflowState;
import org.standfirst.ui.Icons;
import org.standfirst.workflow.DiffSegment;
import org.standfirst.workflow.FieldDiff;
import org.standfirst.workflow.RevisionDiff;
import org.standfirst.workflow.SideBySideRow;
import org.standfirst.workflow.VerifiedApproval;

/**
 * The History tab of the review panel: every revision (who, when, the state, each approval with
 * whether its signature verifies), a word diff of any two revisions inline or side by side, and
 * restoring an old revision as a new one. Choosing a revision in the list compares it with the
 * current one; the two boxes above the differences choose any pair.
 */
public final class HistoryPane extends VBox {
    private final ReviewViewModel vm;
    private final ListView<RevisionSummary> list = new ListView<>();
    private final ComboBox<RevisionSummary> from = new ComboBox<>();
    private final ComboBox<RevisionSummary> to = new ComboBox<>();
    private final ToggleButton inline = new ToggleButton("Inline");
    private final ToggleButton sideBySide = new ToggleButton("Side by side");
    private final Button restore = new Button("Restore this revision…");
    private final TextFlow inlineView = new TextFlow();
    private final GridPane sideView = new GridPane();
    private final ScrollPane inlineScroll = new ScrollPane(inlineView);
    private final ScrollPane sideScroll = new ScrollPane(sideView);
    private final Label comparing = new Label();
    private RevisionDiff shown;
    private boolean updating;

    public HistoryPane(ReviewViewModel vm) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10));
        setId("review-history-pane");

        list.setId("review-history");
        list.setAccessibleText("Revisions, newest first: choose one to compare it with the current text");
        list.setItems(vm.revisions());
        list.setCellFactory(v -> new RevisionCell());
        list.setPrefHeight(190);
        list.setMinHeight(90);
        list.setPlaceholder(new Label("No revisions yet: save a checkpoint with Ctrl+S."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> chosenInList(r));

        from.setId("history-from");
        to.setId("history-to");
        from.setAccessibleText("Compare from this revision");
        to.setAccessibleText("Compare with this revision");
        from.setItems(vm.revisions());
        to.setItems(vm.revisions());
        for (ComboBox<RevisionSummary> box : List.of(from, to)) {
            box.setCellFactory(v -> new ShortCell());
            box.setButtonCell(new ShortCell());
            box.setPromptText("Revision");
            box.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(box, Priority.ALWAYS);
            box.valueProperty().addListener((o, a, b) -> {
                if (!updating) {
                    compare();
                }
            });
        }
        Label fromLabel = new Label("Compare");
        fromLabel.setLabelFor(from);
        Label toLabel = new Label("with");
        toLabel.setLabelFor(to);
        GridPane pickers = new GridPane();
        pickers.setHgap(6);
        pickers.setVgap(6);
        pickers.addRow(0, fromLabel, from);
        pickers.addRow(1, toLabel, to);
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setHgrow(Priority.ALWAYS);
        pickers.getColumnConstraints().setAll(labels, boxes);

        ToggleGroup shape = new ToggleGroup();
        inline.setToggleGroup(shape);
        sideBySide.setToggleGroup(shape);
        inline.setId("history-inline");
        sideBySide.setId("history-side-by-side");
        inline.setAccessibleText("Show the differences inline");
        sideBySide.setAccessibleText("Show the differences side by side");
        inline.setSelected(true);
        // One of the two is always chosen.
        shape.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                showShape();
            }
        });
        restore.setId("history-restore");
        restore.setGraphic(Icons.icon("fth-rotate-ccw"));
        restore.setAccessibleText("Restore the revision chosen in the list as a new revision");
        restore.setTooltip(new Tooltip("Make the chosen revision's text current again, as a new revision"));
        restore.setDisable(true);
        restore.setOnAction(e -> confirmRestore());
        FlowPane tools = new FlowPane(6, 6, inline, sideBySide, restore);

        comparing.getStyleClass().add("panel-muted");
        comparing.setWrapText(true);
        comparing.setMinHeight(Region.USE_PREF_SIZE);
        inlineView.setId("review-diff");
        inlineView.setAccessibleText("Word differences between the two chosen revisions");
        inlineView.getStyleClass().add("diff-view");
        inlineScroll.setFitToWidth(true);
        inlineScroll.setFocusTraversable(true);
        inlineScroll.setAccessibleText("Differences");
        sideView.setId("history-side-view");
        sideView.getStyleClass().add("diff-view");
        sideView.setHgap(10);
        sideView.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sideView.getColumnConstraints().setAll(half, half);
        sideScroll.setFitToWidth(true);
        sideScroll.setFocusTraversable(true);
        sideScroll.setAccessibleText("Differences side by side");
        StackPane diffs = new StackPane(inlineScroll, sideScroll);
        diffs.setPrefHeight(220);
        VBox.setVgrow(diffs, Priority.ALWAYS);
        showShape();
        showMessage("Choose a revision above to see what has changed since.");

        getChildren().addAll(section("REVISIONS"), list, section("DIFFERENCES"), pickers, tools, comparing, diffs);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-section");
        return l;
    }

    public ListView<RevisionSummary> revisionList() {
        return list;
    }

    public TextFlow inlineView() {
        return inlineView;
    }

    public GridPane sideBySideView() {
        return sideView;
    }

    public ComboBox<RevisionSummary> fromBox() {
        return from;
    }

    public ComboBox<RevisionSummary> toBox() {
        return to;
    }

    public Button restoreButton() {
        return restore;
    }

    /** After the revisions were read afresh: keeps the chosen pair where they still exist. */
    public void refreshed() {
        updating = true;
        try {
            from.setValue(find(from.getValue()));
            to.setValue(find(to.getValue()));
        } finally {
            updating = false;
        }
        RevisionSummary chosen = list.getSelectionModel().getSelectedItem();
        restore.setDisable(chosen == null || chosen.head() || !vm.mayEdit());
        compare();
    }

    private RevisionSummary find(RevisionSummary r) {
        return r == null ? null : vm.revisions().stream().filter(x -> x.id().equals(r.id())).findFirst().orElse(null);
    }

    private void chosenInList(RevisionSummary r) {
        restore.setDisable(r == null || r.head() || !vm.mayEdit());
        if (r == null) {
            return;
        }
        updating = true;
        try {
            RevisionSummary head = vm.revisions().stream().filter(RevisionSummary::head).findFirst().orElse(null);
            from.setValue(r);
            to.setValue(head);
        } finally {
            updating = false;
        }
        compare();
    }

    private void compare() {
        RevisionSummary a = from.getValue();
        RevisionSummary b = to.getValue();
        if (a == null || b == null) {
            comparing.setText("");
            showMessage(vm.revisions().isEmpty() ? "No revisions yet." : "Choose a revision above to see what has changed since.");
            return;
        }
        comparing.setText("Revision " + a.number() + " (" + ReviewPane.WHEN.format(a.revision().created()) + ", "
                + a.authorName() + ") against revision " + b.number() + (b.head() ? ", the current one" : "")
                + ": removed words are struck through, added ones in bold.");
        if (a.id().equals(b.id())) {
            showMessage("Both sides are revision " + a.number() + ": choose two different revisions.");
            return;
        }
        showMessage("Comparing…");
        vm.compare(a.id(), b.id(), d -> {
            if (a.equals(from.getValue()) && b.equals(to.getValue())) {
                shown = d;
                showDiff();
            }
        });
    }

    private void showMessage(String text) {
        shown = null;
        inlineView.getChildren().setAll(muted(text));
        sideView.getChildren().clear();
        sideView.add(muted(text), 0, 0, 2, 1);
    }

    private void showShape() {
        inlineScroll.setVisible(inline.isSelected());
        sideScroll.setVisible(!inline.isSelected());
    }

    private void showDiff() {
        inlineView.getChildren().setAll(render(shown));
        sideView.getChildren().clear();
        if (shown.identical()) {
            sideView.add(muted("No differences: the two revisions have the same text."), 0, 0, 2, 1);
            return;
        }
        int row = 0;
        Text left = new Text("Revision " + from.getValue().number());
        Text right = new Text("Revision " + to.getValue().number());
        left.getStyleClass().add("diff-field");
        right.getStyleClass().add("diff-field");
        sideView.add(new TextFlow(left), 0, row);
        sideView.add(new TextFlow(right), 1, row++);
        for (FieldDiff f : shown.fields()) {
            Text name = new Text(f.label());
            name.getStyleClass().add("diff-field");
            TextFlow heading = new TextFlow(name);
            heading.setPadding(new Insets(8, 0, 2, 0));
            sideView.add(heading, 0, row++, 2, 1);
            for (SideBySideRow r : f.sideBySide()) {
                TextFlow l = side(r.left(), "removed");
                TextFlow rt = side(r.right(), "added");
                if (r.changed()) {
                    l.getStyleClass().add("diff-row-changed");
                    rt.getStyleClass().add("diff-row-changed");
                }
                l.setAccessibleText(f.label() + ", revision " + from.getValue().number() + ": " + r.leftText());
                rt.setAccessibleText(f.label() + ", revision " + to.getValue().number() + ": " + r.rightText());
                sideView.add(l, 0, row);
                sideView.add(rt, 1, row++);
            }
        }
    }

    private static TextFlow side(List<DiffSegment> segments, String what) {
        TextFlow flow = new TextFlow();
        for (DiffSegment seg : segments) {
            flow.getChildren().add(segment(seg));
        }
        flow.getStyleClass().add("diff-side");
        return flow;
    }

    private static Text segment(DiffSegment seg) {
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
        return t;
    }

    /** The inline word diff: field names, then the text with added words marked and removed ones struck through. */
    static List<Text> render(RevisionDiff d) {
        List<Text> out = new ArrayList<>();
        if (d.identical()) {
            out.add(muted("No differences: the two revisions have the same text."));
            return out;
        }
        for (FieldDiff f : d.fields()) {
            Text name = new Text((out.isEmpty() ? "" : "\n\n") + f.label() + "\n");
            name.getStyleClass().add("diff-field");
            out.add(name);
            for (DiffSegment seg : f.inline()) {
                out.add(segment(seg));
            }
        }
        return out;
    }

    private static Text muted(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("diff-field");
        return t;
    }

    private void confirmRestore() {
        RevisionSummary r = list.getSelectionModel().getSelectedItem();
        RevisionSummary head = vm.revisions().stream().filter(RevisionSummary::head).findFirst().orElse(null);
        if (r == null || r.head() || head == null) {
            return;
        }
        ButtonType restoreIt = new ButtonType("Restore revision " + r.number(), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", restoreIt, ButtonType.CANCEL);
        a.setTitle("Restore a revision");
        a.setHeaderText("Restore revision " + r.number() + " from " + ReviewPane.WHEN.format(r.revision().created())
                + " by " + r.authorName() + "?");
        WorkflowState state = head.state();
        String needsReview = state == WorkflowState.APPROVED || state == WorkflowState.PUBLISHED || state == WorkflowState.IN_REVIEW
                ? " It is an edit, so the item goes back to draft and needs review again." : "";
        a.setContentText("Its text becomes the current text, as a new revision " + (vm.revisions().size() + 1)
                + ". Nothing is lost: revision " + head.number() + " stays in the history, and Undo brings it back."
                + needsReview);
        a.getDialogPane().setId("restore-dialog");
        ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(restoreIt)).setDefaultButton(false);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
            a.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        a.setOnHidden(e -> {
            if (a.getResult() == restoreIt) {
                vm.restoreRevision(r);
            }
        });
        a.show();
    }

    /** One revision in the list: number, author, when, state, message, and each approval with its verdict. */
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
            String message = r.revision().message();
            Label meta = new Label(ReviewPane.WHEN.format(r.revision().created()) + " · " + r.state().label()
                    + (message.isBlank() ? "" : " · " + ReviewPane.shorten(message, 80)));
            meta.getStyleClass().add("panel-muted");
            meta.setWrapText(true);
            VBox box = new VBox(1, main, meta);
            fitWidth(this, main, meta);
            StringBuilder spoken = new StringBuilder(main.getText() + ", " + meta.getText());
            for (VerifiedApproval a : r.approvals()) {
                Label ap = new Label((a.valid() ? "✓ " : "✗ ") + verdict(a));
                ap.getStyleClass().add(a.valid() ? "approval-verified" : "approval-invalid");
                ap.setWrapText(true);
                box.getChildren().add(ap);
                fitWidth(this, ap);
                spoken.append(". ").append(verdict(a));
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
            setAccessibleText(spoken.toString());
        }
    }

    /**
     * Wrapped labels in a list cell take the list's width, so a long line wraps instead of being
     * cut short with an ellipsis.
     */
    static void fitWidth(ListCell<?> cell, Label... labels) {
        for (Label l : labels) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            if (cell.getListView() != null) {
                l.prefWidthProperty().bind(cell.getListView().widthProperty().subtract(34));
            }
        }
    }

    /**
     * How the history states an approval: "Signature verified: approved by …", or invalid and
     * not treated as approved, with why (a signature that does not match, someone approving
     * their own work, altered text).
     */
    static String verdict(VerifiedApproval a) {
        String who = " by " + a.reviewerName() + ", " + ReviewPane.WHEN.format(a.approval().at());
        if (a.valid()) {
            return "Signature verified: approved" + who;
        }
        String what = a.problem().startsWith("the signature") ? "Signature invalid" : "Approval invalid";
        return what + " — not treated as approved. Approval" + who + ": " + a.problem() + ".";
    }

    /** A revision in the compare boxes: short. */
    private static final class ShortCell extends ListCell<RevisionSummary> {
        @Override
        protected void updateItem(RevisionSummary r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : "Revision " + r.number() + (r.head() ? " (current)" : "")
                    + " · " + ReviewPane.WHEN.format(r.revision().created()));
        }
    }
}
