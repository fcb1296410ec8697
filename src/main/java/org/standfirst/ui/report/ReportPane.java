package org.standfirst.ui.report;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.ui.Icons;

/**
 * A report's sections in reading order, each with its writer and state. Alt+Up and Alt+Down
 * move the selected section, as does dragging (a line shows where it will land); Enter opens it
 * in the editor.
 */
public final class ReportPane extends VBox {
    private static final DataFormat SECTION = new DataFormat("application/x-standfirst-section");
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    private final ReportViewModel vm;
    private final ListView<Item> list = new ListView<>();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final ComboBox<Person> writer = new ComboBox<>();
    private Consumer<Item> onOpen = i -> { };
    private Consumer<Item> onAdded;
    private boolean updatingWriter;
    private String selectedId;

    public ReportPane(ReportViewModel vm) {
        this.vm = vm;
        getStyleClass().add("report-pane");
        title.getStyleClass().add("report-title");
        title.setWrapText(true);
        summary.getStyleClass().add("item-meta");
        summary.setWrapText(true);
        vm.reportProperty().addListener((o, a, r) -> {
            title.setText(r == null ? "" : r.title());
            summary.setText(r == null ? "" : r.summary());
        });

        list.setId("section-list");
        list.setAccessibleText("Sections of the report, in order. Alt+Up and Alt+Down move a section.");
        list.setItems(vm.sections());
        list.setCellFactory(v -> new SectionCell());
        Label empty = new Label("This report has no sections yet. Add one to start writing.");
        empty.getStyleClass().add("empty-hint");
        list.setPlaceholder(empty);
        list.setOnKeyPressed(e -> {
            Item sel = list.getSelectionModel().getSelectedItem();
            if (sel == null) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int to = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.UP ? -1 : 1);
                moveSelected(sel, to);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                onOpen.accept(sel);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            Item sel = list.getSelectionModel().getSelectedItem();
            if (sel != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpen.accept(sel);
            }
        });

