package io.kubetutor.ui.files;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.Themes;
import io.kubetutor.ui.shell.WindowSettings;
import io.kubetutor.ui.theme.Fonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A throwaway window for looking at the files area's dialogs under Xvfb: {@code restore} (a killed
 * session's text offered), {@code welcome} (the first start), {@code shortcuts}, {@code about};
 * {@code ko} for Korean, {@code dark} for the dark theme.
 */
public final class FilesPreview extends Application {
    /** A main outside the Application class, so the class-path launcher starts JavaFX. */
    public static final class Main {
        public static void main(String[] args) {
            launch(FilesPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        Fonts.load();
        Themes.apply(a.contains("dark") ? "dark" : "light");
        Path data = Files.createTempDirectory("kt-files");
        if (!a.contains("welcome")) {
            Files.writeString(data.resolve("settings.properties"), "files.welcomeShown=true\n");
        }
        if (a.contains("restore")) {
            Path dir = Files.createDirectories(data.resolve(SessionRecovery.FOLDER));
            Files.writeString(dir.resolve("4242-dead.running"), "pid=4242\n");
            Files.writeString(dir.resolve("4242-dead.yaml"), CrashRecoveryWindowTest.TYPED
                    + "---\n" + FilesWindowTest.SHOP);
        }
        MainWindow w = new MainWindow(stage, WindowSettings.load(data.resolve("settings.properties")),
                ClusterTopology.defaults(), a.contains("ko") ? Locale.KOREAN : Locale.ENGLISH);
        w.show();
        WorkGuard.start(w, List.of());
        if (a.contains("png")) { // a packet on its way, then File ▸ Export ▸ Topology as PNG into /tmp/files-export.png
            w.parts().editor().setText(FilesWindowTest.SHOP);
            w.parts().session().applyText(FilesWindowTest.SHOP);
            w.parts().session().advanceBy(30_000);
            PauseTransition send = new PauseTransition(Duration.seconds(2));
            send.setOnFinished(e -> w.parts().session().send("laptop", "http://192.168.1.2:30080/",
                    io.kubetutor.sim.net.RequestKind.CURL, 1));
            send.play();
            PauseTransition export = new PauseTransition(Duration.seconds(3.2));
            export.setOnFinished(e -> {
                try {
                    new Exports(w).writeTopologyPng(Path.of("/tmp/files-export.png"));
                } catch (java.io.IOException x) {
                    x.printStackTrace();
                }
            });
            export.play();
        }
        PauseTransition later = new PauseTransition(Duration.seconds(1.5));
        later.setOnFinished(e -> {
            if (a.contains("shortcuts")) {
                ShortcutSheet.show(w, (MenuBar) stage.getScene().lookup(".menu-bar"));
            } else if (a.contains("about")) {
                AboutBox.show(w);
                if (a.contains("licence")) {
                    for (javafx.stage.Window win : javafx.stage.Window.getWindows()) {
                        if (win.getScene() != null && win.getScene().lookup(".toggle-button")
                                instanceof javafx.scene.control.ToggleButton t) {
                            t.fire();
                        }
                    }
                }
            }
        });
        later.play();
    }
}
