package org.standfirst.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. Each tooltip is a small window
 * of its own, and the dozen on the toolbar and the preview's bar were a visible part of the main
 * window's first frame; a tooltip only ever shows under the pointer, so making it then loses
 * nothing. The words stay readable to assistive technology through each control's accessible text.
 */
public final class HoverTip {
    private static final String TEXT = "sf.hoverTip";

    private HoverTip() {
    }

    /** Gives the control a tooltip with these words (or changes the words of the one it has). */
    public static void set(Control c, String text) {
        if (c.getTooltip() != null) {
            c.getTooltip().setText(text);
            return;
        }
        boolean first = !c.getProperties().containsKey(TEXT);
        c.getProperties().put(TEXT, text);
        if (first) {
            c.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    c.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    c.setTooltip(new Tooltip((String) c.getProperties().get(TEXT)));
                }
            });
        }
    }

    /** The words of the control's tooltip, whether or not it has been made yet; null without one. */
    public static String text(Control c) {
        return c.getTooltip() != null ? c.getTooltip().getText() : (String) c.getProperties().get(TEXT);
    }
}
