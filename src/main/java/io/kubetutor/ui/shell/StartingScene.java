package io.kubetutor.ui.shell;

import io.kubetutor.ui.i18n.Messages;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What the window shows for the moment it takes to build the editor, the cluster and the views:
 * one line saying it is starting, at the remembered size, so the first frame comes at once.
 */
public final class StartingScene {
    private StartingScene() {
    }

    public static Scene of(WindowSettings settings, Locale locale) {
        Layout l = new Layout(settings);
        Label starting = new Label(MainWindow.TITLE + " — " + Messages.of(locale).text("shell.starting"));
        starting.getStyleClass().add("starting");
        StackPane root = new StackPane(starting);
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, l.width(), l.height());
        scene.getStylesheets().add(MainWindow.class.getResource("/io/kubetutor/ui/css/shell.css").toExternalForm());
        return scene;
    }
}
