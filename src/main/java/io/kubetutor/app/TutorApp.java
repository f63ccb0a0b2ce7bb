package io.kubetutor.app;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.files.WorkGuard;
import io.kubetutor.ui.shell.AppDirs;
import io.kubetutor.ui.shell.InternalErrors;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.StartingScene;
import io.kubetutor.ui.shell.Themes;
import io.kubetutor.ui.shell.WindowSettings;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app: one window (see {@link MainWindow}) with the settings the user left, in the
 * language they chose or their system's, starting from a small example to edit. The window
 * appears at once with its frame and a "starting" line; the editor, the cluster and the views are
 * built right after that first frame, so the learner sees the app start as fast as a bare window.
 */
public class TutorApp extends Application {
    static void launchApp(String[] args) {
        launch(TutorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Fonts.load();
        WindowSettings settings = WindowSettings.load(AppDirs.dataDir().resolve("settings.properties"));
        Themes.apply(settings.text("theme", "light"));
        String language = settings.text("language", "");
        Locale locale = language.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(language);
        Scene scene = StartingScene.of(settings, locale);
        stage.setScene(scene);
        stage.setTitle(MainWindow.TITLE);
        boolean probe = args.contains("--probe-startup");
        // The rest is built once the first frame is on its way to the screen, not before it.
        FirstFrame.measure(scene, ms -> {
            if (probe) {
                System.out.println("first-frame-ms app " + ms);
            }
            Platform.runLater(() -> {
                MainWindow window = new MainWindow(stage, settings, ClusterTopology.defaults(), locale);
                new InternalErrors(AppDirs.dataDir().resolve("errors.log"), window::showInternalError)
                        .installOnCurrentThread();
                window.show();
                WorkGuard.start(window, args);
                Probes.attach(window, args);
            });
        });
        stage.show();
    }
}
