package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.CalloutPlacement;
import io.kubetutor.ui.layout.EventCallouts;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.playback.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Short-lived notes beside what an event changed ("readiness probe failed → 10.244.1.5 moved to
 * notReadyAddresses"), at the endpoint line or the pod; each fades in, stays a moment and fades
 * out. A newer note about the same line replaces the older one.
 */
final class Callouts {
    static final double WIDTH = 300;
    /** Notes on screen at once; a new one pushes out the oldest, so a burst of events stays readable. */
    static final int MAX_SHOWING = 3;
    private final Pane layer;
    private final Fades fades;
    private final Map<String, Label> showing = new LinkedHashMap<>();

    Callouts(Pane layer, Fades fades) {
        this.layer = layer;
        this.fades = fades;
    }

    /**
     * Shows the notes; {@code zoom} is the view's current zoom: when zoomed out, notes are drawn
     * larger in the drawing so they still read at 13px on screen.
     */
    void show(List<EventCallouts.Callout> callouts, TopologyLayout l, EndpointLines lines, double zoom) {
        double grow = zoom < 1 ? 1 / zoom : 1;
        for (EventCallouts.Callout c : callouts) {
            Point anchor = anchor(c, l, lines);
            if (anchor == null) {
                continue;
            }
            String key = c.serviceId() + ">" + c.podId();
            Label old = showing.remove(key);
            if (old != null) {
                layer.getChildren().remove(old);
            }
            while (layer.getChildren().size() >= MAX_SHOWING) {
                layer.getChildren().remove(0);
            }
            Label note = new Label(c.text());
            note.getStyleClass().addAll("callout", "callout-" + c.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'));
            note.setWrapText(true);
            note.setMaxWidth(WIDTH);
            note.setPrefWidth(WIDTH);
            layer.getChildren().add(note);
            note.applyCss();
            double h = note.prefHeight(WIDTH);
            Rect r = CalloutPlacement.place(anchor, WIDTH * grow, h * grow, taken(note), l.bounds());
            note.resizeRelocate(r.x(), r.y(), WIDTH, h);
            note.getTransforms().setAll(new Scale(grow, grow, 0, 0));
            showing.put(key, note);
            fades.flash(note, layer);
        }
        showing.values().removeIf(n -> n.getParent() == null);
    }

    private List<Rect> taken(Node except) {
        List<Rect> out = new ArrayList<>();
        for (Node n : layer.getChildren()) {
            if (n != except && n.getParent() != null) {
                var b = n.getBoundsInParent();
                out.add(new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        return out;
    }

    private static Point anchor(EventCallouts.Callout c, TopologyLayout l, EndpointLines lines) {
        if (c.serviceId() != null) {
            Point mid = lines.midpoint(c.serviceId(), c.podId());
            if (mid != null) {
                return mid;
            }
            Rect svc = l.services().get(c.serviceId());
            if (svc != null) {
                return new Point(svc.x() + svc.w() / 2, svc.y());
            }
        }
        Rect pod = l.pods().get(c.podId());
        return pod == null ? null : new Point(pod.x() + pod.w() / 2, pod.y());
    }

}
