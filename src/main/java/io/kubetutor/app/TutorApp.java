package io.kubetutor.app;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.shell.AppDirs;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.Themes;
import io.kubetutor.ui.shell.WindowSettings;
import io.kubetutor.ui.theme.Fonts;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: one window (see {@link MainWindow}) with the settings the user left, in the
 * language they chose or their system's, starting from a small example to edit.
 */
public class TutorApp extends Application {
    static void launchApp(String[] args) {
        launch(TutorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        WindowSettings settings = WindowSettings.load(AppDirs.dataDir().resolve("settings.properties"));
        Themes.apply(settings.text("theme", "light"));
        String language = settings.text("language", "");
        Locale locale = language.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(language);
        MainWindow window = new MainWindow(stage, settings, ClusterTopology.defaults(), locale);
        window.show();
        window.openStarter();
        Probes.attach(window, getParameters().getRaw());
    }
}
