package org.standfirst.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts JavaFX from a class that does not extend Application, so the jar runs on the classpath
 * without the JavaFX launcher's module checks.
 */
public final class DesktopLauncher {
    private static volatile Path dataOption;

    private DesktopLauncher() {
    }

    public static void launch(Path data) {
        dataOption = data;
        RenderingPipeline.chooseForThisMachine();
        // Open the workspace while the FX toolkit starts: the two take about as long as each other.
        // On a thread of its own, so that starting the logging (the first logger) and opening the
        // database do not delay the toolkit's start on this one.
        Thread opening = new Thread(() -> StandfirstApp.beginOpening(data), "standfirst-opening");
        opening.setDaemon(true);
        opening.start();
        Application.launch(StandfirstApp.class);
    }

    static Path dataOption() {
        return dataOption;
    }
}