        Button up = Icons.button("fth-arrow-up", "Move section up (Alt+Up)", () -> moveBy(-1));
        Button down = Icons.button("fth-arrow-down", "Move section down (Alt+Down)", () -> moveBy(1));
        Button add = new Button("Add section", Icons.icon("fth-plus"));
        add.setAccessibleText("Add a section at the end");
        add.setId("section-add");
        add.setOnAction(e -> vm.addSection(added -> (onAdded != null ? onAdded : onOpen).accept(added)));
        Button open = new Button("Open", Icons.icon("fth-edit-3"));
        open.setAccessibleText("Open the selected section in the editor");
        open.setOnAction(e -> {
            Item sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                onOpen.accept(sel);
            }
        });
        Button remove = new Button("Remove", Icons.icon("fth-archive"));
        remove.setAccessibleText("Remove the selected section to the archive");
        remove.setOnAction(e -> {
            Item sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                vm.archive(sel);
            }
        });
        writer.setId("section-writer");
        writer.setAccessibleText("Writer of the selected section");
        writer.setItems(vm.people());
        writer.setPromptText("Writer");
        writer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        writer.valueProperty().addListener((o, a, p) -> {
            Item sel = list.getSelectionModel().getSelectedItem();
            if (!updatingWriter && sel != null && p != null) {
                vm.assignWriter(sel, p);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, sel) -> {
            showWriterOf(sel);
            if (sel != null && !vm.isUpdating()) {
                selectedId = sel.id();
            }
        });
        // The list is read back from the store after each change: keep the same section selected.
        vm.sections().addListener((javafx.collections.ListChangeListener<Item>) c -> {
            if (selectedId == null) {
                return;
            }
            for (int i = 0; i < vm.sections().size(); i++) {
                if (vm.sections().get(i).id().equals(selectedId)) {
                    int at = i;
                    javafx.application.Platform.runLater(() -> list.getSelectionModel().clearAndSelect(at));
                    return;
                }
            }
        });
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(open.disableProperty());
        up.disableProperty().bind(open.disableProperty());
        down.disableProperty().bind(open.disableProperty());
        writer.disableProperty().bind(open.disableProperty());

        Label writerLabel = new Label("Writer");
        writerLabel.getStyleClass().add("field-label");
        writerLabel.setLabelFor(writer);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {add, open, remove, writerLabel, up, down}) {
            c.setMinWidth(Region.USE_PREF_SIZE); // never cut a label short: the row wraps instead
        }
        HBox writerBox = new HBox(6, writerLabel, writer, up, down);
        writerBox.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, add, open, remove, writerBox);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, title, summary);
        head.setPadding(new Insets(14, 16, 8, 16));
        actions.setPadding(new Insets(0, 16, 8, 16));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, actions, list);
    }

    private void showWriterOf(Item sel) {
        updatingWriter = true;
        try {
            writer.setValue(sel == null ? null
                    : vm.people().stream().filter(p -> p.id().equals(sel.writerId())).findFirst().orElse(null));
        } finally {
            updatingWriter = false;
        }
    }

    private void moveBy(int delta) {
        Item sel = list.getSelectionModel().getSelectedItem();
        if (sel != null) {
            moveSelected(sel, list.getSelectionModel().getSelectedIndex() + delta);
        }
    }

    private void moveSelected(Item sel, int to) {
        if (to < 0 || to >= vm.sections().size()) {
            return;
        }
        vm.move(sel, to);
        list.getSelectionModel().clearAndSelect(to);
        list.scrollTo(to);
        list.requestFocus();
    }

    public void setOnOpen(Consumer<Item> onOpen) {
        this.onOpen = onOpen;
    }

    /** What a section just added does (by default: it opens, as Open does). */
    public void setOnAdded(Consumer<Item> onAdded) {
        this.onAdded = onAdded;
    }

    public ListView<Item> sectionList() {
        return list;
    }

    private final class SectionCell extends ListCell<Item> {
        SectionCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                list.getSelectionModel().clearAndSelect(getIndex());
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(SECTION, getItem().id());
                db.setContent(c);
                db.setDragView(snapshot(null, null), e.getX(), e.getY());
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasContent(SECTION)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    showDropLine(isEmpty() || e.getY() > getHeight() / 2);
                }
                e.consume();
            });
            setOnDragExited(e -> clearDropLine());
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(SECTION);
                Item moving = vm.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
                clearDropLine();
                if (moving != null) {
                    // Where the line was drawn: before this section, or after it (lower half, or
                    // the empty space below the last one).
                    int before = isEmpty() ? vm.sections().size() : getIndex() + (e.getY() > getHeight() / 2 ? 1 : 0);
                    int from = vm.sections().indexOf(moving);
                    moveSelected(moving, before > from ? before - 1 : before);
                }
                e.setDropCompleted(moving != null);
                e.consume();
            });
            setOnDragDone(e -> clearDropLine());
        }

        /** The drop indicator: a line above or below this cell where the section would land. */
        private void showDropLine(boolean below) {
            pseudoClassStateChanged(DROP_ABOVE, !below);
            pseudoClassStateChanged(DROP_BELOW, below);
        }

        private void clearDropLine() {
            pseudoClassStateChanged(DROP_ABOVE, false);
            pseudoClassStateChanged(DROP_BELOW, false);
        }

        @Override
        protected void updateItem(Item it, boolean empty) {
            super.updateItem(it, empty);
            if (empty || it == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label pos = new Label(String.valueOf(getIndex() + 1));
            pos.getStyleClass().add("section-position");
            Label headline = new Label(it.headline().isBlank() ? "Untitled section" : it.headline());
            headline.getStyleClass().add("item-headline");
            Label meta = new Label(vm.nameOf(it.writerId()));
            meta.getStyleClass().add("item-meta");
            Label state = new Label(it.state().label());
            state.getStyleClass().addAll("state-chip", "state-" + it.state().name().toLowerCase(Locale.ROOT));
            state.setMinWidth(Region.USE_PREF_SIZE);
            headline.setMinWidth(0);
            VBox text = new VBox(2, headline, meta);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.SOMETIMES);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, pos, text, spacer, state);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setPrefWidth(0); // fit the list's width: long headlines end in … and the state stays in view
            setAccessibleText("Section " + (getIndex() + 1) + ": " + headline.getText() + ", by " + meta.getText()
                    + ", " + it.state().label());
        }
    }
}
