package org.standfirst.ui.problems;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.standfirst.check.Fields;
import org.standfirst.check.Finding;
import org.standfirst.check.Severity;
import org.standfirst.ui.Icons;
import org.standfirst.ui.editor.EditorPane;
import org.standfirst.ui.editor.Formatting;
import org.standfirst.ui.editor.MarkdownEditor;

/**
 * The problems list under the editor: each finding with its severity, message and place; Enter
 * or a double click goes to the words; Quick fix, Ignore once and Add to dictionary act on the
 * selected finding.
 */
public final class ProblemsPane extends VBox {
    static final String STYLES = Objects.requireNonNull(ProblemsPane.class.getResource("/org/standfirst/ui/panels/panels.css"),
            "panels.css").toExternalForm();

    private final ProblemsViewModel vm;
    private final EditorPane editor;
    private final ListView<Finding> list = new ListView<>();
    private final Button fix = new Button("Quick fix");
    private final Button ignore = new Button("Ignore once");
    private final Button addWord = new Button("Add to dictionary");
    private final Button goTo = new Button("Go to");

    public ProblemsPane(ProblemsViewModel vm, EditorPane editor) {
        this.vm = vm;
        this.editor = editor;
        getStylesheets().add(STYLES);
        editor.body().getStylesheets().add(STYLES);
        vm.setOnFindings(list -> editor.body().setMarks(list.stream()
                .filter(f -> Fields.BODY.equals(f.field()) && f.length() > 0)
                .map(f -> new MarkdownEditor.Mark(f.offset(), f.end(), "squiggle-" + f.severity().label()))
                .toList()));
        getStyleClass().add("problems-pane");
        setId("problems-pane");
        Label title = new Label("Problems");
        title.getStyleClass().add("panel-title");
        Label summary = new Label();
        summary.getStyleClass().add("panel-muted");
        summary.setId("problems-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.accessibleTextProperty().bind(Bindings.concat("Problems: ", vm.summaryProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        goTo.setId("problem-go-to");
        goTo.setAccessibleText("Go to the selected problem in the text");
        goTo.setTooltip(new Tooltip("Go to the words (Enter or double click)"));
        fix.setId("problem-quick-fix");
        fix.setAccessibleText("Quick fix: apply the suggested replacement");
        ignore.setId("problem-ignore");
        ignore.setAccessibleText("Ignore this problem once");
        ignore.setTooltip(new Tooltip("Hide this finding until the words around it change"));
        addWord.setId("problem-add-word");
        addWord.setAccessibleText("Add this word to the workspace dictionary");
        addWord.setTooltip(new Tooltip("Accept this spelling in every item of this workspace"));
        for (Button b : new Button[] {goTo, fix, ignore, addWord}) {
            b.getStyleClass().add("small");
            b.setMinWidth(Region.USE_PREF_SIZE); // the buttons keep their words; the summary gives way
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        HBox header = new HBox(8, title, summary, spacer, goTo, fix, ignore, addWord);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 12));
        header.getStyleClass().add("panel-header");

        list.setId("problems-list");
        list.setAccessibleText("Problems in this item");
        list.setItems(vm.findings());
        // A fresh check replaces the list: keep the writer's place when the same finding is still
        // there, so a click on Quick fix as the list renews still acts on what they chose.
        Finding[] chosen = new Finding[1];
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                chosen[0] = f;
            }
        });
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> {
            if (chosen[0] != null && list.getSelectionModel().isEmpty() && vm.findings().contains(chosen[0])) {
                list.getSelectionModel().select(chosen[0]);
            }
        });
        list.setPlaceholder(new Label("No problems found in this item."));
        list.setCellFactory(v -> new FindingCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jumpToSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        var selected = list.getSelectionModel().selectedItemProperty();
        goTo.disableProperty().bind(selected.isNull());
        ignore.disableProperty().bind(selected.isNull());
        selected.addListener((o, a, f) -> updateButtons(f));
        updateButtons(null);
        goTo.setOnAction(e -> jumpToSelected());
        fix.setOnAction(e -> fixSelected());
        ignore.setOnAction(e -> {
            Finding f = selected.get();
            if (f != null) {
                vm.ignoreOnce(f);
            }
        });
        addWord.setOnAction(e -> {
            Finding f = selected.get();
            if (f != null && ProblemsViewModel.isSpelling(f)) {
                vm.addToDictionary(f);
            }
        });
    }

    private void updateButtons(Finding f) {
        boolean canFix = f != null && f.hasQuickFix();
        fix.setDisable(!canFix);
        fix.setTooltip(new Tooltip(canFix ? "Replace “" + f.text() + "” with “" + f.replacement() + "”"
                : "The selected problem has no quick fix"));
        boolean spelling = f != null && ProblemsViewModel.isSpelling(f);
        addWord.setVisible(spelling);
        addWord.setManaged(spelling);
    }

    public ListView<Finding> list() {
        return list;
    }

    /** Selects the finding's words in its field and puts the caret there. */
    public void jumpToSelected() {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f != null) {
            jumpTo(f);
        }
    }

    public void jumpTo(Finding f) {
        if (Fields.BODY.equals(f.field())) {
            MarkdownEditor body = editor.body();
            int len = body.getLength();
            body.selectRange(Math.min(f.offset(), len), Math.min(f.end(), len));
            body.requestFollowCaret();
            body.requestFocus();
            return;
        }
        TextInputControl t = editor.fieldFor(f.field());
        if (t != null) {
            t.requestFocus();
            int len = t.getLength();
            t.selectRange(Math.min(f.offset(), len), Math.min(f.end(), len));
        }
    }

    /**
     * Applies the selected finding's replacement as an edit of the field's own text, so the
     * field's undo (Ctrl+Z there, or Edit > Undo) takes it back, in the body as in the headline.
     */
    public void fixSelected() {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f == null || !f.hasQuickFix()) {
            return;
        }
        boolean applied;
        if (Fields.BODY.equals(f.field())) {
            MarkdownEditor body = editor.body();
            applied = matches(body.getText(), f);
            if (applied) {
                body.apply(new Formatting.Edit(f.offset(), f.end(), f.replacement(), f.offset(),
                        f.offset() + f.replacement().length()));
                editor.noteEdited(body);
            }
        } else {
            TextInputControl field = editor.fieldFor(f.field());
            applied = field != null && matches(field.getText(), f);
            if (applied) {
                field.replaceText(f.offset(), f.end(), f.replacement());
                field.selectRange(f.offset(), f.offset() + f.replacement().length());
                editor.noteEdited(field);
            }
        }
        if (applied) {
            vm.findings().remove(f);
        } else {
            vm.checkNow(); // the words moved since the check; the fresh list offers the fix again
        }
    }

    private static boolean matches(String text, Finding f) {
        return f.end() <= text.length() && text.regionMatches(f.offset(), f.text(), 0, f.length());
    }

    /**
     * One finding: its severity, the whole message wrapped over as many lines as it needs, and
     * where it is; the tooltip adds the rule's explanation, its id and severity, and the fix.
     */
    private final class FindingCell extends ListCell<Finding> {
        // Under the chosen row: the rule's explanation, the rule and the fix, as the tooltip says
        // them, for people who move through the list with the keyboard.
        private final Label details = new Label();

        FindingCell() {
            details.getStyleClass().addAll("panel-muted", "problem-details");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            details.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            showDetails();
        }

        private void showDetails() {
            boolean on = isSelected() && getItem() != null;
            details.setVisible(on);
            details.setManaged(on);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            FontIcon icon = Icons.icon(switch (f.severity()) {
                case ERROR -> "fth-x-circle";
                case WARNING -> "fth-alert-triangle";
                case SUGGESTION -> "fth-info";
            });
            icon.getStyleClass().add("severity-" + f.severity().label());
            Label message = new Label(f.message());
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            message.setMinWidth(0);
            message.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            Label where = new Label(where(f));
            where.getStyleClass().add("panel-muted");
            where.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, icon, message, where);
            row.setAlignment(Pos.TOP_LEFT);
            String explanation = vm.explanation(f);
            String all = details(f, explanation);
            details.setText(all.substring(f.message().strip().length()).strip());
            details.setPadding(new Insets(2, 0, 2, 24));
            showDetails();
            setText(null);
            setGraphic(new VBox(2, row, details));
            setPrefWidth(0);
            Tooltip tip = new Tooltip(all);
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.setShowDuration(javafx.util.Duration.minutes(1));
            setTooltip(tip);
            setAccessibleText(severityWord(f.severity()) + ": " + f.message() + ", " + where(f)
                    + (explanation.isEmpty() ? "" : ". " + explanation));
        }
    }

    /** The tooltip of a finding: the whole message, the rule's explanation, the rule, and the fix. */
    static String details(Finding f, String explanation) {
        StringBuilder sb = new StringBuilder(f.message().strip());
        if (!explanation.isEmpty()) {
            sb.append("\n\n").append(explanation);
        }
        sb.append("\n\n").append(severityWord(f.severity())).append(" · rule ").append(f.rule()).append(" · ").append(where(f));
        if (f.hasQuickFix()) {
            sb.append("\nQuick fix: replace “").append(f.text()).append("” with “").append(f.replacement()).append("”");
        }
        return sb.toString();
    }

    static String where(Finding f) {
        String field = switch (f.field()) {
            case Fields.BODY -> "";
            case Fields.HEADLINE -> "Headline, ";
            case Fields.STANDFIRST -> "Standfirst, ";
            case Fields.HERO -> "Image alt text, ";
            case Fields.NOTES_TO_EDITORS -> "Notes to editors, ";
            default -> f.field() + ", ";
        };
        return field + "line " + f.line();
    }

    static String severityWord(Severity s) {
        return switch (s) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case SUGGESTION -> "Suggestion";
        };
    }
}
