package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.ui.shell.MainWindow;
import io.kubetutor.ui.shell.WindowSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Help menu: a shortcut sheet with every key the menus have, an About box with versions, a welcome shown once. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
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
    void closeAll() {
        FilesWindow.closeDialogs();
        if (guard != null) {
            FilesWindow.run(guard::close);
        }
    }

    private static List<String> labels(Node root, String styleClass) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("." + styleClass)) {
            if (n instanceof Label l) {
                out.add(l.getText());
            }
        }
        return out;
    }

    private static void accelerators(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                accelerators(sub, out);
            } else if (i.getAccelerator() != null) {
                out.add(ShortcutSheet.display(i.getAccelerator()));
            }
        }
    }

    @Test
    void theShortcutSheetListsEveryShortcutOfTheMenusAndTheKeysNoMenuShows() {
        MainWindow w = FilesWindow.open(stage, data, Locale.ENGLISH);
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        FilesWindow.run(() -> ShortcutSheet.show(w, bar));
        DialogPane sheet = FilesWindow.dialog("Keyboard shortcuts");
        assertNotNull(sheet);
        List<String> keys = labels(sheet, "shortcut-key");
        List<String> expected = new ArrayList<>();
        bar.getMenus().forEach(m -> accelerators(m, expected));
        assertTrue(expected.size() > 20, expected.toString());
        for (String k : expected) {
            assertTrue(keys.contains(k), "the sheet lacks " + k + ": " + keys);
        }
        assertTrue(keys.containsAll(List.of("Space", "→", "←", "Tab / Shift+Tab", "Ctrl+]", "Ctrl+[", "Ctrl+Enter",
                "Ctrl+Shift+0", "Ctrl+/")), keys.toString());
        List<String> actions = labels(sheet, "shortcut-action");
        assertTrue(actions.contains("Topology as PNG"), actions.toString());
        assertTrue(labels(sheet, "shortcut-section").containsAll(List.of("File", "Playback (when not typing)",
                "In the editor")));
    }

    @Test
    void everyMenuShortcutNamesAKeyTheKeyboardHas() {
        FilesWindow.open(stage, data, Locale.ENGLISH);
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        List<String> bad = new ArrayList<>();
        bar.getMenus().forEach(m -> broken(m, bad));
        // "Shortcut+DIGIT0" parses as a combination with the character "DIGIT0", which no key types
        assertEquals(List.of(), bad);
    }

    private static void broken(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                broken(sub, out);
            } else if (i.getAccelerator() instanceof javafx.scene.input.KeyCharacterCombination c
                    && c.getCharacter().length() != 1) {
                out.add(i.getText() + ": " + c.getName());
            }
        }
    }

    @Test
    void theAboutBoxGivesTheVersionsTheDataFolderAndTheFontLicence() {
        MainWindow w = FilesWindow.open(stage, data, Locale.ENGLISH);
        FilesWindow.run(() -> AboutBox.show(w));
        DialogPane about = FilesWindow.dialog("About Kube Service Tutor");
        assertNotNull(about);
        List<String> values = labels(about, "about-value");
        assertTrue(values.contains("v1.33.1"), values.toString());
        assertTrue(values.contains(AppVersion.app()) || values.contains("a development build (not packaged)"),
                values.toString());
        assertTrue(values.contains(data.toAbsolutePath().toString()), values.toString());
        assertTrue(values.stream().anyMatch(v -> v.startsWith(System.getProperty("java.version"))), values.toString());
        assertTrue(AboutBox.licenceText().contains("SIL OPEN FONT LICENSE"));
    }

    @Test
    void theFirstStartWelcomesOnceAndCanOpenTheFirstLesson() {
        MainWindow w = FilesWindow.open(stage, data, Locale.ENGLISH);
        guard = FilesWindow.call(() -> WorkGuard.start(w, List.of()));
        DialogPane welcome = FilesWindow.dialog("Getting started");
        assertNotNull(welcome, "the welcome on the first start");
        Label title = (Label) welcome.lookup("#welcome-first-lesson");
        assertEquals("▶ The first lesson: " + w.course().get(0).title().en(), title.getText());
        ButtonType lesson = welcome.getButtonTypes().stream().filter(b -> b.getText().equals("Start the first lesson"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(welcome.getButtonTypes().toString()));
        robot.clickOn(welcome.lookupButton(lesson));
        FilesWindow.waitUntil("the first lesson opens", () -> {
            Label stepOf = (Label) stage.getScene().lookup("#lesson-step-of");
            return stepOf != null && !stepOf.getText().isEmpty();
        });
        assertTrue(WindowSettings.load(data.resolve("settings.properties")).flag(WelcomeDialog.SHOWN, false),
                "remembered at once, not only at a clean close");
        FilesWindow.run(guard::close);

        MainWindow again = FilesWindow.open(stage, data, Locale.ENGLISH);
        guard = FilesWindow.call(() -> WorkGuard.start(again, List.of()));
        assertNull(FilesWindow.dialog("Getting started"), "shown once");
    }

    @Test
    void probesAndSmokeRunsAskNothing() {
        MainWindow w = FilesWindow.open(stage, data, Locale.ENGLISH);
        guard = FilesWindow.call(() -> WorkGuard.start(w, List.of("--probe-startup")));
        assertNull(FilesWindow.dialog("Getting started"));
    }
}
