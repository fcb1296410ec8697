package org.standfirst.ui.preview;

import org.standfirst.ui.FocusOrder;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.standfirst.ui.preview.NinjsViewModel.Mode;

/**
 * The preview tab: a small toolbar choosing what it shows — the published page, or the open
 * item's ninjs 3.1 or 2.2 as the export would write it — above the page preview or the JSON
 * (pretty-printed, monospaced, selectable), with Copy for the JSON.
 */
public final class PreviewPanel extends BorderPane {
    static final String STYLES = Objects.requireNonNull(PreviewPanel.class.getResource("/org/standfirst/ui/panels/panels.css"),
            "panels.css").toExternalForm();

    private final NinjsViewModel vm;
    private final ToggleGroup modes = new ToggleGroup();
    private final TextArea json = new TextArea();
    private final Label message = new Label();
    private final Button copy = new Button("Copy");
    private final Label copied = new Label();
    private final StackPane body;
    private final Node page;
    private VBox ninjs;

    /** @param page the page preview (the WebView, or what stands in for it until it starts) */
    public PreviewPanel(Node page, NinjsViewModel vm) {
        this.vm = vm;
        getStylesheets().add(STYLES);
        getStyleClass().add("preview-panel");
        setId("preview-panel");

        HBox switcher = new HBox();
        switcher.setId("preview-modes");
        switcher.setAccessibleText("What the preview shows");
        Mode[] all = Mode.values();
        for (int i = 0; i < all.length; i++) {
            Mode m = all[i];
            ToggleButton b = new ToggleButton(m.label());
            b.setUserData(m);
            b.setToggleGroup(modes);
            b.setId("preview-mode-" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setAccessibleText(m == Mode.PAGE ? "Preview: the published page" : "Preview: the item as " + m.label() + " JSON");
            org.standfirst.ui.HoverTip.set(b, m == Mode.PAGE ? "The page as it will be published"
                    : "The " + m.label() + " document this item will be published as once approved, with your latest typing");
            b.getStyleClass().addAll("small", i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(m == vm.mode.get());
            switcher.getChildren().add(b);
        }
        // One of the three is always chosen: clicking the chosen one again keeps it.
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was);
            } else {
                vm.mode.set((Mode) now.getUserData());
            }
        });
        vm.mode.addListener((o, a, m) -> modes.getToggles().stream().filter(t -> t.getUserData() == m).findFirst()
                .ifPresent(modes::selectToggle));

        copy.setId("preview-copy-json");
        copy.setAccessibleText("Copy the ninjs JSON");
        org.standfirst.ui.HoverTip.set(copy, "Copy the whole document to the clipboard");
        copy.getStyleClass().add("small");
        copy.disableProperty().bind(vm.jsonProperty().isEmpty());
        copy.setOnAction(e -> copyJson());
        copied.getStyleClass().add("panel-muted");
        copied.setId("preview-copied");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, switcher, spacer, copied, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("panel-header");
        bar.setAccessibleText("Preview toolbar");

        // The JSON view is made the first time a ninjs mode is chosen: most people keep the page,
        // and a text area is a good part of the window's first frame.
        body = new StackPane(page);
        this.page = page;
        vm.mode.addListener((o, a, b) -> show());
        vm.jsonProperty().addListener((o, a, b) -> copied.setText(""));
        show();
        setTop(bar);
        setCenter(body);
    }

    public NinjsViewModel viewModel() {
        return vm;
    }

    public TextArea jsonArea() {
        ninjsView();
        return json;
    }

    private VBox ninjsView() {
        if (ninjs == null) {
            json.setId("preview-ninjs");
            FocusOrder.tabMovesOn(json);
            json.setEditable(false);
            json.setWrapText(false);
            json.getStyleClass().add("ninjs-json");
            json.setAccessibleText("ninjs JSON of this item");
            json.textProperty().bind(vm.jsonProperty());
            message.setId("preview-ninjs-message");
            message.setWrapText(true);
            message.getStyleClass().add("empty-hint");
            message.textProperty().bind(vm.messageProperty());
            message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            VBox.setVgrow(json, Priority.ALWAYS);
            ninjs = new VBox(message, json);
            ninjs.setPadding(new Insets(0));
            ninjs.setVisible(false);
            body.getChildren().add(ninjs);
        }
        return ninjs;
    }

    private void show() {
        boolean isPage = vm.mode.get() == Mode.PAGE;
        page.setVisible(isPage);
        if (!isPage) {
            ninjsView().setVisible(true);
        } else if (ninjs != null) {
            ninjs.setVisible(false);
        }
        copy.setVisible(!isPage);
        copied.setText("");
    }

    /** Copies the JSON shown to the clipboard and says so beside the button. */
    public void copyJson() {
        String text = vm.jsonProperty().get();
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
        copied.setText("Copied");
    }
}
