package io.kubetutor.ui.files;

import io.kubetutor.lesson.Lesson;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.shell.MainWindow;
import java.io.IOException;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Getting started: at the very first start (and from Help ▸ Getting started) a short welcome that
 * says what the window is for and offers the course's first lesson or the sandbox. Shown once by
 * itself: the settings remember it at once, not only when the window closes.
 */
public final class WelcomeDialog {
    static final String SHOWN = "files.welcomeShown";

    private WelcomeDialog() {
    }

    /** Whether the welcome has not been shown on this machine yet. */
    public static boolean due(MainWindow window) {
        return !window.settings().flag(SHOWN, false);
    }

    public static void show(MainWindow window) {
        Messages m = window.messages();
        List<Lesson> course = window.course();
        Lesson first = course.isEmpty() ? null : course.get(0);
        Label intro = new Label(m.text("files.welcome.text"));
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-text");
        Label later = new Label(m.text("files.welcome.later"));
        later.setWrapText(true);
        later.getStyleClass().add("about-note");
        VBox content = new VBox(14, intro);
        if (first != null) {
            Label title = new Label(m.format("files.welcome.firstTitle", first.title().in(m.locale().getLanguage())));
            title.setWrapText(true);
            title.getStyleClass().add("welcome-lesson");
            title.setId("welcome-first-lesson");
            content.getChildren().add(title);
        }
        content.getChildren().add(later);
        content.setPrefWidth(600);
        ButtonType lesson = first == null ? null : new ButtonType(m.text("files.welcome.firstLesson"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType sandbox = new ButtonType(m.text("files.welcome.sandbox"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window.stage());
        d.setTitle(m.text("files.welcome.title"));
        d.setHeaderText(m.text("files.welcome.header"));
        d.getDialogPane().getStylesheets().add(Dialogs.STYLESHEET);
        d.getDialogPane().getStyleClass().addAll("files-dialog", "welcome");
        d.getDialogPane().setContent(content);
        if (lesson != null) {
            d.getDialogPane().getButtonTypes().add(lesson);
        }
        d.getDialogPane().getButtonTypes().add(sandbox);
        for (ButtonType t : d.getDialogPane().getButtonTypes()) {
            // a lesson's title makes its button long: each button as wide as its words, none cut
            Button b = (Button) d.getDialogPane().lookupButton(t);
            ButtonBar.setButtonUniformSize(b, false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setDefaultButton(t == lesson);
        }
        d.setOnHidden(e -> {
            if (lesson != null && d.getResult() == lesson) {
                window.openLesson(first.id());
            }
        });
        window.settings().put(SHOWN, true);
        try {
            window.settings().save();
        } catch (IOException e) {
            // remembered when the window closes, then
        }
        d.show();
    }
}
