package org.standfirst.ui.editor;

import java.io.File;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.standfirst.model.Asset;
import org.standfirst.ui.Icons;

/**
 * The hero image of the item: a thumbnail with the image's file name, and buttons to choose one
 * of the workspace's images, import one from a file, or remove it. Every change of image can be
 * undone (Edit > Undo, or Ctrl+Z while the focus is here).
 */
public final class HeroImageField extends VBox {
    static final double THUMB_W = 120;
    static final double THUMB_H = 80;

    private final EditorViewModel vm;
    private final ImageView thumb = new ImageView();
    private final Label none = new Label(null, Icons.icon("fth-image"));
    private final Label name = new Label();
    private final Label facts = new Label();
    private final Button choose = new Button("Choose image…", Icons.icon("fth-grid"));
    private final Button fromFile = new Button("From a file…", Icons.icon("fth-upload"));
    private final Button remove = new Button("Remove image", Icons.icon("fth-x"));
    private Function<Window, File> fileChooser = HeroImageField::askForFile;

    HeroImageField(EditorViewModel vm) {
        this.vm = vm;
        setId("hero-image");
        getStyleClass().add("hero-field");
        setSpacing(8);
        thumb.setFitWidth(THUMB_W);
        thumb.setFitHeight(THUMB_H);
        thumb.setPreserveRatio(true);
        thumb.setAccessibleText("Thumbnail of the image");
        StackPane frame = new StackPane(none, thumb);
        frame.getStyleClass().add("hero-thumb");
        frame.setMinSize(THUMB_W, THUMB_H);
        frame.setPrefSize(THUMB_W, THUMB_H);
        frame.setMaxSize(THUMB_W, THUMB_H);
        name.getStyleClass().add("hero-name");
        name.setId("hero-name");
        facts.getStyleClass().add("field-label");
        choose.setId("hero-choose");
        choose.setAccessibleText("Choose an image from the workspace");
        fromFile.setId("hero-from-file");
        fromFile.setAccessibleText("Add an image from a file on this computer");
        remove.setId("hero-remove");
        remove.setAccessibleText("Remove the image from this item");
        remove.disableProperty().bind(vm.heroAsset.isNull());
        name.setWrapText(true);
        facts.setWrapText(true);
        for (Button b : new Button[] {choose, fromFile, remove}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // never cut a label short: the row wraps instead
        }
        FlowPane buttons = new FlowPane(6, 6, choose, fromFile, remove);
        VBox text = new VBox(4, name, facts);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox picture = new HBox(12, frame, text);
        picture.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(picture, buttons);

        choose.setOnAction(e -> new ImageChooser(vm, getScene().getWindow()).show(vm::useHero));
        fromFile.setOnAction(e -> {
            File f = fileChooser.apply(getScene().getWindow());
            if (f != null) {
                vm.importHero(f.toPath(), a -> { });
            }
        });
        remove.setOnAction(e -> vm.removeHero());
        vm.heroAsset.addListener((o, a, b) -> show());
        vm.heroInfoProperty().addListener((o, a, b) -> describe());
        show();
    }

    private void show() {
        String id = vm.heroAsset.get();
        thumb.setImage(null);
        none.setVisible(true);
        describe();
        if (id != null) {
            vm.thumbnail(id, THUMB_W * 2, THUMB_H * 2, img -> {
                if (id.equals(vm.heroAsset.get()) && img != null) {
                    thumb.setImage(img);
                    none.setVisible(false);
                }
            });
        }
    }

    private void describe() {
        String id = vm.heroAsset.get();
        Asset a = vm.heroInfoProperty().get();
        if (id == null) {
            name.setText("No image");
            facts.setText("Choose one of the workspace's images, or add one from a file.");
        } else if (a == null || !a.id().equals(id)) {
            name.setText("Image");
            facts.setText("");
        } else {
            name.setText(a.fileName().isBlank() ? "Untitled image" : a.fileName());
            facts.setText(describe(a));
        }
        setAccessibleText("Image: " + name.getText());
    }

    /** "1600 × 900 pixels · JPG · 240 KB". */
    static String describe(Asset a) {
        String size = a.size() >= 1024 * 1024 ? String.format(Locale.UK, "%.1f MB", a.size() / (1024.0 * 1024))
                : Math.max(1, a.size() / 1024) + " KB";
        String dims = a.width() > 0 ? a.width() + " × " + a.height() + " pixels · " : "";
        return dims + a.extension().toUpperCase(Locale.ROOT) + " · " + size;
    }

    private static File askForFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Add an image from a file");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images (PNG, JPEG, GIF, WebP, SVG)",
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg", "*.PNG", "*.JPG", "*.JPEG"));
        return fc.showOpenDialog(owner);
    }

    /** Replaces the file chooser (tests: the native dialog cannot be driven headless). */
    public void setFileChooser(Function<Window, File> chooser) {
        this.fileChooser = chooser;
    }

    public Button chooseButton() {
        return choose;
    }

    public Button fromFileButton() {
        return fromFile;
    }

    public Button removeButton() {
        return remove;
    }

    public ImageView thumbnail() {
        return thumb;
    }
}
