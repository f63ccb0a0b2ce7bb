package io.kubetutor.ui.files;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.shell.MainWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/**
 * Help ▸ Keyboard shortcuts: every shortcut the window has, read from the menu bar itself (so a
 * new menu item with a key shows up here without anyone listing it), then the playback keys that
 * work when the focus is not in a text field, and the editor's own keys. A key column and an
 * action column per section, sections shared over three columns. It stays open beside the window.
 */
public final class ShortcutSheet {
    static final int COLUMNS = 3;

    private ShortcutSheet() {
    }

    public static void show(MainWindow window, MenuBar bar) {
        Messages m = window.messages();
        HBox columns = new HBox(28);
        columns.getStyleClass().add("shortcut-columns");
        for (List<ShortcutColumns.Section> column : ShortcutColumns.split(sections(bar, m), COLUMNS)) {
            VBox box = new VBox(4);
            for (ShortcutColumns.Section s : column) {
                box.getChildren().add(section(s));
            }
            columns.getChildren().add(box);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(window.stage());
        d.initModality(Modality.NONE);
        d.setTitle(m.text("files.shortcuts.title"));
        d.setHeaderText(null);
        d.getDialogPane().getStylesheets().add(Dialogs.STYLESHEET);
        d.getDialogPane().getStyleClass().add("files-dialog");
        d.getDialogPane().setContent(columns);
        d.getDialogPane().getButtonTypes().setAll(Dialogs.close(m));
        d.setResizable(true);
        d.show();
    }

    /** The menus' shortcuts, menu by menu, then the keys no menu shows. */
    static List<ShortcutColumns.Section> sections(MenuBar bar, Messages m) {
        List<ShortcutColumns.Section> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            List<ShortcutColumns.Row> rows = new ArrayList<>();
            collect(menu, rows);
            if (!rows.isEmpty()) {
                out.add(new ShortcutColumns.Section(menu.getText(), rows));
            }
        }
        out.add(new ShortcutColumns.Section(m.text("files.shortcuts.playbackKeys"), List.of(
                row("Space", m.text("files.shortcuts.playPause")),
                row("→", m.text("files.shortcuts.stepForward")),
                row("←", m.text("files.shortcuts.stepBack")),
                row("+", m.text("files.shortcuts.faster")),
                row("−", m.text("files.shortcuts.slower")))));
        out.add(new ShortcutColumns.Section(m.text("files.shortcuts.editor"), List.of(
                row(keys("Shortcut+Space"), m.text("files.shortcuts.complete")),
                row(keys("Shortcut+Slash"), m.text("files.shortcuts.comment")),
                row(keys("Shortcut+H"), m.text("files.shortcuts.replace")),
                row(keys("Shortcut+Y"), m.text("files.shortcuts.redo")),
                row("Tab / Shift+Tab", m.text("files.shortcuts.indent")),
                row(keys("Shortcut+0"), m.text("files.shortcuts.zoomReset")),
                row(m.text("files.shortcuts.wheelKeys"), m.text("files.shortcuts.wheel")))));
        return out;
    }

    private static void collect(Menu menu, List<ShortcutColumns.Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                rows.add(row(display(item.getAccelerator()), item.getText().replace("…", "")));
            }
        }
    }

    private static String keys(String combination) {
        return display(KeyCombination.keyCombination(combination));
    }

    /**
     * A key combination as a person reads it: "Ctrl+]" where JavaFX says "Ctrl+CLOSE_BRACKET",
     * "Ctrl+0" for DIGIT0, "Ctrl+Enter" for its "Ctrl+↵"; ⌘ for the shortcut key on a Mac.
     */
    static String display(KeyCombination k) {
        if (!(k instanceof KeyCodeCombination c)) {
            return k.getDisplayText();
        }
        StringBuilder b = new StringBuilder();
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        if (c.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            b.append(mac ? "⌘+" : "Ctrl+");
        }
        if (c.getControl() == KeyCombination.ModifierValue.DOWN) {
            b.append("Ctrl+");
        }
        if (c.getAlt() == KeyCombination.ModifierValue.DOWN) {
            b.append(mac ? "⌥+" : "Alt+");
        }
        if (c.getMeta() == KeyCombination.ModifierValue.DOWN) {
            b.append(mac ? "⌘+" : "Meta+");
        }
        if (c.getShift() == KeyCombination.ModifierValue.DOWN) {
            b.append("Shift+");
        }
        KeyCode code = c.getCode();
        String ch = code.getChar();
        // function keys' "characters" are their old virtual-key codes (F1 is 'p'): only real characters count
        boolean printable = !code.isFunctionKey() && ch.length() == 1 && ch.charAt(0) > ' ' && ch.charAt(0) < 0x7f;
        return b.append(code == KeyCode.MINUS ? "−" : printable ? ch.toUpperCase(java.util.Locale.ROOT) : code.getName())
                .toString();
    }

    private static ShortcutColumns.Row row(String keys, String action) {
        return new ShortcutColumns.Row(keys, action);
    }

    private static VBox section(ShortcutColumns.Section s) {
        Label title = new Label(s.title());
        title.getStyleClass().add("shortcut-section");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(132);
        grid.getColumnConstraints().add(keys);
        int r = 0;
        for (ShortcutColumns.Row row : s.rows()) {
            Label key = new Label(row.keys());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label action = new Label(row.action());
            action.getStyleClass().add("shortcut-action");
            action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(r++, key, action);
        }
        VBox box = new VBox(6, title, grid);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }
}
