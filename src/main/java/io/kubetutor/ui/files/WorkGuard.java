package io.kubetutor.ui.files;

import io.kubetutor.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.WindowEvent;

/**
 * A session's start and end as far as the learner's work goes. At the start: what opens (a file
 * named on the command line, else the starter example), the offer to restore what a session that
 * did not end cleanly left, or else the first-run welcome; notices for files that had to be set
 * aside. While it runs: the editor's text autosaved. At a normal close: the last write, and the
 * session marked as ended cleanly. A JVM shutdown (a logout's SIGTERM) still writes the text, but
 * counts as not clean, so the next start offers it.
 */
public final class WorkGuard {
    private final MainWindow window;
    private final SessionRecovery recovery;
    private final Autosaver autosaver;
    private Dialog<ButtonType> offer;

    private WorkGuard(MainWindow window, SessionRecovery recovery) {
        this.window = window;
        this.recovery = recovery;
        this.autosaver = new Autosaver(recovery.autosaveFile(), e -> Platform.runLater(() -> window.showNotice(true,
                "files.notice.autosaveFailed", String.valueOf(e.getMessage()))));
        window.parts().editor().textProperty().addListener((o, was, now) -> autosaver.edited(now));
        autosaver.edited(window.parts().editor().getText());
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        Runtime.getRuntime().addShutdownHook(new Thread(autosaver::flush, "autosave-at-exit"));
    }

    /**
     * Starts the session's work in {@code window} (already shown). {@code args} are the app's: a
     * YAML file among them is opened instead of the starter; with a {@code --} flag (a probe or a
     * smoke test) no question is asked.
     */
    public static WorkGuard start(MainWindow window, List<String> args) {
        SessionRecovery recovery = SessionRecovery.begin(window.settings().file().toAbsolutePath().getParent());
        if (window.settings().setAside() != null) {
            window.showNotice(true, "files.notice.settingsSetAside", window.settings().setAside().getFileName().toString());
        }
        if (recovery.setAside() != null) {
            window.showNotice(true, "files.notice.autosaveSetAside", recovery.setAside().getFileName().toString());
        }
        if (!recovery.problems().isEmpty()) {
            window.showNotice(true, "files.notice.recoveryOff", recovery.problems().get(0));
        }
        Path file = fileArgument(args);
        if (file == null || !window.documents().open(file)) {
            window.openStarter();
        }
        WorkGuard guard = new WorkGuard(window, recovery);
        boolean quiet = args.stream().anyMatch(a -> a.startsWith("--"));
        Optional<SessionRecovery.Leftover> left = recovery.offer(window.parts().editor().getText());
        if (left.isPresent()) {
            if (!quiet) { // a probe or a smoke run leaves it for the next start that can ask
                guard.offer = RestoreDialog.offer(window, left.get(), restore -> {
                    if (restore) {
                        guard.restore(left.get().text());
                    }
                    recovery.settle(restore);
                });
            }
        } else {
            recovery.settle(false);
            if (!quiet && WelcomeDialog.due(window)) {
                WelcomeDialog.show(window);
            }
        }
        return guard;
    }

    /** The first argument that names an existing .yaml or .yml file (a double-clicked scenario), or null. */
    static Path fileArgument(List<String> args) {
        for (String a : args) {
            if (a.startsWith("--")) {
                continue;
            }
            try {
                Path p = Path.of(a);
                if (DocumentFiles.isYaml(p) && Files.isRegularFile(p)) {
                    return p;
                }
            } catch (InvalidPathException e) {
                // not a file name
            }
        }
        return null;
    }

    private void restore(String text) {
        window.parts().editor().setText(text);
        window.parts().session().applyText(text);
        window.showNotice(false, "files.restore.restored");
    }

    /** The restore offer on show, or null (for tests). */
    public Dialog<ButtonType> offer() {
        return offer;
    }

    public Path autosaveFile() {
        return autosaver.file();
    }

    /** Writes the text one last time and marks the session as ended cleanly. */
    public void close() {
        autosaver.close();
        recovery.endCleanly();
    }
}
