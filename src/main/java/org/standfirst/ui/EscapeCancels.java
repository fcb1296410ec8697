package org.standfirst.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape cancels a dialog wherever its focus is. A list with the focus keeps Escape for itself
 * (ListView takes it), so in a dialog that opens on a list, Cancel never heard the key.
 */
public final class EscapeCancels {
    private EscapeCancels() {
    }

    /** The dialog must have a Cancel button (ButtonType.CANCEL): Escape presses it. */
    public static void on(Dialog<?> dialog) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && dialog.getDialogPane().lookupButton(ButtonType.CANCEL) instanceof Button b) {
                e.consume();
                b.fire();
            }
        });
    }
}
