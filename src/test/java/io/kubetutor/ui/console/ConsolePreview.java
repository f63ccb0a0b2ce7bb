package io.kubetutor.ui.console;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.ClusterTopology;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * A throwaway look at the console at the size it has in the window (1280×180 under a 1280×720
 * window), with the shop scenario. Arguments: en|ko light|dark. Not a test.
 */
public final class ConsolePreview {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview's window (a nested class: the java launcher refuses a main class that is an Application). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> params = getParameters().getRaw();
        boolean korean = params.contains("ko");
        boolean dark = params.contains("dark");
        Fonts.load();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        List<SessionState> states = new ArrayList<>();
        Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        session.applyText(Files.readString(Path.of("src/test/resources/scenarios/shop.yaml")));
        session.advanceBy(30_000);
        KubectlConsole console = new KubectlConsole(Messages.of(korean ? Locale.KOREAN : Locale.ENGLISH),
                args -> session.kubectl(args));
        console.show(states.get(states.size() - 1));
        console.setPrefHeight(params.contains("tall") ? 300 : 180);
        BorderPane window = new BorderPane();
        window.setCenter(new Label("(window)"));
        window.setBottom(console);
        List<String> lines = params.contains("help") ? List.of("get svc", "help")
                : params.contains("wide") ? List.of("get svc nothere", "get svc -o wide", "get pods -o wide")
                : List.of("help", "get svc -o wide", "get pods -o wide", "get svc nothere",
                        "exec web-7d44fd6d95-cr47w -- curl -s http://web", "get 'svc");
        for (String line : lines) {
            console.submit(line);
        }
        console.input().setText(params.contains("typed") ? "describe svc w" : "");
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }
}
}
