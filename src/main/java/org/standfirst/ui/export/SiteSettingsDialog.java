package org.standfirst.ui.export;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;

/**
 * Site settings: the site's name, web address and copyright holder, which an institute sets once
 * and every export uses (page addresses, the feed, the sitemap, ninjs). Opened from the export
 * window. A value that is refused says why in one line under the fields, and nothing is saved.
 */
public final class SiteSettingsDialog {
    private final Stage stage = new Stage();
    private final SiteSettingsViewModel vm;
    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final TextField copyright = new TextField();
    private final Label error = new Label();
    private final Button save = new Button("Save");
    private final Button cancel = new Button("Cancel");

    public SiteSettingsDialog(Window owner, Workstation ws, BackgroundTasks tasks) {
        vm = new SiteSettingsViewModel(ws, tasks);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Site settings");

        Label intro = new Label("Set these once for your institute. Every export uses them: the address of each page, "
                + "the feed and the sitemap, and the copyright holder in ninjs and on every page.");
        intro.setWrapText(true);
        intro.getStyleClass().add("panel-muted");

        field(name, "site-name", "Site name", "Institute News");
        field(url, "site-url", "Web address the bundle is served from", "https://news.example.org/");
        field(copyright, "site-copyright", "Copyright holder", "The institute's full name");
        name.textProperty().bindBidirectional(vm.name);
        url.textProperty().bindBidirectional(vm.url);
        copyright.textProperty().bindBidirectional(vm.copyright);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, inputs);
        form.addRow(0, label("Site _name", name), name);
        form.addRow(1, label("_Web address", url), url);
        form.addRow(2, label("_Copyright holder", copyright), copyright);

        error.setId("site-error");
        error.setWrapText(true);
        error.getStyleClass().add("held-back");
        error.textProperty().bind(vm.error);
        error.accessibleTextProperty().bind(vm.error);
        error.visibleProperty().bind(vm.error.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        save.setId("site-save");
        save.setAccessibleText("Save the site settings");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busy);
        save.setOnAction(e -> vm.save(s -> stage.close()));
        cancel.setId("site-cancel");
        cancel.setAccessibleText("Close without saving");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        form.disableProperty().bind(vm.busy);
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, intro, form, error, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(540);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
    }

    private static void field(TextField f, String id, String accessible, String prompt) {
        f.setId(id);
        f.setAccessibleText(accessible);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
    }

    private static Label label(String text, TextField f) {
        Label l = new Label(text);
        l.setMnemonicParsing(true); // Alt and the underlined letter moves to the field
        l.setLabelFor(f);
        return l;
    }

    public Stage stage() {
        return stage;
    }

    public SiteSettingsViewModel viewModel() {
        return vm;
    }

    /** Shows the window with the settings in force, the site name focused. */
    public void show() {
        vm.load();
        stage.show();
        stage.toFront();
        stage.requestFocus();
        name.requestFocus();
    }
}
