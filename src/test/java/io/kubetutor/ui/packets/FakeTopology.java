package io.kubetutor.ui.packets;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Place;
import io.kubetutor.ui.playback.FakeLayout;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import java.util.Comparator;
import java.util.Optional;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A plain drawing of the cluster in {@link FakeLayout}'s places, standing in for the real topology
 * view in previews: the laptop, the load balancer, node boxes with their kube-proxy and pods.
 */
final class FakeTopology extends Pane {
    FakeTopology(FakeLayout layout, SessionState state, double nodeWidth) {
        setStyle("-fx-background-color: -color-bg-subtle;");
        box(FakeLayout.LAPTOP, 90, 44, "laptop\n192.168.1.10");
        for (NodeStatus n : state.nodes()) {
            Point p = layout.node(n.name());
            if (p == null) {
                continue;
            }
            Rectangle r = new Rectangle(p.x() - nodeWidth / 2 + 8, p.y() - 40, nodeWidth - 16, 250);
            r.setArcWidth(14);
            r.setArcHeight(14);
            r.setFill(Color.web("#ffffff"));
            r.setStroke(Color.web("#8c959f"));
            getChildren().add(r);
            label(p.x() - nodeWidth / 2 + 16, p.y() - 22, n.name() + "  " + n.ip(), 13);
            Point kp = layout.kubeProxy(n.name());
            Rectangle k = new Rectangle(kp.x() - 38, kp.y() - 11, 76, 22);
            k.setArcWidth(8);
            k.setArcHeight(8);
            k.setFill(Color.web("#eaeef2"));
            k.setStroke(Color.web("#8c959f"));
            getChildren().add(k);
            label(kp.x() - 33, kp.y() + 4, "kube-proxy", 12);
        }
        state.snapshot().all(Pod.class).stream()
                .sorted(Comparator.comparing((Pod pod) -> pod.metadata().name()))
                .forEach(pod -> {
                    Optional<Point> at = layout.locate(Place.pod(pod.metadata().name(), pod.spec().nodeName()));
                    at.ifPresent(p -> {
                        Circle c = new Circle(p.x(), p.y(), 13, Color.web("#ddf4ff"));
                        c.setStroke(Color.web("#54aeff"));
                        getChildren().add(c);
                        String name = pod.metadata().name();
                        label(p.x() - 22, p.y() + 27, name.substring(Math.max(0, name.length() - 5)), 12);
                    });
                });
    }

    private void box(Point at, double w, double h, String text) {
        Rectangle r = new Rectangle(at.x() - w / 2, at.y() - h / 2, w, h);
        r.setArcWidth(10);
        r.setArcHeight(10);
        r.setFill(Color.WHITE);
        r.setStroke(Color.web("#8c959f"));
        getChildren().add(r);
        label(at.x() - w / 2 + 6, at.y() - 4, text, 12);
    }

    private void label(double x, double y, String s, double size) {
        Text t = new Text(x, y, s);
        t.setFont(Font.font("NanumSquare", size));
        getChildren().add(t);
    }
}
