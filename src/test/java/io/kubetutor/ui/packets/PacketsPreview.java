package io.kubetutor.ui.packets;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.Place;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.FakeLayout;
import io.kubetutor.ui.playback.Playback;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.ui.playback.Traces;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Shows the packet animation on real traces over a stand-in topology. Arguments: {@code ko}
 * (Korean), {@code dark}, {@code at=MILLIS} (play that far, then pause: for screenshots),
 * {@code drop} (the dropped externalTrafficPolicy Local trace first), {@code sample} (eight
 * requests at once, a quarter second apart, as a burst's traced sample plays). The 500-packet frame
 * measurement is {@link PacketsFrameProbe}.
 */
public final class PacketsPreview {
    static final String STICKY = """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: sticky}
            spec:
              type: NodePort
              sessionAffinity: ClientIP
              selector: {app: web}
              ports:
              - {port: 80, targetPort: 8080, nodePort: 30081}
            """;

    /** The preview's window (a nested class, so the java launcher does not insist on module-path JavaFX). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            show(stage, getParameters().getRaw());
        }
    }

    static void show(Stage stage, List<String> args) {
        Fonts.load();
        Application.setUserAgentStylesheet(args.contains("dark") ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.of(args.contains("ko") ? Locale.KOREAN : Locale.ENGLISH);
        long at = args.stream().filter(a -> a.startsWith("at=")).mapToLong(a -> Long.parseLong(a.substring(3)))
                .findFirst().orElse(-1);

        Traces cluster = new Traces(Traces.webNodePort(3, "Cluster") + STICKY);
        List<Trace> curls = cluster.send("laptop", "http://192.168.1.3:30080/", RequestKind.CURL, 8);
        Trace across = curls.stream().filter(t -> !"node2".equals(t.node())).findFirst().orElseThrow();
        cluster.send("laptop", "http://192.168.1.2:30081/", RequestKind.CURL, 1);
        cluster.send("laptop", "http://192.168.1.4:30080/", RequestKind.KEEP_ALIVE, 1);
        SessionState state = cluster.last();
        Trace dropped = droppedLocalTrace();

        FakeLayout layout = FakeLayout.threeNodes();
        FakeTopology topology = new FakeTopology(layout, state, FakeLayout.NODE_WIDTH);
        PlaybackClock clock = new PlaybackClock();
        Playback playback = new Playback(clock, layout);
        PacketLayer layer = new PacketLayer(messages);
        layer.showPins(state.pins(), ip -> ip.equals("192.168.1.10") ? Optional.of(FakeLayout.LAPTOP) : Optional.empty(),
                name -> podPoint(state, layout, name));
        layer.showKeptAlive(state.keptAlive(), layout);
        if (args.contains("sample")) {
            playback.launchAll(curls, 250);
        } else {
            playback.enqueue(args.contains("drop") ? List.of(dropped, across) : List.of(across, dropped));
        }
        if (at >= 0) {
            playback.advance(at);
            clock.pause();
        }

        Pane canvas = new Pane(topology, layer);
        topology.prefWidthProperty().bind(canvas.widthProperty());
        topology.prefHeightProperty().bind(canvas.heightProperty());
        PlaybackBar bar = new PlaybackBar(messages, clock, playback);
        BorderPane root = new BorderPane(canvas);
        root.setBottom(bar);
        Scene scene = new Scene(root, 1280, 720);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT) {
                playback.stepForward();
            } else if (e.getCode() == KeyCode.LEFT) {
                playback.stepBack();
            } else if (e.getCode() == KeyCode.R) {
                playback.replay();
            }
        });
        stage.setScene(scene);
        stage.setTitle("PacketsPreview");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                playback.advance(clock.advance(now));
                layer.render(playback.frame(layout));
                bar.refresh();
            }
        }.start();
        if (args.contains("exit")) {
            new Thread(() -> {
                sleep(8_000);
                Platform.exit();
            }).start();
        }
    }

    static Optional<Point> podPoint(SessionState state, FakeLayout layout, String name) {
        return state.snapshot().all(Pod.class).stream().filter(p -> p.metadata().name().equals(name)).findFirst()
                .flatMap(p -> layout.locate(Place.pod(name, p.spec().nodeName())));
    }

    static Trace droppedLocalTrace() {
        Traces local = new Traces(ClusterTopology.defaults(), Traces.webNodePort(1, "Local"));
        List<Trace> all = new ArrayList<>();
        for (String ip : List.of("192.168.1.2", "192.168.1.3", "192.168.1.4")) {
            all.add(local.curl("laptop", "http://" + ip + ":30080/"));
        }
        return all.stream().filter(t -> t.outcome() == Outcome.DROPPED).findFirst().orElseThrow();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
