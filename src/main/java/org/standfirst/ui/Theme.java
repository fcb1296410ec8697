package org.standfirst.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes: AtlantaFX Primer as the base, our own sheet on top for both. */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private static final String OURS = Objects.requireNonNull(
            Theme.class.getResource("standfirst.css"), "standfirst.css").toExternalForm();

    private final String label;
    private final String userAgentStylesheet;

    Theme(String label, String userAgentStylesheet) {
        this.label = label;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public String label() {
        return label;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Sets the theme's base stylesheet for the application now, before any control is made. */
    public void preload() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** Applies the theme to the whole application and marks the scene for our dark rules. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        if (!scene.getStylesheets().contains(OURS)) {
            scene.getStylesheets().add(OURS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }

    public static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
