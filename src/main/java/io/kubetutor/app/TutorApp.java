package io.kubetutor.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop app. Until the editor and topology views arrive, the window says what the tutor
 * is and how to use its headless CLI, so `mvn javafx:run` shows a real, readable window.
 */
public class TutorApp extends Application {
    static final String TITLE = "Kube Service Tutor";

    static void launchApp(String[] args) {
        launch(TutorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label(TITLE);
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label body = new Label("""
                Edit real Kubernetes YAML and watch a simulated cluster apply it.

                The simulated API server is ready on the command line:
                  java -jar target/kube-service-tutor.jar validate FILE...
                The editor, topology and packet views come next.""");
        body.setStyle("-fx-font-size: 16px;");
        VBox root = new VBox(24, title, body);
        root.setPadding(new Insets(40));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 900, 480));
        stage.show();
    }
}
