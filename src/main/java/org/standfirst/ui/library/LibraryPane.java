package org.standfirst.ui.library;

import org.standfirst.ui.HeadlineText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.ui.Icons;

/** The library: smart lists with counts on the left, then search, filters and the item list. */
public final class LibraryPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    /** "14:05" for today, "3 Aug" before: short enough for a narrow list. */
    static String when(java.time.Instant t) {
        java.time.LocalDate day = t.atZone(ZoneId.systemDefault()).toLocalDate();
        return day.equals(java.time.LocalDate.now()) ? TIME.format(t) : DAY.format(t);
    }

    private final LibraryViewModel vm;
    private final ListView<SmartList> lists = new ListView<>();
    private final atlantafx.base.controls.CustomTextField search = new atlantafx.base.controls.CustomTextField();
    private final ComboBox<ItemKind> kind = new ComboBox<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final ListView<Item> items = new ListView<>();
    private final VBox sidebar;
    private final VBox itemPane;

    public LibraryPane(LibraryViewModel vm, String workspaceName) {
        this.vm = vm;
        lists.setId("smart-lists");
        lists.setAccessibleText("Smart lists");
        lists.getItems().setAll(SmartList.values());
        lists.setCellFactory(v -> new SmartListCell());
        lists.getSelectionModel().select(vm.smartList.get());
        lists.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.smartList.set(b);
            }
        });
        vm.smartList.addListener((o, a, b) -> lists.getSelectionModel().select(b));
        vm.counts().addListener((MapChangeListener<SmartList, Integer>) c -> lists.refresh());
        lists.setFixedCellSize(32);
        lists.setPrefHeight(32 * SmartList.values().length + 6);
        lists.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label app = new Label("Standfirst");
        app.getStyleClass().add("app-name");
        Label ws = new Label(workspaceName);
        ws.getStyleClass().add("workspace-name");
        Label heading = new Label("LIBRARY");
        heading.getStyleClass().add("sidebar-heading");
        sidebar = new VBox(app, ws, heading, lists);
        sidebar.getStyleClass().add("sidebar");
        VBox.setVgrow(lists, Priority.NEVER);

        search.setId("search-field");
        search.setPromptText("Search headlines, text and tags");
        search.setAccessibleText("Search the library");
        search.textProperty().bindBidirectional(vm.search);
        search.setLeft(Icons.icon("fth-search"));
        // Escape clears the search, as in a browser's or a mail program's search box.
        search.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });

        kind.setId("kind-filter");
        kind.setAccessibleText("Filter by kind");
        kind.getItems().add(null);
        kind.getItems().addAll(ItemKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemKind k) {
                return k == null ? "All kinds" : k.label();
            }

            @Override
            public ItemKind fromString(String s) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ItemKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(k == null ? "All kinds" : k.label());
            }
        });
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setMaxWidth(Double.MAX_VALUE);

        topic.setId("topic-filter");
        topic.setAccessibleText("Filter by topic");
        topic.setPromptText("All topics");
        topic.setMaxWidth(Double.MAX_VALUE);
        vm.topics().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String v = topic.getValue();
            topic.getItems().setAll(vm.topics());
            topic.getItems().add(0, null);
            topic.setValue(v);
        });
        topic.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                setText(t == null ? "All topics" : t);
            }
        });
        topic.valueProperty().bindBidirectional(vm.topic);

        items.setId("item-list");
        items.setAccessibleText("Items");
        items.getStyleClass().add("item-list");
        items.setItems(vm.items());
        items.setCellFactory(v -> new ItemCell());
        // Until the first results are in, the window may already show while the workspace opens.
        Label empty = new Label("Opening the library…");
        vm.whenRefreshed(() -> empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.problemProperty().isEmpty())
                .then("Nothing here yet.\nTry another list, or clear the search.").otherwise(vm.problemProperty())));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-hint");
        items.setPlaceholder(empty);
        // One filter under the other, each the pane's width: side by side in the narrow list
        // pane they were cut to "Press rel…" and "Structural bi…", and jumped in width as chosen.
        VBox header = new VBox(6, search, kind, topic);
        header.getStyleClass().add("pane-header");
        header.setId("library-header");
        itemPane = new VBox(header, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        itemPane.getStyleClass().add("item-pane");
    }

    public VBox sidebar() {
        return sidebar;
    }

    public VBox itemPane() {
        return itemPane;
    }

    public ListView<Item> itemList() {
        return items;
    }

    public ListView<SmartList> smartLists() {
        return lists;
    }

    public TextField searchField() {
        return search;
    }

    /** A smart list's row: icon, name and count, made once per cell and refilled (lists refresh as counts arrive). */
    private final class SmartListCell extends ListCell<SmartList> {
        private final FontIcon icon = Icons.icon(SmartList.ALL.icon());
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row;

        SmartListCell() {
            name.getStyleClass().add("smart-list-name");
            count.getStyleClass().add("smart-list-count");
            // The name itself takes the spare width (no spacer, whose two gaps cut "Awaiting my review").
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            row = new HBox(8, icon, name, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // fit the list's width: no sideways scrolling
        }

        @Override
        protected void updateItem(SmartList s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            icon.setIconLiteral(s.icon());
            name.setText(s.label());
            Integer n = vm.counts().get(s);
            count.setText(n == null ? "" : String.valueOf(n));
            count.setVisible(n != null);
            setGraphic(row);
            setAccessibleText(s.label() + (n == null ? "" : ", " + n + (n == 1 ? " item" : " items")));
        }
    }

    /**
     * An item's row: headline, then kind, writer and when, with the state as a chip. The nodes are
     * made once per cell and refilled, so scrolling and refreshing restyle nothing new.
     */
    private final class ItemCell extends ListCell<Item> {
        private final Label headline = new Label();
        private final Label meta = new Label();
        private final Label state = new Label();
        private final VBox box;
        private String stateClass;

        ItemCell() {
            headline.getStyleClass().add("item-headline");
            headline.setWrapText(false);
            state.getStyleClass().add("state-chip");
            state.setMinWidth(Region.USE_PREF_SIZE);
            meta.getStyleClass().add("item-meta");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox second = new HBox(6, meta, spacer, state);
            second.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, headline, second);
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Item it, boolean empty) {
            super.updateItem(it, empty);
            setText(null);
            if (empty || it == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            headline.setText(HeadlineText.of(it));
            state.setText(it.state().label());
            String cls = "state-" + it.state().name().toLowerCase(Locale.ROOT);
            if (!cls.equals(stateClass)) {
                if (stateClass != null) {
                    state.getStyleClass().remove(stateClass);
                }
                state.getStyleClass().add(cls);
                stateClass = cls;
            }
            String writer = vm.nameOf(it.writerId());
            meta.setText(it.kind().label() + (writer.isEmpty() ? "" : " · " + writer) + " · " + when(it.updated()));
            setGraphic(box);
            setAccessibleText(headline.getText() + ", " + it.kind().label() + ", " + it.state().label()
                    + (writer.isEmpty() ? "" : ", by " + writer));
        }
    }
}
