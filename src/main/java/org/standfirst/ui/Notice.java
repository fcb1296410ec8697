package org.standfirst.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A one-line message across the top of the work area (what was recovered, what was archived)
 * with an optional action such as Undo, and a close button. Stays until closed or replaced.
 */
public final class Notice extends HBox {
    private final Label text = new Label();
    private final Button action = new Button();

    public Notice() {
        getStyleClass().add("notice");
        setAlignment(Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.setId("notice-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button close = Icons.button("fth-x", "Dismiss this message", this::hide);
        action.setId("notice-action");
        getChildren().addAll(Icons.icon("fth-info"), text, spacer, action, close);
        hide();
    }

    public void show(String message, boolean warning) {
        show(message, warning, null, null);
    }

    public void show(String message, boolean warning, String actionName, Runnable act) {
        text.setText(message);
        setAccessibleText(message);
        getStyleClass().remove("warning");
        if (warning) {
            getStyleClass().add("warning");
        }
        action.setVisible(act != null);
        action.setManaged(act != null);
        if (act != null) {
            action.setText(actionName);
            action.setAccessibleText(actionName);
            action.setOnAction(e -> {
                hide();
                act.run();
            });
        }
        setVisible(true);
        setManaged(true);
    }

    /** Runs the notice's Undo, when it is showing one (Edit > Undo after archive or duplicate). */
    public boolean undo() {
        if (isVisible() && action.isVisible() && "Undo".equals(action.getText())) {
            action.fire();
            return true;
        }
        return false;
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public String message() {
        return isVisible() ? text.getText() : "";
    }
}
