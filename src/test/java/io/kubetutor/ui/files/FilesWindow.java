package io.kubetutor.ui.files;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.Themes;
import io.kubetutor.ui.shell.WindowSettings;
import io.kubetutor.ui.theme.Fonts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window for the files area's tests: opened as the app opens it, on a data folder of the test's. */
final class FilesWindow {
    static final long PATIENCE_SECONDS = 20;

    private FilesWindow() {
    }

    /** A window in {@code locale} with its settings in {@code data}, shown, its clock paused. */
    static MainWindow open(Stage stage, Path data, Locale locale) {
        return call(() -> {
            Fonts.load();
            Themes.apply("light");
            MainWindow w = new MainWindow(stage, WindowSettings.load(data.resolve("settings.properties")),
                    ClusterTopology.defaults(), locale);
            stage.setScene(null);
            w.show();
            stage.setMaximized(false);
            stage.setFullScreen(false);
            stage.setX(0);
            stage.setY(0);
            w.parts().clock().pause();
            return w;
        });
    }

    static <T> T call(Callable<T> work) {
        try {
            T value = WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return value;
        } catch (Exception e) {
            throw new AssertionError("the FX thread failed: " + e, e);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the window never got there: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitForState(MainWindow w, String what, Predicate<SessionState> p) {
        waitUntil(what, () -> w.parts().dispatcher().latest() != null && p.test(w.parts().dispatcher().latest()));
    }

    /** The dialog on show whose title is {@code title}, or null. */
    static DialogPane dialog(String title) {
        for (Window win : Window.getWindows()) {
            if (win instanceof Stage s && s.isShowing() && title.equals(s.getTitle()) && s.getScene() != null
                    && s.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** Closes every dialog left on show, so the next test starts alone. */
    static void closeDialogs() {
        run(() -> {
            for (Window win : java.util.List.copyOf(Window.getWindows())) {
                if (win instanceof Stage s && s.getScene() != null && s.getScene().getRoot() instanceof DialogPane) {
                    s.close();
                }
            }
        });
    }
}
