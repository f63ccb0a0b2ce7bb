package io.kubetutor.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window of the app's size, started the same way as the app, for the startup
 * comparison (started by {@code Main --probe-bare}, the same entry point as the app's own probe):
 * the goal is the app's first frame within 1.3× of this one's.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Kube Service Tutor")), 1280, 720);
        stage.setScene(scene);
        FirstFrame.measure(scene, ms -> FirstFrame.printAndExit("bare", ms));
        stage.show();
    }
}
