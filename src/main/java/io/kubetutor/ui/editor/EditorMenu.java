package io.kubetutor.ui.editor;

import io.kubetutor.ui.i18n.Messages;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.fxmisc.richtext.CodeArea;

/** The text's right-click menu: the editing commands (their keys are handled by EditorKeys). */
final class EditorMenu extends ContextMenu {
    EditorMenu(Messages messages, YamlEditor editor, CodeArea area) {
        getItems().addAll(
                item(messages, "editor.menu.undo", editor::undo),
                item(messages, "editor.menu.redo", editor::redo),
                new SeparatorMenuItem(),
                item(messages, "editor.menu.cut", area::cut),
                item(messages, "editor.menu.copy", area::copy),
                item(messages, "editor.menu.paste", area::paste),
                item(messages, "editor.menu.selectAll", area::selectAll),
                new SeparatorMenuItem(),
                item(messages, "editor.menu.find", editor::showFind),
                item(messages, "editor.menu.replace", editor::showReplace),
                item(messages, "editor.menu.toggleComment", editor::toggleComment),
                item(messages, "editor.menu.complete", editor::showCompletion),
                new SeparatorMenuItem(),
                item(messages, "editor.menu.applyNow", editor::applyNow));
    }

    private static MenuItem item(Messages messages, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
