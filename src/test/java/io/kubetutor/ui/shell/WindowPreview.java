package io.kubetutor.ui.shell;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.theme.Fonts;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A throwaway window for looking at the whole app under Xvfb: {@code ko|en}, {@code dark}, and a
 * scenario: {@code nodeport} (requests from the laptop cross nodes), {@code local} (the same with
 * externalTrafficPolicy: Local, sent to a node without a pod), {@code compare}, {@code burst}; lessons:
 * {@code lesson=ID}, {@code outline}, {@code record} (see {@link #lessonPreview}).
 */
public final class WindowPreview extends Application {
    static final String NODEPORT = MainWindowTest.DEPLOYMENT + """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              selector:
                app: web
              ports:
              - port: 80
                targetPort: 80
                nodePort: 30080
            """;

    /** A main outside the Application class, so the class-path launcher starts JavaFX. */
    public static final class Main {
        public static void main(String[] args) {
            launch(WindowPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        Fonts.load();
        Themes.apply(a.contains("dark") ? "dark" : "light");
        java.nio.file.Path data = Files.createTempDirectory("kt");
        String lesson = value(a, "lesson=");
        if (lesson != null && value(a, "step=") != null) { // resume there, as a learner would
            io.kubetutor.lesson.ProgressStore.open(data).setCurrentStep(lesson, Integer.parseInt(value(a, "step=")) - 1);
        }
        MainWindow w = new MainWindow(stage, WindowSettings.load(data.resolve("s")),
                ClusterTopology.defaults(), a.contains("ko") ? Locale.KOREAN : Locale.ENGLISH);
        w.show();
        if (a.contains("record")) { // "Record as lesson" on, as the Lessons menu turns it on
            w.lessons().menuKeys().entrySet().stream().filter(e -> e.getValue().equals("lesson.menu.record"))
                    .findFirst().ifPresent(e -> e.getKey().fire());
        }
        if (lesson != null || a.contains("outline")) {
            lessonPreview(w, a, lesson);
            return;
        }
        String text = a.contains("local") ? NODEPORT.replace("  type: NodePort", "  type: NodePort\n  externalTrafficPolicy: Local")
                : NODEPORT;
        if (a.contains("one")) {
            text = text.replace("replicas: 3", "replicas: 1");
        }
        w.parts().editor().setText(text);
        w.parts().session().applyText(text);
        w.parts().session().advanceBy(30_000);
        if (a.contains("compare")) {
            w.setCompare(true);
        }
        String to = a.contains("local") ? "http://192.168.1.2:30080/" : "http://192.168.1.2:30080/";
        later(2, () -> {
            w.parts().traffic().selectTarget(to);
            if (a.contains("burst")) {
                w.parts().session().burst("laptop", to, RequestKind.CURL, 600, true);
            } else {
                w.parts().traffic().send();
            }
        });
        for (String s : a) {
            if (s.startsWith("kubectl=")) {
                later(1, () -> w.parts().console().submit(s.substring(8).replace('_', ' ')));
            }
            if (s.startsWith("tab=")) { // 0 Endpoints, 1 Event log, 2 Packet, 3 Why this pod?
                later(5, () -> ((javafx.scene.control.TabPane) stage.getScene().lookup(".right-tabs"))
                        .getSelectionModel().select(Integer.parseInt(s.substring(4))));
            }
            if (s.startsWith("dump=")) { // prints a node's chain of parents with their widths: why is it cut?
                later(8, () -> dumpWidths(stage.getScene().lookup(s.substring(5))));
            }
        }
    }

    /**
     * {@code lesson=ID} opens that lesson ({@code step=N} resumes at step N), {@code outline} shows
     * the course outline, {@code solve} plays the step's solution (its goal met), {@code answer=N}
     * picks the prediction's Nth choice, {@code hints=N} shows N hints.
     */
    private static void lessonPreview(MainWindow w, List<String> a, String lesson) {
        var pane = w.lessons().pane();
        pane.setConfirm((header, text) -> true);
        if (lesson != null) {
            w.lessons().controller().open(lesson);
        }
        if (a.contains("outline")) {
            later(1, pane::showOutline);
        }
        later(3, () -> {
            String hints = value(a, "hints=");
            for (int i = 0; hints != null && i < Integer.parseInt(hints); i++) {
                w.lessons().controller().showHint();
            }
            if (a.contains("solve")) {
                w.lessons().controller().showSolution();
            }
            String answer = value(a, "answer=");
            if (answer != null) {
                var choices = w.lessons().controller().prediction().choices();
                w.lessons().controller().answer(choices.get(Integer.parseInt(answer) - 1).id());
            }
        });
        if (a.contains("probe")) {
            later(5, () -> w.lessons().controller().probe());
        }
    }

    private static String value(List<String> args, String prefix) {
        return args.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).findFirst()
                .orElse(null);
    }

    private static void dumpWidths(javafx.scene.Node n) {
        for (; n != null; n = n.getParent()) {
            String sizes = n instanceof javafx.scene.layout.Region r ? " min=" + r.minWidth(-1) + " pref="
                    + r.prefWidth(-1) : "";
            System.out.println(n.getClass().getSimpleName() + " " + n.getStyleClass() + " x="
                    + n.localToScene(0, 0).getX() + " w=" + n.getLayoutBounds().getWidth() + sizes);
        }
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
