package io.kubetutor.ui.topology;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.Pod;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A throwaway look at the topology under Xvfb: {@code TopologyPreview small|large|shop en|ko
 * light|dark narrow|full [event]}. Narrow puts the view where the window gives it (~700×550 of
 * 1280×720); "event" makes a web pod fail its probes a moment after start, to see a callout.
 */
public class TopologyPreview extends Application {
    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getRaw();
        String which = a.size() > 0 ? a.get(0) : "small";
        Messages m = Messages.of(a.size() > 1 && a.get(1).equals("ko") ? Locale.KOREAN : Locale.ENGLISH);
        boolean dark = a.size() > 2 && a.get(2).equals("dark");
        boolean narrow = a.size() <= 3 || a.get(3).equals("narrow");
        boolean event = a.contains("event");
        String snap = a.stream().filter(x -> x.startsWith("snap=")).map(x -> x.substring(5)).findFirst().orElse(null);
        Fonts.load();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Clusters c = switch (which) {
            case "large" -> Clusters.large();
            case "shop" -> Clusters.shop();
            case "pending" -> {
                Clusters p = Clusters.small();
                p.session.applyText(Clusters.web(3, "NodePort") + """
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: lost, labels: {app: web}}
                        spec:
                          nodeName: node9
                          containers: [{name: web, image: registry.k8s.io/echoserver:1.10}]
                        """);
                p.session.advanceBy(5_000);
                yield p;
            }
            case "cp" -> {
                var d = io.kubetutor.model.ClusterTopology.defaults();
                var nodes = new java.util.ArrayList<>(d.nodes());
                var first = nodes.get(0);
                nodes.set(0, new io.kubetutor.model.ClusterTopology.Node(first.name(), first.ip(), first.podCIDR(), true));
                Clusters p = Clusters.empty(new io.kubetutor.model.ClusterTopology(nodes, d.clients(), d.serviceCIDR(),
                        d.nodePortRange(), d.cloudLoadBalancer(), io.kubetutor.model.ClusterTopology.ProxyMode.IPVS));
                p.session.applyText(Clusters.web(3, "LoadBalancer"));
                p.session.advanceBy(30_000);
                yield p;
            }
            default -> Clusters.small();
        };
        TopologyView view = new TopologyView(m);
        BorderPane root = new BorderPane(view);
        if (narrow) {
            root.setLeft(filler("editor", 330));
            root.setRight(filler("panels", 250));
            root.setBottom(filler("console", 0));
            ((Region) root.getBottom()).setPrefHeight(130);
        }
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
        long t0 = System.nanoTime();
        for (SessionState s : c.states) {
            view.show(s);
        }
        System.out.printf("replayed %d states in %.1f ms%n", c.states.size(), (System.nanoTime() - t0) / 1e6);
        if (a.contains("down")) {
            SessionState s = c.last();
            List<io.kubetutor.session.NodeStatus> nodes = new java.util.ArrayList<>(s.nodes());
            var n2 = nodes.get(1);
            var n3 = nodes.get(2);
            nodes.set(1, new io.kubetutor.session.NodeStatus(n2.name(), n2.ip(), n2.podCIDR(), false, true, true));
            nodes.set(2, new io.kubetutor.session.NodeStatus(n3.name(), n3.ip(), n3.podCIDR(), false, false, false));
            view.show(new SessionState(s.version() + 1, s.topology(), nodes, s.snapshot(), s.now(), s.diagnostics(),
                    s.stale(), s.applyLines(), List.of(), List.of(), s.burst(), s.burstSeq(), s.pins(), s.keptAlive()));
        }
        a.stream().filter(x -> x.startsWith("spot=")).findFirst().ifPresent(x -> view.highlight(x.substring(5)));
        a.stream().filter(x -> x.startsWith("select=")).findFirst().ifPresent(x -> view.select(x.substring(7)));
        if (event) {
            PauseTransition p = new PauseTransition(Duration.seconds(1.5));
            p.setOnFinished(e -> {
                int from = c.states.size();
                String pod = c.last().snapshot().all(Pod.class).stream().filter(x -> x.name().startsWith("web"))
                        .findFirst().orElseThrow().name();
                c.session.setAppAnswers("default", pod, false);
                c.session.advanceBy(20_000);
                c.session.send("laptop", "http://192.168.1.3:30080/", io.kubetutor.sim.net.RequestKind.CURL, 1);
                String web = c.last().snapshot().all(Pod.class).stream().filter(x -> x.name().startsWith("web"))
                        .reduce((x, y) -> y).orElseThrow().name();
                c.session.send(web, "http://example.com/", io.kubetutor.sim.net.RequestKind.CURL, 1);
                for (SessionState s : c.states.subList(from, c.states.size())) {
                    view.show(s);
                }
                if (snap != null) {
                    later(0.8, () -> save(stage, snap));
                }
            });
            p.play();
        } else if (snap != null) {
            later(1.5, () -> save(stage, snap));
        }
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    /** Writes the window as a PNG (through AWT, as javafx-swing is not on the class path) and quits. */
    private static void save(Stage stage, String file) {
        javafx.scene.image.WritableImage img = stage.getScene().snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", new java.io.File(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        javafx.application.Platform.exit();
    }

    private static Region filler(String what, double width) {
        Label l = new Label(what);
        l.setPadding(new Insets(12));
        l.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;");
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        if (width > 0) {
            l.setPrefWidth(width);
        }
        return l;
    }

    /** Launches through a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(TopologyPreview.class, args);
        }
    }
}
