package org.standfirst.ui.export;

import org.standfirst.ui.FocusOrder;
import org.standfirst.ui.ErrorText;
import org.standfirst.ui.HeadlineText;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.standfirst.model.Channel;
import org.standfirst.model.Item;
import org.standfirst.model.Report;
import org.standfirst.publish.ExportFormat;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;

/**
 * File &gt; Export…: what to export (this item, the items in the list, a report, or everything),
 * the formats, the channel and the folder; the export runs in the background with a progress bar
 * and Cancel, then the summary says what was written and what was held back and why.
 */
public final class ExportDialog {
    /** Where the folder chosen last is remembered between exports. */
    public static final String FOLDER_KEY = "export.folder";

    private final Stage stage = new Stage();
    private final ExportViewModel vm;
    private final BackgroundTasks tasks;
    private final Workstation ws;
    private final String personId;
    private final Consumer<String> rememberFolder;
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton thisItem = new RadioButton();
    private final RadioButton listItems = new RadioButton();
    private final RadioButton aReport = new RadioButton("A report:");
    private final RadioButton everything = new RadioButton("Everything in the workspace");
    private final ComboBox<Report> reports = new ComboBox<>();
    private final Map<ExportFormat, CheckBox> formats = new LinkedHashMap<>();
    private final ToggleGroup channel = new ToggleGroup();
    private final TextField folder = new TextField();
    private final Button choose = new Button("Choose…");
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel export");
    private final Button close = new Button("Close");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final TextArea summary = new TextArea();
    private final Button openFolder = new Button("Open folder");
    private final Label site = new Label();
    private final Button siteSettings = new Button("Site settings…");
    private final Item current;
    private final List<Item> listed;

