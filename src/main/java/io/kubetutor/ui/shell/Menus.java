package io.kubetutor.ui.shell;

import io.kubetutor.ui.files.AboutBox;
import io.kubetutor.ui.files.DocumentFiles;
import io.kubetutor.ui.files.Exports;
import io.kubetutor.ui.files.ShortcutSheet;
import io.kubetutor.ui.files.WelcomeDialog;
import io.kubetutor.ui.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The menu bar and its shortcuts, as desktop users expect them (Ctrl+O open, Ctrl+S save, Ctrl+Z
 * undo, Ctrl+F find, F11 full screen…). Playback keys that would collide with typing (Space, the
 * arrows) act only when the focus is not in a text field. Labels come from the shell's bundle and
 * are re-set when the language changes.
 */
final class Menus {
    private final MainWindow window;
    private final UiParts parts;
    private final DocumentFiles files;
    private final Exports exports;
    private final MenuBar bar = new MenuBar();
    /** Each item with its bundle key, so a language switch re-labels them all in place. */
    private final Map<Object, String> keys = new LinkedHashMap<>();
    private final CheckMenuItem compare = new CheckMenuItem();
    private final CheckMenuItem systemPods = new CheckMenuItem();

    Menus(MainWindow window, UiParts parts) {
        this.window = window;
        this.parts = parts;
        this.files = new DocumentFiles(window, this::showSystemPods);
        this.exports = new Exports(window);
        build();
    }

    MenuBar bar() {
        return bar;
    }

    DocumentFiles documents() {
        return files;
    }

