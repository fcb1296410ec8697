package org.standfirst.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a text area for the next or previous control, in the window's own
 * focus order, instead of typing a tab character: a standfirst or a note never wants one, and a
 * keyboard user would otherwise be stuck in the field (and fill it with tabs trying to leave).
 */
public final class FocusOrder {
    private FocusOrder() {
    }

    public static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own way to move the focus (JavaFX's TextAreaBehavior),
                // which follows the window's order into and out of titled panes and tabs.
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }
}
