package io.kubetutor.ui.traffic;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.ui.console.KubectlConsole;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * A throwaway look at the traffic controls in a toolbar row and the console under a 1280×720
 * window, with the shop scenario. Arguments: en|ko light|dark [open] (open shows the target list).
 */
public final class TrafficControlsPreview {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview's window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> params = getParameters().getRaw();
            Messages messages = Messages.of(params.contains("ko") ? Locale.KOREAN : Locale.ENGLISH);
            Fonts.load();
            Application.setUserAgentStylesheet(params.contains("dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            List<SessionState> states = new ArrayList<>();
            Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
            session.applyText(Files.readString(Path.of("src/test/resources/scenarios/shop.yaml")));
            session.advanceBy(30_000);
            TrafficControls controls = new TrafficControls(messages);
            KubectlConsole console = new KubectlConsole(messages,
                    a -> session.kubectl(a));
            controls.setOnSend((f, t, k, n) -> console.submit("# sent " + n + " " + k + " from " + f + " to " + t));
            SessionState last = states.get(states.size() - 1);
            controls.show(last);
            console.show(last);
            console.setPrefHeight(180);
            console.submit("get svc");
            BorderPane window = new BorderPane();
            window.setTop(new ToolBar(controls));
            window.setCenter(new Label("(editor | topology | tabs)"));
            window.setBottom(console);
            if (params.contains("keepalive")) {
                controls.selectClient("default/db-0");
                ((javafx.scene.control.ComboBox<io.kubetutor.sim.net.RequestKind>) controls.lookup("#traffic-kind"))
                        .setValue(io.kubetutor.sim.net.RequestKind.KEEP_ALIVE);
            }
            stage.setScene(new Scene(window, 1280, 720));
            stage.show();
            System.out.println("traffic controls pref width: " + controls.prefWidth(-1));
            if (params.contains("open")) {
                Platform.runLater(() -> ((javafx.scene.control.ComboBox<?>) window.lookup("#traffic-target")).show());
            }
            if (params.contains("bad")) {
                Platform.runLater(() -> {
                    controls.selectTarget("http://web:notaport/");
                    ((javafx.scene.control.Button) window.lookup("#traffic-send")).fire();
                });
            }
        }
    }
}
