package org.standfirst.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.ui.people.WorkingAs;
import org.standfirst.model.Report;
import org.standfirst.model.Text;
import org.standfirst.model.WorkflowState;
import org.standfirst.ui.editor.EditorPane;
import org.standfirst.ui.editor.EditorViewModel;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.ui.editor.MarkdownEditor.FormattingAction;
import org.standfirst.ui.editor.SaveState;
import org.standfirst.ui.library.LibraryPane;
import org.standfirst.ui.library.LibraryViewModel;
import org.standfirst.ui.library.SmartList;
import org.standfirst.ui.preview.PreviewController;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.standfirst.ui.problems.ProblemsPane;
import org.standfirst.ui.review.ReviewPane;
import org.standfirst.ui.review.ReviewViewModel;
import org.standfirst.workflow.Action;
import org.standfirst.ui.problems.ProblemsViewModel;
import org.standfirst.ui.preview.PreviewPane;
import org.standfirst.ui.preview.PreviewSession;
import org.standfirst.ui.report.ReportPane;
import org.standfirst.ui.report.ReportViewModel;

/**
 * The main window: menu bar and toolbar, the library (smart lists, reports, search, items),
 * the editor or report view, the live preview, and the status bar. It wires views to view
 * models; every service call goes through {@link BackgroundTasks}.
 */
