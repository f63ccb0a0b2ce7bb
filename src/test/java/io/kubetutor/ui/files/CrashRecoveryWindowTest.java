package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Service;
import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.Starter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Never losing work, through the whole window: what a killed session leaves is offered at the
 * next start and Restore puts it back and applies it; Discard keeps a copy; a clean close is not
 * taken for a crash; typing reaches the autosave without any close; a broken settings file is named.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryWindowTest {
    static final String TYPED = """
            apiVersion: v1
            kind: Service
            metadata: {name: typed-before-the-crash}
            spec: {selector: {app: web}, ports: [{port: 80}]}
            """;

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private WorkGuard guard;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeTheSession() {
        FilesWindow.closeDialogs();
        if (guard != null) {
            FilesWindow.run(guard::close);
        }
    }

    /** What {@code kill -9} leaves: the session's marker, which nobody locks any more, and its last autosave. */
    private void killedSessionLeft(String text) throws Exception {
        Path dir = Files.createDirectories(data.resolve(SessionRecovery.FOLDER));
        Files.writeString(dir.resolve("4242-dead.running"), "pid=4242\n");
        Files.writeString(dir.resolve("4242-dead.yaml"), text);
    }

    private MainWindow startApp(Locale locale) {
        MainWindow w = FilesWindow.open(stage, data, locale);
        guard = FilesWindow.call(() -> WorkGuard.start(w, List.of()));
        return w;
    }

    private static ButtonType button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + pane.getButtonTypes()));
    }

    private static String allText(Node root) {
        StringBuilder b = new StringBuilder();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Label l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void afterAKillTheNextStartOffersTheTextAndRestoreAppliesIt() throws Exception {
        killedSessionLeft(TYPED);
        MainWindow w = startApp(Locale.ENGLISH);
        DialogPane offer = FilesWindow.dialog("Restore your work");
        assertTrue(offer != null, "the restore offer is on show");
        assertEquals("Kube Service Tutor did not close properly last time.", offer.getHeaderText());
        assertTrue(allText(offer).contains("(4 lines)"), allText(offer));
        assertEquals(Starter.text(w.messages()), w.parts().editor().getText(), "the starter waits under the offer");

        robot.clickOn(offer.lookupButton(button(offer, "Restore")));
        FilesWindow.waitUntil("the text is back", () -> TYPED.equals(w.parts().editor().getText()));
        FilesWindow.waitForState(w, "the restored text applied",
                s -> s.snapshot().get(Service.class, "default", "typed-before-the-crash").isPresent());
        Path dir = data.resolve(SessionRecovery.FOLDER);
        assertFalse(Files.exists(dir.resolve("4242-dead.running")));
        assertFalse(Files.exists(dir.resolve("4242-dead.yaml")));
        assertFalse(Files.exists(dir.resolve(SessionRecovery.DISCARDED)), "a restored text needs no spare copy");

        FilesWindow.run(guard::close);
        assertEquals(TYPED, Files.readString(dir.resolve(SessionRecovery.LAST_SESSION)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".running")).toList(),
                    "a clean close leaves no marker");
        }
    }

    @Test
    void discardKeepsTheStarterAndOneCopyOfTheText() throws Exception {
        killedSessionLeft(TYPED);
        MainWindow w = startApp(Locale.ENGLISH);
        DialogPane offer = FilesWindow.dialog("Restore your work");
        robot.clickOn(offer.lookupButton(button(offer, "Discard")));
        FilesWindow.waitUntil("the offer closes", () -> FilesWindow.dialog("Restore your work") == null);
        assertEquals(Starter.text(w.messages()), w.parts().editor().getText());
        assertEquals(TYPED, Files.readString(data.resolve(SessionRecovery.FOLDER).resolve(SessionRecovery.DISCARDED)));
    }

    @Test
    void aCleanCloseIsNotTakenForACrash() throws Exception {
        Files.writeString(data.resolve("settings.properties"), "files.welcomeShown=true\n");
        MainWindow first = startApp(Locale.ENGLISH);
        FilesWindow.run(() -> first.parts().editor().setText(TYPED));
        FilesWindow.run(guard::close);
        startApp(Locale.ENGLISH);
        assertNull(FilesWindow.dialog("Restore your work"));
        assertNull(FilesWindow.dialog("Getting started"));
        assertEquals(TYPED, Files.readString(data.resolve(SessionRecovery.FOLDER).resolve(SessionRecovery.LAST_SESSION)));
    }

    @Test
    void typedTextReachesTheAutosaveWithoutAnyClose() throws Exception {
        Files.writeString(data.resolve("settings.properties"), "files.welcomeShown=true\n");
        MainWindow w = startApp(Locale.ENGLISH);
        FilesWindow.run(() -> w.parts().editor().setText(TYPED));
        Path autosave = guard.autosaveFile();
        // a second after the typing stops, at most a few with a busy machine
        FilesWindow.waitUntil("the autosave holds the text", () -> {
            try {
                return Files.exists(autosave) && Files.readString(autosave).equals(TYPED);
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void aKoreanWindowAsksInKorean() throws Exception {
        killedSessionLeft(TYPED);
        startApp(Locale.KOREAN);
        DialogPane offer = FilesWindow.dialog("작업 복원");
        assertTrue(offer != null);
        button(offer, "복원");
        button(offer, "버리기");
        assertTrue(allText(offer).contains("4줄"), allText(offer));
    }

    @Test
    void aCorruptSettingsFileIsSetAsideAndNamedInTheStatusLine() throws Exception {
        Files.write(data.resolve("settings.properties"), new byte[] {'a', '=', '\\', 'u', '1'});
        startApp(Locale.ENGLISH);
        Label notice = (Label) stage.getScene().lookup("#status-notice");
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().startsWith("⚠ The settings file could not be read; it was set aside as "
                + "settings.properties.corrupt-"), notice.getText());
    }
}