    /**
     * @param current    the item open in the editor, or null
     * @param listed     the items in the library list as shown
     * @param lastFolder the folder of the last export, or null
     */
    public ExportDialog(Window owner, Workstation ws, BackgroundTasks tasks, String personId, Item current, List<Item> listed,
                        String lastFolder, Consumer<String> rememberFolder) {
        this.ws = ws;
        this.tasks = tasks;
        this.personId = personId;
        this.current = current;
        this.listed = List.copyOf(listed);
        this.rememberFolder = rememberFolder;
        this.vm = new ExportViewModel(ws, tasks);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");

        thisItem.setText(current == null ? "This item (none is open)" : "This item: “" + HeadlineText.of(current) + "”");
        thisItem.setDisable(current == null);
        listItems.setText("The " + listed.size() + (listed.size() == 1 ? " item" : " items") + " in the list");
        listItems.setDisable(listed.isEmpty());
        for (RadioButton r : List.of(thisItem, listItems, aReport, everything)) {
            r.setToggleGroup(scope);
            r.setWrapText(true); // a long headline wraps instead of losing its end
            r.setAccessibleText(r.getText());
        }
        thisItem.setId("export-this-item");
        listItems.setId("export-list-items");
        aReport.setId("export-a-report");
        everything.setId("export-everything");
        (current != null ? thisItem : everything).setSelected(true);
        reports.setId("export-report");
        reports.setAccessibleText("Report to export");
        reports.setPromptText("Choose a report");
        reports.setCellFactory(v -> reportCell());
        reports.setButtonCell(reportCell());
        reports.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                aReport.setSelected(true);
            }
        });
        vm.reports(rs -> {
            reports.getItems().setAll(rs);
            if (current != null && current.reportId() != null) {
                rs.stream().filter(r -> r.id().equals(current.reportId())).findFirst().ifPresent(reports::setValue);
                thisItem.setSelected(true);
            }
            aReport.setDisable(rs.isEmpty());
        }, () -> aReport.setDisable(true));

        formats.put(ExportFormat.NINJS, new CheckBox("ninjs (news agency JSON)"));
        formats.put(ExportFormat.HTML, new CheckBox("HTML pages"));
        formats.put(ExportFormat.PDF, new CheckBox("PDF of reports"));
        formats.put(ExportFormat.SITE, new CheckBox("Site (home, topic pages, feed)"));
        formats.forEach((f, c) -> {
            c.setSelected(true);
            c.setId("export-format-" + f.key());
            c.setAccessibleText("Format: " + c.getText());
        });

        RadioButton pub = channelButton(Channel.PUBLIC, "Public: approved items whose embargo has passed");
        channelButton(Channel.PRESS, "Press: approved items, embargoed ones stamped with the embargo");
        channelButton(Channel.DRAFT, "Draft: anything, every page marked DRAFT");
        pub.setSelected(true);

        folder.setId("export-folder");
        folder.setAccessibleText("Folder to export into");
        folder.setPromptText("Choose a folder for the bundle");
        folder.setText(lastFolder == null ? "" : lastFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        choose.setId("export-choose-folder");
        choose.setAccessibleText("Choose the folder to export into");
        choose.setOnAction(e -> chooseFolder());

        export.setId("export-run");
        export.setAccessibleText("Export now");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.running.or(folder.textProperty().isEmpty()));
        export.setOnAction(e -> run());
        cancel.setId("export-cancel");
        cancel.setAccessibleText("Cancel the running export");
        cancel.disableProperty().bind(vm.running.not());
        cancel.setOnAction(e -> vm.cancel());
        close.setId("export-close");
        close.setAccessibleText("Close the export window");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.running);
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (vm.running.get()) {
                vm.cancel();
                e.consume();
            }
        });

        bar.setId("export-progress");
        bar.setAccessibleText("Export progress");
        bar.progressProperty().bind(vm.progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        status.setId("export-status");
        status.textProperty().bind(vm.status);
        status.accessibleTextProperty().bind(vm.status);
        status.setWrapText(true);
        summary.setId("export-summary");
        FocusOrder.tabMovesOn(summary);
        summary.setAccessibleText("What the export wrote and held back");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(7);
        summary.setVisible(false);
        summary.setManaged(false);
        openFolder.setId("export-open-folder");
        openFolder.setAccessibleText("Open the export folder in the file manager");
        openFolder.setVisible(false);
        openFolder.setManaged(false);

        site.setId("export-site");
        site.setWrapText(true);
        site.getStyleClass().add("panel-muted");
        showSite();
        siteSettings.setId("export-site-settings");
        siteSettings.setAccessibleText("Site settings: the site's name, web address and copyright holder");
        siteSettings.setTooltip(new Tooltip("The site's name, web address and copyright holder, used by every export"));
        siteSettings.disableProperty().bind(vm.running);
        siteSettings.setOnAction(e -> openSiteSettings());

        choose.setMinWidth(Region.USE_PREF_SIZE);
        siteSettings.setMinWidth(Region.USE_PREF_SIZE);
        site.setMinWidth(0);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        HBox reportRow = new HBox(8, aReport, reports);
        reportRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(0, section("What"), new VBox(6, thisItem, listItems, reportRow, everything));
        form.addRow(1, section("Formats"), new VBox(6, formats.values().toArray(new CheckBox[0])));
        VBox channels = new VBox(6);
        channel.getToggles().forEach(t -> channels.getChildren().add((RadioButton) t));
        form.addRow(2, section("Channel"), channels);
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(3, section("Folder"), folderRow);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        HBox siteRow = new HBox(8, site, siteSettings);
        siteRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(site, Priority.ALWAYS);
        site.setMaxWidth(Double.MAX_VALUE);
        form.addRow(4, section("Site"), siteRow);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, openFolder, spacer, cancel, close, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, form, bar, status, summary, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.getStylesheets().add(org.standfirst.ui.problems.ProblemsPane.class
                .getResource("/org/standfirst/ui/panels/panels.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (vm.running.get()) {
                vm.cancel();
            } else {
                stage.close();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFolder);
        stage.setScene(scene);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        l.setMinWidth(Region.USE_PREF_SIZE); // "Formats", not "Form…", when the window is narrow
        GridPaneTop.top(l);
        return l;
    }

    private RadioButton channelButton(Channel c, String text) {
        RadioButton r = new RadioButton(text);
        r.setUserData(c);
        r.setToggleGroup(channel);
        r.setId("export-channel-" + c.key());
        r.setAccessibleText("Channel: " + text);
        return r;
    }

    private static ListCell<Report> reportCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Report r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title());
            }
        };
    }

    /** The site the export is for, in one line beside the Site settings button. */
    private void showSite() {
        vm.site(s -> {
            site.setText(s.siteName() + " · " + s.baseUrl());
            site.setAccessibleText("Site: " + s.siteName() + " at " + s.baseUrl());
        }, site::setText);
    }

    /** Site settings…: edits the workspace's site; this window shows the new values after a save. */
    public SiteSettingsDialog openSiteSettings() {
        SiteSettingsDialog d = new SiteSettingsDialog(stage, ws, tasks);
        d.stage().setOnHidden(e -> showSite());
        d.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    public void show() {
        stage.show();
        stage.toFront();
        stage.requestFocus();
        export.requestFocus();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export into which folder?");
        File start = folder.getText().isBlank() ? null : new File(folder.getText()).getAbsoluteFile();
        while (start != null && !start.isDirectory()) {
            start = start.getParentFile();
        }
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        File f = chooser.showDialog(stage);
        if (f != null) {
            folder.setText(f.getAbsolutePath());
        }
    }

    /** The ids the chosen scope stands for; empty means everything. */
    List<String> selection() {
        if (scope.getSelectedToggle() == thisItem && current != null) {
            return List.of(current.id());
        }
        if (scope.getSelectedToggle() == listItems) {
            return listed.stream().map(Item::id).toList();
        }
        if (scope.getSelectedToggle() == aReport && reports.getValue() != null) {
            return List.of(reports.getValue().id());
        }
        return List.of();
    }

    /** Starts the export with what the dialog shows. */
    public void run() {
        if (scope.getSelectedToggle() == aReport && reports.getValue() == null) {
            vm.status.set("Choose the report to export.");
            reports.requestFocus();
            return;
        }
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        formats.forEach((f, c) -> {
            if (c.isSelected()) {
                chosen.add(f);
            }
        });
        if (chosen.isEmpty()) {
            vm.status.set("Tick at least one format.");
            return;
        }
        Path out;
        try {
            out = Path.of(folder.getText().strip()).toAbsolutePath();
        } catch (RuntimeException e) {
            vm.status.set("The folder “" + folder.getText() + "” is not a valid path.");
            return;
        }
        rememberFolder.accept(out.toString());
        Channel ch = (Channel) channel.getSelectedToggle().getUserData();
        summary.setVisible(false);
        summary.setManaged(false);
        openFolder.setVisible(false);
        openFolder.setManaged(false);
        vm.export(selection(), chosen, ch, out, personId, this::showOutcome);
    }

    private void showOutcome(ExportViewModel.Outcome o) {
        List<String> lines = new ArrayList<>();
        lines.add(o.message());
        if (!o.writtenLines().isEmpty()) {
            lines.add("");
            lines.add("Written:");
            o.writtenLines().forEach(l -> lines.add("  " + l));
        }
        if (!o.heldBackLines().isEmpty()) {
            lines.add("");
            lines.add("Held back:");
            o.heldBackLines().forEach(l -> lines.add("  " + l));
        }
        if (o.written()) {
            lines.add("");
            lines.add("Folder: " + o.folder());
        }
        summary.setText(String.join("\n", lines));
        summary.setVisible(true);
        summary.setManaged(true);
        stage.sizeToScene();
        if (o.written()) {
            FolderOpener.find(opener -> {
                openFolder.setVisible(true);
                openFolder.setManaged(true);
                openFolder.setOnAction(e -> tasks.run(() -> {
                    opener.open(o.folder());
                    return null;
                }, v -> { }, err -> vm.status.set("Could not open the folder: " + ErrorText.oneLine(err)
                        + ". The path is in the summary above.")));
            }, tasks);
        }
    }

    /** Puts a section label at the top of its grid cell. */
    private static final class GridPaneTop {
        static void top(Label l) {
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        }
    }

    static boolean exists(Path p) {
        return Files.isDirectory(p);
    }
}
