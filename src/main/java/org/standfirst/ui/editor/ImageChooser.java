package org.standfirst.ui.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standfirst.model.Asset;
import org.standfirst.ui.Icons;

/**
 * Chooses one of the workspace's images: each with a thumbnail, its file name and its alt text
 * (or a plain warning that it has none yet). Thumbnails are decoded off the FX thread.
 */
final class ImageChooser {
    static final ButtonType USE = new ButtonType("Use image", ButtonBar.ButtonData.OK_DONE);

    private final EditorViewModel vm;
    private final Dialog<Asset> dialog = new Dialog<>();
    private final ListView<Asset> list = new ListView<>();
    private final Map<String, Image> thumbs = new HashMap<>();

    ImageChooser(EditorViewModel vm, Window owner) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle("Choose an image");
        dialog.setHeaderText("Choose an image from the workspace");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().add("image-chooser");
        dialog.getDialogPane().getButtonTypes().addAll(USE, ButtonType.CANCEL);
        org.standfirst.ui.EscapeCancels.on(dialog); // the focus starts on the list of images
        list.setId("image-choices");
        list.setAccessibleText("Workspace images");
        list.setPrefSize(560, 420);
        list.setCellFactory(v -> new AssetCell());
        Label empty = new Label("This workspace has no images yet.\nClose this and use “From a file…” to add one.");
        empty.getStyleClass().add("empty-hint");
        list.setPlaceholder(empty);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().lookupButton(USE).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == USE ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                choose();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                choose();
            }
        });
        vm.images(all -> {
            list.getItems().setAll(all);
            String current = vm.heroAsset.get();
            all.stream().filter(a -> a.id().equals(current)).findFirst()
                    .ifPresentOrElse(a -> list.getSelectionModel().select(a), () -> list.getSelectionModel().selectFirst());
            list.requestFocus();
        });
    }

    private void choose() {
        dialog.setResult(list.getSelectionModel().getSelectedItem());
        dialog.close();
    }

    /** Shows the chooser; chosen runs with the image picked (not when cancelled). */
    void show(Consumer<Asset> chosen) {
        dialog.setOnHidden(e -> {
            Asset a = dialog.getResult();
            if (a != null) {
                chosen.accept(a);
            }
        });
        dialog.show();
        list.requestFocus();
    }

    private final class AssetCell extends ListCell<Asset> {
        private final ImageView view = new ImageView();
        private final Label placeholder = new Label(null, Icons.icon("fth-image"));
        private final StackPane frame = new StackPane(placeholder, view);
        private final Label name = new Label();
        private final Label alt = new Label();
        private final Label facts = new Label();
        private final HBox row;

        AssetCell() {
            view.setFitWidth(96);
            view.setFitHeight(64);
            view.setPreserveRatio(true);
            frame.getStyleClass().add("hero-thumb");
            frame.setMinSize(96, 64);
            frame.setPrefSize(96, 64);
            frame.setMaxSize(96, 64);
            name.getStyleClass().add("hero-name");
            alt.setWrapText(true);
            alt.setMaxWidth(400);
            alt.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            facts.getStyleClass().add("field-label");
            VBox text = new VBox(3, name, alt, facts);
            row = new HBox(12, frame, text);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Asset a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            name.setText(a.fileName().isBlank() ? "Untitled image" : a.fileName());
            alt.getStyleClass().remove("field-problem");
            if (a.altText().isBlank()) {
                alt.setText("No alt text yet: you will need to write some.");
                alt.getStyleClass().add("field-problem");
            } else {
                alt.setText(a.altText());
            }
            facts.setText(HeroImageField.describe(a));
            showThumb(a);
            setText(null);
            setGraphic(row);
            setAccessibleText(name.getText() + ". " + (a.altText().isBlank() ? "No alt text" : "Alt text: " + a.altText()));
        }

        private void showThumb(Asset a) {
            Image known = thumbs.get(a.id());
            view.setImage(known);
            placeholder.setVisible(known == null);
            if (known == null && !thumbs.containsKey(a.id())) {
                thumbs.put(a.id(), null);
                vm.thumbnail(a.id(), 192, 128, img -> {
                    thumbs.put(a.id(), img);
                    if (img != null) {
                        list.refresh(); // whichever cell shows this image now picks it up
                    }
                });
            }
        }
    }
}