public final class MainWindow {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Stage stage;
    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final WindowLayout layout;
    private final LibraryViewModel library;
    private final EditorViewModel editorVm;
    private final ReportViewModel reportVm;
    private final LibraryPane libraryPane;
    // The editor column, the review pane and the report view are made after the first frame (or
    // when first needed, through their accessors): they are most of the window's nodes, and
    // styling and laying them out was most of the start-up time, for panes nobody sees until an
    // item is open.
    private EditorPane editorPane;
    private ReportPane reportPane;
    private final ProblemsViewModel problemsVm;
    private ProblemsPane problemsPane;
    private final SplitPane editorColumn = new SplitPane();
    private final Label readability = new Label();
    private final ReviewViewModel reviewVm;
    private ReviewPane reviewPane;
    private final TabPane sideTabs = new TabPane();
    private final Tab reviewTab = new Tab("Review");
    private final ListView<Report> reports = new ListView<>();
    private final StackPane centre = new StackPane();
    private final StackPane previewHolder = new StackPane();
    private final SplitPane split = new SplitPane();
    private final Notice notice = new Notice();
    private final Label saveState = new Label();
    private final Label words = new Label();
    private final Label caret = new Label();
    private final Label itemState = new Label();
    private final Label emptyCentre = new Label("Choose an item from the list, or press Ctrl+N to start a new one.");
    private final CheckMenuItem showPreview = new CheckMenuItem("Show preview");
    private final CheckMenuItem mobileWidth = new CheckMenuItem("Mobile width");
    private final RadioMenuItem light = new RadioMenuItem("Light theme");
    private final RadioMenuItem dark = new RadioMenuItem("Dark theme");
    private final Scene scene;
    private final ItemCommands commands;
    private PreviewPane preview;
    private final org.standfirst.ui.preview.PreviewPanel previewPanel;
    private PreviewController previewController;
    private final PreviewSession previewSession;
    // True while the notice's Undo (archive, duplicate, section removed) is the last thing done.
    private boolean actionUndoable;
    private ScrollSync scrollSync;
    private Theme theme;
    private Person me;
    private final WorkingAs workingAs;
    private String openReportId;
    private Consumer<Long> onPatched = n -> { };
    private boolean previewShown;
    private Consumer<WindowLayout> layoutWriter;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);

    public MainWindow(Stage stage, Workstation ws, BackgroundTasks tasks, WindowLayout layout, Person me) {
        this.stage = stage;
        this.ws = ws;
        this.tasks = tasks;
        this.layout = layout;
        this.me = me;
        this.previewSession = new PreviewSession(ws);
        this.commands = new ItemCommands(ws, tasks, new CommandOutcomes());
        library = new LibraryViewModel(ws, tasks);
        editorVm = new EditorViewModel(ws, tasks);
        reportVm = new ReportViewModel(ws, tasks);
        libraryPane = new LibraryPane(library, workspaceName());
        problemsVm = new ProblemsViewModel(ws, tasks, editorVm);
        problemsVm.setOnProblem(m -> notice.show(m, true));
        workingAs = new WorkingAs(stage, ws, tasks, notice, me, this::workAs);
        reviewVm = new ReviewViewModel(ws, tasks, () -> this.me);
        reviewVm.setOnProblem(m -> notice.show(m, true));
        reviewVm.setOnDone(m -> notice.show(m, false));
        reviewVm.setBeforeAction(editorVm::save);
        reviewVm.setOnItemChanged(this::reviewChanged);
        reviewVm.setOnRestored((m, undo) -> notice.show(m, false, "Undo", undo));
        reviewVm.setOnErrorsBeforeSubmit((item, errors, refuses, submit) -> new org.standfirst.ui.review.SubmitErrorsDialog(
                stage, stage.getScene(), item, errors, refuses).ask(submit, () -> problemsPane().jumpTo(errors.get(0))));

        buildReportsList();
        emptyCentre.getStyleClass().add("empty-hint");
        emptyCentre.setId("empty-centre");
        centre.getChildren().setAll(emptyCentre);
        centre.setMinWidth(360);
        Label previewWaiting = new Label("The preview opens in a moment…");
        previewWaiting.getStyleClass().add("empty-hint");
        previewHolder.getChildren().add(previewWaiting);
        previewHolder.getStyleClass().add("preview-pane");
        previewHolder.setMinWidth(0);

        VBox sidebar = libraryPane.sidebar();
        Label reportsHeading = new Label("REPORTS");
        reportsHeading.getStyleClass().add("sidebar-heading");
        sidebar.getChildren().addAll(reportsHeading, reports);
        VBox.setVgrow(reports, Priority.ALWAYS);
        sidebar.setMinWidth(200);
        libraryPane.itemPane().setMinWidth(240);
        // The page preview, or the open item's ninjs, chosen in the tab's own toolbar.
        var ninjs = new org.standfirst.ui.preview.NinjsViewModel(ws, tasks, editorVm);
        ninjs.mode.set(org.standfirst.ui.preview.NinjsViewModel.Mode.parse(layout.text("preview.mode", "page")));
        ninjs.mode.addListener((o, a, m) -> layout.putText("preview.mode", m.key()));
        previewPanel = new org.standfirst.ui.preview.PreviewPanel(previewHolder, ninjs);
        Tab previewTab = new Tab("Preview", previewPanel);
        reviewTab.setContent(new Label("The review opens in a moment…"));
        sideTabs.getTabs().addAll(previewTab, reviewTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId("side-tabs");
        sideTabs.setAccessibleText("Preview and review");
        if ("review".equals(layout.text("side.tab", "preview"))) {
            sideTabs.getSelectionModel().select(reviewTab);
        }
        sideTabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) ->
                layout.putText("side.tab", t == reviewTab ? "review" : "preview"));
        sideTabs.setMinWidth(0);
        split.getItems().addAll(sidebar, libraryPane.itemPane(), centre, sideTabs);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(libraryPane.itemPane(), false);
        split.setDividerPositions(
                layout.number("divider.0", 0.165), layout.number("divider.1", 0.37),
                layout.number("divider.2", 0.695));

        VBox work = new VBox(notice, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        BorderPane root = new BorderPane(work);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(layout.number("window.width", 1360), screen.getWidth()),
                Math.min(layout.number("window.height", 860), screen.getHeight()));
        theme = Theme.parse(layout.text("theme", "light"));
        theme.apply(scene);
        (theme == Theme.DARK ? dark : light).setSelected(true);

        wireLibrary();
        wireEditor();
        reportVm.setOnProblem(m -> notice.show(m, true));
        reportVm.lengthProperty().addListener((o, a, l) -> {
            if (openReportId != null) {
                words.setText(l);
            }
        });
        reportVm.setOnArchived(section -> offerUndo("Removed “" + HeadlineText.of(section) + "” from the report to the archive.",
                () -> commands.restoreSection(section, () -> {
                    reportVm.reload();
                    refreshReportPreview();
                })));
        reportVm.setOnChanged(() -> {
            library.refresh();
            if (openReportId != null) {
                refreshReportPreview();
            }
        });
        stage.setScene(scene);
        updateTitle();
    }

    public Scene scene() {
        return scene;
    }

    // ---- Menus and toolbar -------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        // Greyed out when they cannot act (no item open, or not one in the archive) instead of
        // doing nothing when chosen.
        javafx.beans.binding.BooleanBinding noItem = editorVm.itemProperty().isNull();
        javafx.beans.binding.BooleanBinding archived = Bindings.createBooleanBinding(() -> editorVm.getItem() != null
                && editorVm.getItem().state() == WorkflowState.ARCHIVED, editorVm.itemProperty());
        MenuItem duplicateItem = item("_Duplicate", "Shortcut+D", this::duplicate);
        duplicateItem.disableProperty().bind(noItem);
        MenuItem checkpointItem = item("_Save checkpoint", "Shortcut+S", this::checkpoint);
        checkpointItem.disableProperty().bind(noItem);
        MenuItem archiveItem = item("_Archive", "Shortcut+Delete", this::archive);
        archiveItem.disableProperty().bind(noItem.or(archived));
        MenuItem restoreItem = item("_Restore from archive", "Shortcut+Shift+R", this::restore);
        restoreItem.disableProperty().bind(archived.not());
        file.getItems().addAll(
                item("_New…", "Shortcut+N", this::newItem),
                duplicateItem,
                new SeparatorMenuItem(),
                checkpointItem,
                new SeparatorMenuItem(),
                item("_Export…", "Shortcut+E", this::openExport),
                item("Site se_ttings…", null, this::openSiteSettings),
                new SeparatorMenuItem(),
                archiveItem,
                restoreItem,
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", "Shortcut+Z", this::undo),
                item("_Redo", "Shortcut+Shift+Z", this::redo),
                new SeparatorMenuItem(),
                item("_Find", "Shortcut+F", () -> editorPane().findBar().open(false)),
                item("Find and _replace", "Shortcut+H", () -> editorPane().findBar().open(true)),
                item("Find _next", "F3", () -> editorPane().findBar().findNext()),
                item("Find _previous", "Shift+F3", () -> editorPane().findBar().findPrevious()));
        Menu format = new Menu("F_ormat");
        format.getItems().addAll(
                fmt("_Bold", "Shortcut+B", FormattingAction.BOLD),
                fmt("_Italic", "Shortcut+I", FormattingAction.ITALIC),
                fmt("_Heading", "Shortcut+Shift+H", FormattingAction.HEADING),
                fmt("_Link", "Shortcut+K", FormattingAction.LINK),
                fmt("I_mage", "Shortcut+Shift+I", FormattingAction.IMAGE),
                fmt("_Quote", "Shortcut+Shift+PERIOD", FormattingAction.QUOTE),
                fmt("Bulleted _list", "Shortcut+Shift+8", FormattingAction.LIST));
        Menu view = new Menu("_View");
        ToggleGroup themes = new ToggleGroup();
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setOnAction(e -> setTheme(Theme.LIGHT));
        dark.setOnAction(e -> setTheme(Theme.DARK));
        light.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        showPreview.setSelected(layout.flag("preview.shown", true));
        showPreview.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        showPreview.selectedProperty().addListener((o, a, b) -> setPreviewShown(b));
        mobileWidth.setSelected(layout.flag("preview.mobile", false));
        mobileWidth.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        Menu lists = new Menu("_Go to");
        int n = 1;
        for (SmartList s : SmartList.values()) {
            lists.getItems().add(item(s.label(), "Shortcut+" + n++, () -> {
                library.smartList.set(s);
                libraryPane.itemList().requestFocus();
            }));
        }
        lists.getItems().addAll(new SeparatorMenuItem(),
                item("_Search the library", "Shortcut+Shift+F", () -> libraryPane.searchField().requestFocus()),
                item("_Item list", "Shortcut+Shift+J", () -> libraryPane.itemList().requestFocus()),
                item("_Editor body", "Shortcut+Shift+E", () -> editorPane().body().requestFocus()));
        view.getItems().addAll(light, dark, new SeparatorMenuItem(), showPreview, mobileWidth);
        Menu person = workingAs.menu();
        Menu review = new Menu("_Review");
        for (Action a : ReviewViewModel.ACTIONS) {
            review.getItems().add(item(ReviewPane.label(a), switch (a) {
                case SUBMIT -> "Shortcut+Alt+S";
                case APPROVE -> "Shortcut+Alt+A";
                case REQUEST_CHANGES -> "Shortcut+Alt+C";
                default -> "Shortcut+Alt+W";
            }, () -> {
                if (editorVm.getItem() != null) {
                    reviewVm.act(a, "");
                }
            }));
        }
        review.getItems().addAll(new SeparatorMenuItem(),
                item("_Comment on selection", "Shortcut+Alt+M", () -> {
                    if (editorVm.getItem() != null) {
                        showReviewPanel();
                        reviewPane().commentOnSelection();
                    }
                }),
                item("Suggest _edit", "Shortcut+Alt+E", this::suggestEdit),
                item("Show _review panel", "Shortcut+Alt+R", this::showReviewPanel),
                item("Show _history", "Shortcut+Alt+H", () -> {
                    showReviewPanel();
                    reviewPane().showHistory();
                }));
        MenuBar bar = new MenuBar(file, edit, format, view, lists, review, person);
        bar.setAccessibleText("Menu bar");
        return bar;
    }

    private MenuItem item(String label, String accel, Runnable action) {
        MenuItem m = new MenuItem(label);
        if (accel != null) {
            m.setAccelerator(KeyCombination.keyCombination(accel));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private MenuItem fmt(String label, String accel, FormattingAction a) {
        MenuItem m = item(label, accel, () -> {
            if (editorVm.getItem() != null) {
                editorPane().body().format(a);
            }
        });
        return m;
    }

    private ToolBar toolBar() {
        Button newItem = Icons.button("fth-plus-square", "New item (Ctrl+N)", this::newItem);
        Button save = Icons.button("fth-save", "Save checkpoint (Ctrl+S)", this::checkpoint);
        Button undo = Icons.button("fth-corner-up-left", "Undo (Ctrl+Z)", this::undo);
        Button redo = Icons.button("fth-corner-up-right", "Redo (Ctrl+Shift+Z)", this::redo);
        Button duplicate = Icons.button("fth-copy", "Duplicate (Ctrl+D)", this::duplicate);
        Button archive = Icons.button("fth-archive", "Archive (Ctrl+Delete)", this::archive);
        save.disableProperty().bind(editorVm.itemProperty().isNull());
        duplicate.disableProperty().bind(editorVm.itemProperty().isNull());
        archive.disableProperty().bind(Bindings.createBooleanBinding(() -> editorVm.getItem() == null
                || editorVm.getItem().state() == WorkflowState.ARCHIVED, editorVm.itemProperty()));
        ToggleButton themeToggle = new ToggleButton(null, Icons.icon("fth-moon"));
        themeToggle.getStyleClass().add("button-icon");
        HoverTip.set(themeToggle, "Dark theme (Ctrl+Shift+D)");
        themeToggle.setAccessibleText("Dark theme");
        themeToggle.setId("theme-toggle");
        themeToggle.setSelected(theme() == Theme.DARK);
        themeToggle.setOnAction(e -> setTheme(themeToggle.isSelected() ? Theme.DARK : Theme.LIGHT));
        dark.selectedProperty().addListener((o, a, b) -> themeToggle.setSelected(b));
        ToggleButton previewToggle = new ToggleButton(null, Icons.icon("fth-eye"));
        previewToggle.getStyleClass().add("button-icon");
        HoverTip.set(previewToggle, "Show preview (Ctrl+Shift+P)");
        previewToggle.setAccessibleText("Show preview");
        previewToggle.selectedProperty().bindBidirectional(showPreview.selectedProperty());
        ToggleButton mobile = new ToggleButton(null, Icons.icon("fth-smartphone"));
        mobile.getStyleClass().add("button-icon");
        HoverTip.set(mobile, "Preview at mobile width (Ctrl+Shift+M)");
        mobile.setAccessibleText("Preview at mobile width");
        mobile.setId("mobile-toggle");
        mobile.selectedProperty().bindBidirectional(mobileWidth.selectedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(newItem, save, duplicate, archive, new javafx.scene.control.Separator(Orientation.VERTICAL),
                undo, redo, spacer, previewToggle, mobile, themeToggle);
        bar.setAccessibleText("Toolbar");
        return bar;
    }

    private HBox statusBar() {
        saveState.getStyleClass().add("save-state");
        saveState.setId("save-state");
        words.setId("word-count");
        caret.setId("caret");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        readability.setId("readability");
        readability.textProperty().bind(problemsVm.readabilityProperty());
        readability.accessibleTextProperty().bind(problemsVm.readabilityProperty());
        HBox bar = new HBox(workingAs.statusButton(), saveState, itemState, spacer, readability, words, caret);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setAccessibleText("Status");
        return bar;
    }

    // ---- Library -------------------------------------------------------------------------------

    private void buildReportsList() {
        reports.setId("report-list");
        reports.setAccessibleText("Reports");
        reports.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Report r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title());
                setPrefWidth(0);
                setWrapText(true);
                setGraphic(empty || r == null ? null : Icons.icon("fth-book-open"));
                setAccessibleText(empty || r == null ? null : "Report: " + r.title());
            }
        });
        reports.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                openReport(r.id());
            }
        });
    }

    private void wireLibrary() {
        libraryPane.itemList().getSelectionModel().selectedItemProperty().addListener((o, a, it) -> {
            if (it != null && (editorVm.getItem() == null || !editorVm.getItem().id().equals(it.id()) || openReportId != null)) {
                openItem(it);
            }
        });
        library.problemProperty().addListener((o, a, m) -> {
            if (!m.isEmpty()) {
                notice.show(m, true);
            }
        });
        library.setOnRefreshed(() -> commands.reports(rs -> {
            Report sel = reports.getSelectionModel().getSelectedItem();
            reports.getItems().setAll(rs);
            if (sel != null) {
                rs.stream().filter(r -> r.id().equals(sel.id())).findFirst()
                        .ifPresent(r -> reports.getSelectionModel().select(r));
            }
        }));
    }

    /** Loads the library; runs the action once the first results are in. */
    public void refreshLibrary() {
        library.refresh();
    }

    // ---- Editor -------------------------------------------------------------------------------

    private void wireEditor() {
        saveState.textProperty().bind(Bindings.createStringBinding(() -> editorVm.getItem() == null ? ""
                : editorVm.saveStateProperty().get().label(), editorVm.saveStateProperty(), editorVm.itemProperty()));
        editorVm.saveStateProperty().addListener((o, a, s) -> {
            if (s == SaveState.UNSAVED) {
                actionUndoable = false; // typing since: Edit > Undo is the typing's again
            }
            saveState.getStyleClass().removeAll("saving", "failed");
            if (s == SaveState.SAVING || s == SaveState.UNSAVED) {
                saveState.getStyleClass().add("saving");
            } else if (s == SaveState.FAILED) {
                saveState.getStyleClass().add("failed");
            }
        });
        editorVm.setOnSaved(saved -> {
            library.updated(saved);
            updateTitle();
            reviewVm.refreshAnchors(); // the comments' quotes are found again in what was saved
        });
        editorVm.itemProperty().addListener((o, a, it) -> {
            if (it == null || a == null || !a.id().equals(it.id())) {
                reviewVm.show(it == null ? null : it.id());
            }
            itemState.setText(it == null ? "" : it.kind().label() + " · " + it.state().label());
            updateTitle();
        });
        editorVm.embargoDate.addListener((o, a, b) -> requestPreview());
        editorVm.heroAsset.addListener((o, a, b) -> requestPreview());
        editorVm.headline.addListener((o, a, b) -> updateTitle());
        for (var p : List.of(editorVm.headline, editorVm.standfirst, editorVm.byline, editorVm.topic, editorVm.tags,
                editorVm.body, editorVm.notesToEditors, editorVm.heroAlt, editorVm.heroCaption, editorVm.heroCredit,
                editorVm.embargoTime)) {
            p.addListener((o, a, b) -> requestPreview());
        }
        stage.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                editorVm.save(); // leaving the window counts as focus loss
            }
        });
    }

    /**
     * Makes the editor column (fields, body, problems) and the review pane, and wires them: once,
     * after the first frame or when something needs them first.
     */
    private void buildEditing() {
        if (editorPane != null) {
            return;
        }
        long t0 = System.nanoTime();
        editorPane = new EditorPane(editorVm);
        editorPane.body().setHtmlToMarkdown(ws::htmlToMarkdown);
        scrollSync = new ScrollSync(editorPane.body(), editorPane.bodyScroller());
        problemsPane = new ProblemsPane(problemsVm, editorPane);
        reviewPane = new ReviewPane(reviewVm, editorPane.body());
        reviewPane.setOnMarksChanged(this::requestPreview);
        editorColumn.setOrientation(Orientation.VERTICAL);
        editorColumn.getItems().addAll(editorPane, problemsPane);
        editorColumn.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(problemsPane, false);
        reviewTab.setContent(reviewPane);
        MarkdownEditor body = editorPane.body();
        body.setContextMenu(bodyMenu());
        // A click on commented words shows their thread in the Review tab (the caret alone only chooses it there).
        body.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY
                    && !body.marksAt(ReviewPane.MARK_LAYER, body.getCaretPosition()).isEmpty()) {
                showPreview.setSelected(true);
                sideTabs.getSelectionModel().select(reviewTab);
            }
        });
        body.textProperty().addListener((o, a, t) -> {
            if (openReportId == null) {
                showItemLength(t);
            }
        });
        body.caretPositionProperty().addListener((o, a, b) -> {
            if (openReportId == null) {
                showCaret();
            }
        });
        if (preview != null) {
            scrollSync.attach(preview);
        }
        LOG.debug("Editor and review panes made in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** The status bar's length and caret for the item in the editor. */
    private void showItemLength(String body) {
        words.setText(ReadingLength.of(Text.wordCount(body)));
    }

    private void showCaret() {
        MarkdownEditor body = editorPane().body();
        caret.setText("Line " + (body.getCurrentParagraph() + 1) + ", column " + (body.getCaretColumn() + 1));
    }

    /**
     * Puts the editor column or the report view in the centre. Coming in, it is styled at once
     * (work the next frame would do anyway), so that its controls have their skins (a collapsed
     * section's fields exist, can be looked up and focused) before anything else runs.
     */
    private void showInCentre(Node pane) {
        boolean entering = pane.getScene() == null;
        centre.getChildren().setAll(pane);
        if (entering) {
            pane.applyCss();
        }
    }

    /**
     * Makes the panes left out of the first frame, one per turn of the FX thread so that input
     * in between is not held up: the editor column and review pane, then the report view.
     */
    public void buildDeferredPanes() {
        Platform.runLater(() -> {
            buildEditing();
            Platform.runLater(this::reportPane);
        });
    }

    /** Opens an item in the editor (saving the one open now first). */
    public void openItem(Item it) {
        editorVm.save();
        commands.open(it.id());
    }

    private void showItem(Item it) {
        buildEditing(); // before the view model changes, so the panes see every change
        openReportId = null;
        // The report is no longer what is open: left selected, the next library refresh would
        // select it again (the list is refilled) and open it over this item.
        reports.getSelectionModel().clearSelection();
        if (editorVm.load(it)) {
            editorPane().showBody(it.content().body());
        }
        showInCentre(editorColumn);
        showItemLength(editorPane().body().getText());
        showCaret();
        var list = libraryPane.itemList();
        if (list.getSelectionModel().getSelectedItem() == null
                || !list.getSelectionModel().getSelectedItem().id().equals(it.id())) {
            list.getItems().stream().filter(i -> i.id().equals(it.id())).findFirst().ifPresentOrElse(
                    i -> list.getSelectionModel().select(i), () -> {
                        list.getSelectionModel().clearSelection();
                        // A new item joins the list with the next results: select it then.
                        library.whenRefreshed(() -> {
                            Item open = editorVm.getItem();
                            if (open != null && open.id().equals(it.id()) && openReportId == null
                                    && list.getSelectionModel().getSelectedItem() == null) {
                                list.getItems().stream().filter(i -> i.id().equals(it.id())).findFirst()
                                        .ifPresent(i -> list.getSelectionModel().select(i));
                            }
                        });
                    });
        }
        layout.putText("lastItem", it.id());
        layout.putText("lastReport", null);
        persistLayout();
        previewSession.reset();
        requestPreview();
        updateTitle();
    }

    private void openReport(String reportId) {
        editorVm.save();
        openReportId = reportId;
        layout.putText("lastReport", reportId);
        persistLayout();
        ReportPane pane = reportPane(); // made before the view model changes, so it sees every change
        reportVm.open(reportId);
        showInCentre(pane);
        words.setText(reportVm.lengthProperty().get()); // the whole report's; no caret with no editor
        caret.setText("");
        editorVm.clear();
        previewSession.reset();
        refreshReportPreview();
        updateTitle();
    }

    private void requestPreview() {
        Item it = editorVm.getItem();
        if (previewController == null || it == null || openReportId != null || !showPreview.isSelected()) {
            return;
        }
        ItemContent content;
        try {
            content = editorVm.content();
        } catch (IllegalArgumentException e) {
            return; // an embargo being typed; the next keystroke renders
        }
        String id = it.id();
        String reportId = it.reportId();
        // The marks are where the words are in the editor's text: with any other text they would land wrong.
        String shown = editorPane().body().textProperty().getValue(); // cached, usually the very string content holds
        var marks = shown.length() == content.body().length() && shown.equals(content.body())
                ? reviewPane().marksNow() : List.<org.standfirst.ui.review.ReviewMark>of();
        previewController.request(() -> previewSession.item(id, content, reportId, marks));
    }

    private void refreshReportPreview() {
        if (previewController == null || openReportId == null || !showPreview.isSelected()) {
            return;
        }
        String id = openReportId;
        previewController.request(() -> previewSession.report(id));
    }

    // ---- Actions ------------------------------------------------------------------------------

    private void undo() {
        Node f = scene.getFocusOwner();
        // Straight after archive, duplicate or removing a section, with the focus outside the
        // editor's fields, Edit > Undo undoes that, as the notice's Undo button does.
        if (actionUndoable && !(f instanceof TextInputControl) && !isInside(f, editorPane()) && notice.undo()) {
            actionUndoable = false;
            return;
        }
        if (editorVm.getItem() != null && (f == null || !(f instanceof TextInputControl) || isInside(f, editorPane()))) {
            editorPane().undo(f);
        } else if (f instanceof TextInputControl t) {
            t.undo();
        }
    }

    private void redo() {
        Node f = scene.getFocusOwner();
        if (editorVm.getItem() != null && (f == null || !(f instanceof TextInputControl) || isInside(f, editorPane()))) {
            editorPane().redo(f);
        } else if (f instanceof TextInputControl t) {
            t.redo();
        }
    }

    private void offerUndo(String message, Runnable undo) {
        notice.show(message, false, "Undo", undo);
        actionUndoable = true;
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == parent) {
                return true;
            }
        }
        return false;
    }

    private void checkpoint() {
        if (editorVm.getItem() == null) {
            return;
        }
        editorVm.checkpoint(saved -> {
            reviewVm.refresh();
            notice.show("Saved a checkpoint of “" + HeadlineText.of(saved) + "” at " + LocalTime.now().format(CLOCK) + ".", false);
            library.refresh();
        });
    }

    /** Ctrl+N: choose a kind, then a new draft opens in the editor. */
    public void newItem() {
        List<String> choices = new java.util.ArrayList<>();
        for (ItemKind k : ItemKind.values()) {
            if (k != ItemKind.REPORT_SECTION) {
                choices.add(k.label());
            }
        }
        choices.add("Report");
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(0), choices);
        d.setTitle("New");
        d.setHeaderText("What would you like to write?");
        d.setContentText("Kind");
        d.initOwner(stage);
        d.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        Optional<String> chosen = d.showAndWait();
        chosen.ifPresent(this::create);
    }

    /** Creates a new item of a kind by its label ("News story", ... or "Report") and opens it. */
    public void create(String kindLabel) {
        editorVm.save();
        if (kindLabel.equals("Report")) {
            commands.createReport(r -> commands.reports(rs -> {
                reports.getItems().setAll(rs);
                rs.stream().filter(x -> x.id().equals(r.id())).findFirst().ifPresent(x -> reports.getSelectionModel().select(x));
            }));
            return;
        }
        ItemKind kind = java.util.Arrays.stream(ItemKind.values()).filter(k -> k.label().equals(kindLabel)).findFirst()
                .orElse(ItemKind.NEWS_STORY);
        commands.create(kind, it -> {
            library.smartList.set(SmartList.MY_DRAFTS);
            library.refresh();
            showItem(it);
            editorPane().headlineField().requestFocus();
        });
    }

    private void duplicate() {
        Item it = editorVm.getItem();
        if (it == null) {
            return;
        }
        editorVm.save();
        commands.duplicate(it, editorVm.headline.get());
    }

    private void archive() {
        Item it = editorVm.getItem();
        if (it == null || it.state() == WorkflowState.ARCHIVED) {
            return;
        }
        editorVm.save();
        commands.archive(it, editorVm::load);
    }

    private void restore() {
        Item it = editorVm.getItem();
        if (it != null && it.state() == WorkflowState.ARCHIVED) {
            restoreItem(it.id());
        }
    }

    private void restoreItem(String id) {
        commands.restore(id, restored -> {
            if (editorVm.getItem() != null && editorVm.getItem().id().equals(id)) {
                editorVm.load(restored);
            }
        });
    }

    /** Works as another person from now on (the Working as menu). */
    public void workAs(Person p) {
        me = p;
        ws.setCurrentUser(p.id()); // a field, no I/O: the lists read next are this person's
        workingAs.show(p);
        layout.putText("person", p.id());
        persistLayout();
        library.refresh();
        reviewVm.refresh();
    }

    /** Review > Suggest edit (Ctrl+Alt+E): proposes other words for the editor's selection. */
    public void suggestEdit() {
        if (editorVm.getItem() != null && openReportId == null) {
            reviewPane().suggestOnSelection();
        }
    }

    /** The body's context menu: the clipboard, and commenting or suggesting on the selection. */
    private javafx.scene.control.ContextMenu bodyMenu() {
        MarkdownEditor body = editorPane().body();
        MenuItem cut = item("Cu_t", null, body::cut);
        MenuItem copy = item("_Copy", null, body::copy);
        MenuItem paste = item("_Paste", null, body::paste);
        MenuItem comment = item("Co_mment on selection…", null, () -> {
            showReviewPanel();
            reviewPane().commentOnSelection();
        });
        MenuItem suggest = item("Suggest _edit…", null, this::suggestEdit);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(cut, copy, paste,
                new SeparatorMenuItem(), comment, suggest);
        menu.setOnShowing(e -> {
            boolean none = body.getSelection().getLength() == 0;
            cut.setDisable(none);
            copy.setDisable(none);
        });
        return menu;
    }

    /** Says who is working now that the window is up, or asks when nobody could be chosen (first run). */
    /** The workspace has opened (the window was built while it opened): who is working. */
    public void opened(Person p) {
        me = p;
        workingAs.show(p);
        workingAs.statusButton().setVisible(true);
    }

    public void announceProfile(WorkingAs.Start start) {
        workingAs.announce(start);
    }

    public WorkingAs workingAs() {
        return workingAs;
    }

    /** Shows the review panel beside the editor (where the preview is). */
    public void showReviewPanel() {
        showPreview.setSelected(true);
        sideTabs.getSelectionModel().select(reviewTab);
        reviewPane().tabs().requestFocus();
    }

    /** After a review action: the editor shows the item's new state, and its new text if a suggestion changed it. */
    private void reviewChanged(Item changed) {
        library.refresh();
        Item open = editorVm.getItem();
        if (open != null && open.id().equals(changed.id()) && !editorVm.hasUnsavedEdits()) {
            boolean newText = !changed.content().body().equals(editorPane().body().getText());
            editorVm.load(changed);
            if (newText) {
                // One edit, not a reload: Ctrl+Z takes an accepted suggestion back.
                editorPane().applyBody(changed.content().body());
                requestPreview();
            }
        }
    }

    /** File > Export… (Ctrl+E): saves the open work first so the export sees it. */
    public org.standfirst.ui.export.ExportDialog openExport() {
        editorVm.save();
        var d = new org.standfirst.ui.export.ExportDialog(stage, ws, tasks, me == null ? null : me.id(),
                openReportId == null ? editorVm.getItem() : null, library.items(),
                layout.text(org.standfirst.ui.export.ExportDialog.FOLDER_KEY, null),
                f -> layout.putText(org.standfirst.ui.export.ExportDialog.FOLDER_KEY, f));
        d.show();
        return d;
    }

    /** File > Site settings…: the site every export names, also reachable from the export window. */
    public org.standfirst.ui.export.SiteSettingsDialog openSiteSettings() {
        var d = new org.standfirst.ui.export.SiteSettingsDialog(stage, ws, tasks);
        d.show();
        return d;
    }

    /** Where the item commands' outcomes land: the editor, the library and the notice bar. */
    private final class CommandOutcomes implements ItemCommands.Window {
        @Override
        public void show(Item item) {
            showItem(item);
        }

        @Override
        public void listsChanged() {
            library.refresh();
        }

        @Override
        public void say(String message) {
            notice.show(message, false);
        }

        @Override
        public void sayWithUndo(String message, Runnable undo) {
            offerUndo(message, () -> {
                editorVm.save(); // what was typed since is kept before anything is put back
                undo.run();
            });
        }

        @Override
        public void problem(String message) {
            notice.show(message, true);
        }
    }

    // ---- View ---------------------------------------------------------------------------------

    public void setTheme(Theme t) {
        theme = t;
        t.apply(scene);
        (t == Theme.DARK ? dark : light).setSelected(true);
        layout.putText("theme", t == Theme.DARK ? "dark" : "light");
    }

    public Theme theme() {
        return theme;
    }

    private void setPreviewShown(boolean shown) {
        layout.putFlag("preview.shown", shown);
        if (shown && !split.getItems().contains(sideTabs)) {
            split.getItems().add(sideTabs);
            split.setDividerPosition(2, layout.number("divider.2", 0.68));
            previewSession.reset();
            requestPreview();
            refreshReportPreview();
        } else if (!shown) {
            if (split.getDividers().size() > 2) {
                layout.putNumber("divider.2", split.getDividerPositions()[2]);
            }
            split.getItems().remove(sideTabs);
        }
    }

    /**
     * Creates the WebView once the window is up, so start-up never waits for WebKit, then shows
     * the open item in it.
     */
    public void startPreview() {
        long t0 = System.nanoTime();
        preview = new PreviewPane();
        preview.setId("preview");
        preview.mobileProperty().bind(mobileWidth.selectedProperty());
        mobileWidth.selectedProperty().addListener((o, a, b) -> layout.putFlag("preview.mobile", b));
        previewController = new PreviewController(tasks, preview);
        previewController.setOnDropped(previewSession::forget);
        previewController.setOnPatched(n -> {
            if (!previewShown) {
                previewShown = true;
                LOG.info("Preview ready");
            }
            onPatched.accept(n);
        });
        if (scrollSync != null) {
            scrollSync.attach(preview);
        }
        previewHolder.getChildren().setAll(preview);
        if (!showPreview.isSelected()) {
            split.getItems().remove(sideTabs);
        }
        requestPreview();
        refreshReportPreview();
        LOG.debug("Preview pane made in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Called with nanoseconds from a change to the patched preview (bench). */
    public void setOnPreviewPatched(Consumer<Long> c) {
        this.onPatched = c;
    }

    public PreviewPane preview() {
        return preview;
    }

    /** The preview tab: the page or the item's ninjs, with its toolbar. */
    public org.standfirst.ui.preview.PreviewPanel previewPanel() {
        return previewPanel;
    }

    ScrollSync scrollSync() {
        buildEditing();
        return scrollSync;
    }

    public PreviewController previewController() {
        return previewController;
    }

    private String workspaceName() {
        return ws.folder().getFileName() == null ? ws.folder().toString() : ws.folder().getFileName().toString();
    }

    private void updateTitle() {
        String wsName = workspaceName();
        String what = null;
        if (openReportId != null && reportVm.reportProperty().get() != null) {
            what = reportVm.reportProperty().get().title();
        } else if (editorVm.getItem() != null) {
            String h = editorVm.headline.get();
            what = HeadlineText.of(h);
        }
        stage.setTitle((what == null ? "" : what + " — ") + wsName + " — Standfirst");
    }

    // ---- Layout and closing -----------------------------------------------------------------

    /** Puts the window where it was and reopens what was open; says what a crash recovered. */
    public void restore(boolean lastRunCrashed) {
        String lastItem = layout.text("lastItem", null);
        String lastReport = layout.text("lastReport", null);
        if (lastReport != null) {
            commands.lastReport(lastReport, r -> openReport(r.id()));
        } else if (lastItem == null) {
            // A first run: open the top of the list so the editor and preview show what they do.
            library.whenRefreshed(() -> {
                if (editorVm.getItem() == null && openReportId == null && !library.items().isEmpty()) {
                    libraryPane.itemList().getSelectionModel().select(0);
                }
            });
        } else {
            commands.lastOpen(lastItem, last -> {
                showItem(last.item());
                if (lastRunCrashed) {
                    notice.show(ItemCommands.recovered(last), false);
                }
            });
        }
    }

    /**
     * Where the layout is written while the app runs (marked as not closed cleanly), so that after
     * a crash the next start knows what was open. Null: never written (tests, the bench).
     */
    public void setLayoutWriter(Consumer<WindowLayout> writer) {
        this.layoutWriter = writer;
    }

    private void persistLayout() {
        if (layoutWriter != null) {
            WindowLayout running = layout.copy();
            running.putFlag("cleanExit", false);
            layoutWriter.accept(running);
        }
    }

    /** Writes down the layout (sizes, dividers, theme, open item) into the layout record. */
    public void rememberLayout() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            layout.putNumber("window.x", stage.getX());
            layout.putNumber("window.y", stage.getY());
            layout.putNumber("window.width", stage.getWidth());
            layout.putNumber("window.height", stage.getHeight());
        }
        layout.putFlag("window.maximised", stage.isMaximized());
        double[] d = split.getDividerPositions();
        for (int i = 0; i < d.length; i++) {
            layout.putNumber("divider." + i, d[i]);
        }
    }

    /** Saves the open work before the window closes. */
    public void flush() {
        editorVm.save();
    }

    public boolean hasUnsavedEdits() {
        return editorVm.hasUnsavedEdits();
    }

    // ---- For tests and the bench ------------------------------------------------------------

    public EditorPane editorPane() {
        buildEditing();
        return editorPane;
    }

    public EditorViewModel editorViewModel() {
        return editorVm;
    }

    public LibraryPane libraryPane() {
        return libraryPane;
    }

    public LibraryViewModel libraryViewModel() {
        return library;
    }

    public ReviewPane reviewPane() {
        buildEditing();
        return reviewPane;
    }

    public ReviewViewModel reviewViewModel() {
        return reviewVm;
    }

    public ProblemsPane problemsPane() {
        buildEditing();
        return problemsPane;
    }

    public ProblemsViewModel problemsViewModel() {
        return problemsVm;
    }

    public ReportPane reportPane() {
        if (reportPane == null) {
            reportPane = new ReportPane(reportVm);
            reportPane().setOnOpen(this::openItem);
            // A new section opens with its placeholder headline chosen, so typing names it, as
            // File > New does; before, the keys went nowhere.
            reportPane().setOnAdded(added -> {
                editorVm.save();
                showItem(added);
                editorPane().headlineField().requestFocus();
                editorPane().headlineField().selectAll();
            });
        }
        return reportPane;
    }

    public ListView<Report> reportList() {
        return reports;
    }

    public Notice notice() {
        return notice;
    }

    public Label saveStateLabel() {
        return saveState;
    }

    public Label wordCountLabel() {
        return words;
    }

    public Person me() {
        return me;
    }

    /** Runs on the FX thread once queued UI work has run (tests). */
    static void later(Runnable r) {
        Platform.runLater(r);
    }

    Map<String, Object> debug() {
        return Map.of();
    }
}
