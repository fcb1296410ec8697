package org.standfirst.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.standfirst.ui.Icons;

/**
 * Find and replace over the body: Ctrl+F opens it, Enter finds the next match, Shift+Enter the
 * previous, Escape closes it and returns to the text. Replace all is one undoable change.
 * Finding is one row and replacing a second (Ctrl+H), so each keeps its words in the editor's
 * narrow column instead of nine controls squeezed to "…" on one line.
 */
public final class FindReplaceBar extends VBox {
    private final MarkdownEditor editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label count = new Label();
    private final HBox replaceRow;

    public FindReplaceBar(MarkdownEditor editor) {
        this.editor = editor;
        getStyleClass().add("find-bar");
        setSpacing(6);
        setPadding(new Insets(6, 8, 6, 8));
        find.setPromptText("Find");
        find.setAccessibleText("Find");
        find.setId("find-field");
        replace.setPromptText("Replace with");
        replace.setAccessibleText("Replace with");
        replace.setId("replace-field");
        matchCase.setAccessibleText("Match case");
        matchCase.setId("find-match-case");
        count.getStyleClass().add("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);

        Button prev = Icons.button("fth-chevron-up", "Previous match (Shift+Enter)", this::findPrevious);
        Button next = Icons.button("fth-chevron-down", "Next match (Enter)", this::findNext);
        Button one = new Button("Replace");
        one.setAccessibleText("Replace this match");
        one.setId("replace-one");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("Replace all");
        all.setAccessibleText("Replace all matches");
        all.setId("replace-all");
        all.setOnAction(e -> replaceAll());
        Button close = Icons.button("fth-x", "Close find (Escape)", this::close);

        for (Region r : new Region[] {one, all, matchCase, prev, next, close}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        find.setMinWidth(80);
        replace.setMinWidth(80);
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        HBox findRow = new HBox(6, find, prev, next, count, matchCase, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());
        getChildren().addAll(findRow, replaceRow);

        find.textProperty().addListener((o, a, b) -> {
            updateCount();
            int at = TextSearch.next(editor.getText(), b, editor.getSelection().getStart(), matchCase.isSelected());
            select(at);
        });
        matchCase.selectedProperty().addListener((o, a, b) -> updateCount());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    findPrevious();
                } else {
                    findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /**
     * Shows the bar with the selected text (if any) as the query. Find (Ctrl+F) shows the find
     * row only; find and replace (Ctrl+H) adds the replace row, and starts in the replace field
     * only when there is already something to find.
     */
    public void open(boolean withReplace) {
        String selected = editor.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        replaceRow.setVisible(withReplace);
        setVisible(true);
        setManaged(true);
        updateCount();
        (withReplace && !find.getText().isEmpty() ? replace : find).requestFocus();
        find.selectAll();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        editor.requestFocus();
    }

    public void findNext() {
        int at = TextSearch.next(editor.getText(), find.getText(), editor.getSelection().getEnd(), matchCase.isSelected());
        select(at);
    }

    public void findPrevious() {
        int at = TextSearch.previous(editor.getText(), find.getText(), editor.getSelection().getStart(), matchCase.isSelected());
        select(at);
    }

    /** Replaces the selected match (if the selection is one) and moves to the next. */
    public void replaceOne() {
        String q = find.getText();
        String sel = editor.getSelectedText();
        boolean isMatch = !q.isEmpty() && (matchCase.isSelected() ? sel.equals(q) : sel.equalsIgnoreCase(q));
        if (isMatch) {
            editor.getUndoManager().preventMerge();
            editor.replaceSelection(replace.getText());
            editor.getUndoManager().preventMerge();
        }
        findNext();
        updateCount();
    }

    public void replaceAll() {
        String text = editor.getText();
        int n = TextSearch.count(text, find.getText(), matchCase.isSelected());
        if (n == 0) {
            count.setText("No matches");
            return;
        }
        int caret = Math.min(editor.getCaretPosition(), text.length());
        String replaced = TextSearch.replaceAll(text, find.getText(), replace.getText(), matchCase.isSelected());
        // One replaceText call, kept apart from the typing around it: one step for Undo.
        editor.getUndoManager().preventMerge();
        editor.replaceText(0, text.length(), replaced);
        editor.getUndoManager().preventMerge();
        editor.moveTo(Math.min(caret, replaced.length()));
        count.setText(n == 1 ? "Replaced 1" : "Replaced " + n);
    }

    private void select(int at) {
        if (at >= 0) {
            editor.selectRange(at, at + find.getText().length());
            editor.requestFollowCaret();
        }
        updateCount();
    }

    private void updateCount() {
        String q = find.getText();
        if (q.isEmpty()) {
            count.setText("");
            return;
        }
        int n = TextSearch.count(editor.getText(), q, matchCase.isSelected());
        count.setText(n == 0 ? "No matches" : n == 1 ? "1 match" : n + " matches");
    }

    public TextField findField() {
        return find;
    }

    public TextField replaceField() {
        return replace;
    }
}
