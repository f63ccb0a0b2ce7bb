package io.kubetutor.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class TutorApp extends Application {
    static void launchApp(String[] args) { launch(TutorApp.class, args); }
    @Override public void start(Stage stage) { stage.setScene(new Scene(new Label("Kube Service Tutor"), 400, 300)); stage.show(); }
}