    private void build() {
        Menu file = menu("shell.menu.file",
                item("shell.menu.new", "Shortcut+N", files::newText),
                item("shell.menu.open", "Shortcut+O", files::open),
                files.recentMenu(),
                item("shell.menu.save", "Shortcut+S", files::save),
                item("shell.menu.saveAs", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                menu("files.menu.export",
                        item("files.menu.export.png", "Shortcut+E", exports::topologyPng),
                        item("files.menu.export.traceText", null, exports::traceText),
                        item("files.menu.export.traceCsv", null, exports::traceCsv),
                        item("files.menu.export.burstText", null, exports::burstText),
                        item("files.menu.export.burstCsv", null, exports::burstCsv),
                        new SeparatorMenuItem(),
                        item("files.menu.export.progress", null, exports::progressJson)),
                new SeparatorMenuItem(),
                item("shell.menu.quit", "Shortcut+Q", () -> window.stage().fireEvent(
                        new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        Menu edit = menu("shell.menu.edit",
                item("shell.menu.undo", "Shortcut+Z", () -> parts.editor().undo()),
                item("shell.menu.redo", "Shortcut+Shift+Z", () -> parts.editor().redo()),
                new SeparatorMenuItem(),
                item("shell.menu.find", "Shortcut+F", () -> parts.editor().showFind()),
                new SeparatorMenuItem(),
                item("shell.menu.apply", "Shortcut+Enter", () -> parts.editor().applyNow()));
        Menu language = menu("shell.menu.language",
                item("shell.menu.english", null, () -> window.setLanguage(Locale.ENGLISH)),
                item("shell.menu.korean", null, () -> window.setLanguage(Locale.KOREAN)));
        Menu theme = menu("shell.menu.theme",
                item("shell.menu.light", null, () -> Themes.apply(window, "light")),
                item("shell.menu.dark", null, () -> Themes.apply(window, "dark")));
        showSystemPods(window.settings().flag("topology.systemPods", true));
        systemPods.setOnAction(e -> showSystemPods(systemPods.isSelected()));
        keys.put(systemPods, "shell.menu.systemPods");
        keys.put(files.recentMenu(), "files.menu.recent");
        compare.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        keys.put(compare, "shell.menu.compare");
        Menu view = menu("shell.menu.view",
                item("shell.menu.zoomIn", "Shortcut+Shift+EQUALS", () -> parts.topology().zoomIn()),
                item("shell.menu.zoomOut", "Shortcut+Shift+MINUS", () -> parts.topology().zoomOut()),
                item("shell.menu.zoomFit", "Shortcut+Shift+0", () -> parts.topology().zoomToFit()),
                item("shell.menu.editorBigger", "Shortcut+EQUALS", () -> parts.editor().zoomIn()),
                item("shell.menu.editorSmaller", "Shortcut+MINUS", () -> parts.editor().zoomOut()),
                new SeparatorMenuItem(), systemPods, compare,
                new SeparatorMenuItem(), language, theme,
                item("shell.menu.fullScreen", "F11", () -> window.stage().setFullScreen(!window.stage().isFullScreen())));
        Menu cluster = menu("shell.menu.cluster",
                item("shell.menu.clusterSettings", null, () -> ClusterSettingsDialog.open(window)),
                item("shell.menu.reset", null, () -> window.resetCluster(null)),
                new SeparatorMenuItem(),
                item("shell.menu.advance10s", "Shortcut+T", () -> parts.session().advanceBy(10_000)),
                item("shell.menu.advance1m", null, () -> parts.session().advanceBy(60_000)),
                item("shell.menu.advance5m", null, () -> parts.session().advanceBy(300_000)));
        Menu traffic = menu("shell.menu.traffic",
                item("shell.menu.send", "Shortcut+R", () -> parts.traffic().send()),
                item("shell.menu.closeConnections", null, () -> parts.traffic().closeConnections()),
                item("shell.menu.clearLog", null, () -> parts.eventLog().clear()));
        Menu playback = menu("shell.menu.playback",
                item("shell.menu.playPause", "F8", this::playPause),
                item("shell.menu.stepForward", "F10", window::stepForward),
                item("shell.menu.stepBack", "Shift+F10", window::stepBack),
                item("shell.menu.replay", "Shortcut+Shift+R", window::replay),
                item("shell.menu.faster", "Shortcut+Close Bracket", () -> parts.clock().faster()),
                item("shell.menu.slower", "Shortcut+Open Bracket", () -> parts.clock().slower()));
        Menu help = menu("shell.menu.help",
                item("shell.menu.shortcuts", "F1", () -> ShortcutSheet.show(window, bar)),
                item("files.menu.gettingStarted", null, () -> WelcomeDialog.show(window)),
                item("shell.menu.about", null, () -> AboutBox.show(window)));
        keys.putAll(window.lessons().menuKeys());
        bar.getMenus().setAll(List.of(file, edit, view, cluster, traffic, window.lessons().menu(), playback, help));
        compare.setOnAction(e -> window.setCompare(compare.isSelected()));
    }

    /** Draws kube-system's pods or not (the View menu, a scenario's playback settings); remembered. */
    void showSystemPods(boolean show) {
        systemPods.setSelected(show);
        parts.topology().setShowSystemPods(show);
        window.settings().put("topology.systemPods", show);
    }

    void setCompareSelected(boolean on) {
        compare.setSelected(on);
    }

    private void playPause() {
        if (parts.clock().isPlaying()) {
            parts.clock().pause();
        } else {
            parts.clock().play();
        }
    }

    /** Space, ← and → drive the playback when the focus is not in something one types into; files dropped open. */
    void installShortcuts(Scene scene) {
        files.installDrop(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl
                    || scene.getFocusOwner() instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>
                    || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                playPause();
            } else if (e.getCode() == KeyCode.RIGHT) {
                window.stepForward();
            } else if (e.getCode() == KeyCode.LEFT) {
                window.stepBack();
            } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
                parts.clock().faster();
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                parts.clock().slower();
            } else {
                return;
            }
            e.consume();
        });
    }

    void relabel(Messages m) {
        files.refreshRecent();
        for (Map.Entry<Object, String> e : keys.entrySet()) {
            if (e.getKey() instanceof MenuItem i) {
                i.setText(m.text(e.getValue()));
            }
        }
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.getItems().setAll(items);
        keys.put(menu, key);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        keys.put(i, key);
        return i;
    }
}
