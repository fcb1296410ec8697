package org.standfirst.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class StandfirstApp extends Application {
    @Override
    public void start(Stage stage) {
        Label label = new Label("Standfirst");
        stage.setScene(new Scene(new StackPane(label), 1200, 800));
        stage.setTitle("Standfirst");
        stage.show();
    }
}
