package io.kubetutor.ui.shell;

import io.kubetutor.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;

/** The keyboard-shortcut sheet and the About box. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void shortcuts(MainWindow window) {
        Messages m = window.messages();
        Label sheet = new Label(m.text("shell.help.shortcutSheet"));
        sheet.getStyleClass().add("shortcut-sheet");
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window.stage());
        a.setTitle(m.text("shell.menu.shortcuts"));
        a.setHeaderText(m.text("shell.menu.shortcuts"));
        a.getDialogPane().setContent(sheet);
        a.show();
    }

    static void about(MainWindow window) {
        Messages m = window.messages();
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window.stage());
        a.setTitle(m.text("shell.menu.about"));
        a.setHeaderText(MainWindow.TITLE);
        a.setContentText(m.format("shell.help.about", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "21")));
        a.show();
    }
}
