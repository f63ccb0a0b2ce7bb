package io.kubetutor.ui.editor;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A look at the editor with real diagnostics from a Session (not a test): the web shop with a
 * NodePort outside the range. Arguments: {@code ko} for Korean, {@code dark} for the dark theme,
 * {@code find} to open the find bar, {@code hover} to show the problem text, {@code complete}
 * to open the field suggestions.
 */
public class YamlEditorPreview {
    /** The preview window; a nested class so main() runs without the launcher's module checks. */
    public static class Window extends Application {
    @Override
    public void start(Stage stage) throws IOException {
        List<String> args = getParameters().getRaw();
        Fonts.load();
        Application.setUserAgentStylesheet(args.contains("dark")
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.of(args.contains("ko") ? Locale.KOREAN : Locale.ENGLISH);
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("web.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (args.contains("stale")) {
            // A YAML syntax error: nothing is applied, the cluster keeps the last valid text.
            yaml = yaml.replace("  sessionAffinity: None", "  sessionAffinity: [None");
        }
        List<SessionState> states = new ArrayList<>();
        Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        session.applyText(yaml);
        SessionState last = states.get(states.size() - 1);

        YamlEditor editor = new YamlEditor(messages);
        editor.setText(yaml);
        editor.setOnApply(session::applyText);
        editor.showDiagnostics(last.diagnostics(), last.stale());
        SplitPane left = new SplitPane(editor, editor.problemsView());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.78);
        Label rest = new Label("topology");
        StackPane right = new StackPane(rest);
        SplitPane root = new SplitPane(left, right);
        root.setDividerPositions(0.5);
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
        editor.goTo(43, 15);
        if (args.contains("find")) {
            editor.showFind();
        }
        if (args.contains("replace")) {
            editor.showReplace();
            ((javafx.scene.control.TextField) editor.lookup("#find-query")).setText("web");
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            if (args.contains("hover")) {
                new Thread(() -> {
                    sleep(1500);
                    Platform.runLater(() -> {
                        int offset = editor.area().getAbsolutePosition(42, 15);
                        var bounds = editor.area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
                        editor.hover().show(offset, new javafx.geometry.Point2D(bounds.getMinX(), bounds.getMaxY()));
                    });
                }).start();
            }
            if (args.contains("complete")) {
                editor.goTo(44, 100);
                editor.area().insertText(editor.area().getCaretPosition(), "\n  ");
                editor.showCompletion();
            }
        }));
    }

    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
