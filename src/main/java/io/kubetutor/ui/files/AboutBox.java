package io.kubetutor.ui.files;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.shell.MainWindow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Help ▸ About: what the app is, its version and the versions it runs on (Java, JavaFX, the
 * Kubernetes release the simulator answers as), where the learner's data is kept (a teacher
 * looking for progress or an autosave needs it), and the bundled fonts' licence, in full on request.
 */
public final class AboutBox {
    static final String LICENCE = "/io/kubetutor/ui/fonts/OFL.txt";

    private AboutBox() {
    }

    public static void show(MainWindow window) {
        Messages m = window.messages();
        Label name = new Label(MainWindow.TITLE);
        name.getStyleClass().add("about-name");
        Label tagline = new Label(m.format("files.about.tagline", AppVersion.kubernetes()));
        tagline.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("about-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        String[][] rows = {
            {m.text("files.about.version"), AppVersion.DEVELOPMENT.equals(AppVersion.app())
                    ? m.text("files.about.development") : AppVersion.app()},
            {m.text("files.about.kubernetes"), AppVersion.kubernetes()},
            {"Java", AppVersion.java()},
            {"JavaFX", AppVersion.javafx()},
            {m.text("files.about.dataFolder"), window.settings().file().toAbsolutePath().getParent().toString()},
        };
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("about-key");
            Label value = new Label(rows[i][1]);
            value.getStyleClass().add("about-value");
            value.setWrapText(true);
            facts.addRow(i, key, value);
        }
        Label fonts = new Label(m.text("files.about.fonts"));
        fonts.setWrapText(true);
        fonts.getStyleClass().add("about-note");
        TextArea licence = new TextArea(licenceText());
        licence.setEditable(false);
        licence.setWrapText(true);
        licence.setPrefRowCount(8);
        licence.getStyleClass().add("about-licence");
        licence.setVisible(false);
        licence.setManaged(false);
        ToggleButton showLicence = new ToggleButton(m.text("files.about.showLicence"));
        for (Label wrapped : new Label[] {tagline, fonts}) {
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the licence takes room, not the words
        }
        VBox content = new VBox(12, name, tagline, facts, fonts, showLicence, licence);
        content.setPrefWidth(640);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(window.stage());
        d.setTitle(m.text("shell.menu.about"));
        d.setHeaderText(null);
        d.getDialogPane().getStylesheets().add(Dialogs.STYLESHEET);
        d.getDialogPane().getStyleClass().add("files-dialog");
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(Dialogs.close(m));
        showLicence.setOnAction(e -> {
            licence.setVisible(showLicence.isSelected());
            licence.setManaged(showLicence.isSelected());
            showLicence.setText(m.text(showLicence.isSelected() ? "files.about.hideLicence" : "files.about.showLicence"));
            d.getDialogPane().getScene().getWindow().sizeToScene();
        });
        d.show();
    }

    static String licenceText() {
        try (InputStream in = AboutBox.class.getResourceAsStream(LICENCE)) {
            return in == null ? "SIL Open Font License 1.1" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "SIL Open Font License 1.1";
        }
    }
}
