package org.standfirst.ui;

import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons (Ikonli) and the icon buttons built from them, each with an accessible name. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("sf-icon");
        return icon;
    }

    /** An icon-only button: the tooltip and the accessible name carry its words. */
    public static Button button(String literal, String name, Runnable action) {
        Button b = new Button(null, icon(literal));
        b.getStyleClass().addAll("flat", "button-icon");
        HoverTip.set(b, name);
        b.setAccessibleText(name);
        b.setOnAction(e -> action.run());
        return b;
    }
}
