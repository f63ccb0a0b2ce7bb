package io.kubetutor.ui.files;

/** What the files area's dialogs share: their stylesheet (keycaps, facts, previews, the drop mark). */
final class Dialogs {
    static final String STYLESHEET = Dialogs.class.getResource("/io/kubetutor/ui/css/files.css").toExternalForm();

    private Dialogs() {
    }

    /** A Close button worded in the window's language (JavaFX's own follows the system's). */
    static javafx.scene.control.ButtonType close(io.kubetutor.ui.i18n.Messages m) {
        return new javafx.scene.control.ButtonType(m.text("files.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
