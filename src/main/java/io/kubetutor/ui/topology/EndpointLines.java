package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.CardForm;
import io.kubetutor.ui.layout.EndpointItem;
import io.kubetutor.ui.layout.LayoutMetrics;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.layout.TopologyModel;
import io.kubetutor.ui.playback.Point;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;

/**
 * The lines from each Service up to its endpoints: solid for addresses, dashed for
 * notReadyAddresses (the pattern says it, not only the colour), with the endpoint port as a pill
 * on the pod card's edge (on a layer above the pods) when cards are full size. A new line fades in, a removed one fades out where it was.
 */
final class EndpointLines {
    private final Pane layer;
    private final Pane portLayer;
    private final Fades fades;
    private final Map<String, Drawn> drawn = new HashMap<>();
    /** Where recently removed lines were, so a callout about the removal still has a place. */
    private final Map<String, Point> gone = new HashMap<>();
    private boolean dense;
    private String emphasised;

    private static final class Drawn {
        final Group group = new Group();
        final Group pill = new Group();
        final CubicCurve curve = new CubicCurve();
        final Label port = new Label();
        EndpointItem item;
        TopologyLayout.Link link;
        boolean showPort;
    }

    EndpointLines(Pane layer, Pane portLayer, Fades fades) {
        this.layer = layer;
        this.portLayer = portLayer;
        this.fades = fades;
    }

    void update(TopologyModel m, TopologyLayout l) {
        gone.clear();
        // With compact cards there are many lines: they go faint, and the selected element's stand out.
        dense = l.appForm() == CardForm.COMPACT;
        Set<String> seen = new HashSet<>();
        for (EndpointItem e : m.endpoints()) {
            TopologyLayout.Link link = l.links().get(e.key());
            if (link == null) {
                continue;
            }
            seen.add(e.key());
            boolean showPort = l.form(e.targetId()) == CardForm.FULL;
            Drawn d = drawn.get(e.key());
            if (d == null) {
                d = create();
                drawn.put(e.key(), d);
                layer.getChildren().add(d.group);
                portLayer.getChildren().add(d.pill);
                draw(d, e, link, showPort, m);
                fades.in(d.group);
                fades.in(d.pill);
            } else if (!e.equals(d.item) || !link.equals(d.link) || showPort != d.showPort) {
                draw(d, e, link, showPort, m);
            }
        }
        drawn.entrySet().removeIf(en -> {
            if (seen.contains(en.getKey())) {
                return false;
            }
            Drawn d = en.getValue();
            gone.put(d.item.serviceId() + ">" + d.item.targetId(), midpoint(d.link));
            fades.outAndRemove(d.group, layer);
            fades.outAndRemove(d.pill, portLayer);
            return true;
        });
    }

    private Drawn create() {
        Drawn d = new Drawn();
        d.curve.getStyleClass().add("endpoint-line");
        d.curve.setFill(null);
        d.port.getStyleClass().addAll("endpoint-port", "address");
        d.port.setAlignment(javafx.geometry.Pos.CENTER);
        d.port.setMinSize(LayoutMetrics.PORT_PILL_W, LayoutMetrics.PORT_PILL_H);
        d.port.setPrefSize(LayoutMetrics.PORT_PILL_W, LayoutMetrics.PORT_PILL_H);
        d.port.setMaxSize(LayoutMetrics.PORT_PILL_W, LayoutMetrics.PORT_PILL_H);
        d.group.getChildren().add(d.curve);
        d.pill.getChildren().add(d.port);
        d.group.setMouseTransparent(true);
        d.pill.setMouseTransparent(true);
        return d;
    }

    private void draw(Drawn d, EndpointItem e, TopologyLayout.Link link, boolean showPort, TopologyModel m) {
        d.item = e;
        d.link = link;
        d.showPort = showPort;
        Point a = link.from();
        Point b = link.to();
        double bend = Math.max(30, Math.abs(a.y() - b.y()) * 0.45);
        d.curve.setStartX(a.x());
        d.curve.setStartY(a.y());
        d.curve.setControlX1(a.x());
        d.curve.setControlY1(a.y() - bend);
        d.curve.setControlX2(b.x());
        d.curve.setControlY2(b.y() + bend);
        d.curve.setEndX(b.x());
        d.curve.setEndY(b.y());
        var svc = m.service(e.serviceId());
        StyleClasses.toggle(d.curve, "ready", e.ready());
        StyleClasses.toggle(d.curve, "not-ready", !e.ready());
        StyleClasses.toggle(d.curve, "dense", dense);
        StyleClasses.toggle(d.curve, "system", svc != null && svc.system());
        mark(d);
        d.port.setText(":" + e.ports());
        StyleClasses.toggle(d.port, "not-ready", !e.ready());
        d.pill.setVisible(showPort);
        d.port.setLayoutX(b.x() - LayoutMetrics.PORT_PILL_W / 2);
        d.port.setLayoutY(b.y() - LayoutMetrics.PORT_PILL_H / 2);
    }

    /** Makes the lines of one element (a Service's, or those into a pod or node) stand out; null for none. */
    void emphasise(String elementId) {
        emphasised = elementId;
        for (Drawn d : drawn.values()) {
            mark(d);
        }
    }

    private void mark(Drawn d) {
        boolean on = emphasised != null && d.item != null
                && (emphasised.equals(d.item.serviceId()) || emphasised.equals(d.item.targetId()));
        if (on && !d.curve.getStyleClass().contains("emphasis")) {
            d.group.toFront();
        }
        StyleClasses.toggle(d.curve, "emphasis", on);
    }

    /** The middle of the line from a Service to a pod, drawn now or removed by the latest update. */
    Point midpoint(String serviceId, String targetId) {
        for (Drawn d : drawn.values()) {
            if (d.item.serviceId().equals(serviceId) && targetId.equals(d.item.targetId())) {
                return midpoint(d.link);
            }
        }
        return gone.get(serviceId + ">" + targetId);
    }

    private static Point midpoint(TopologyLayout.Link link) {
        double bend = Math.max(30, Math.abs(link.from().y() - link.to().y()) * 0.45);
        // The cubic at t = 1/2: (P0 + 3 P1 + 3 P2 + P3) / 8.
        double x = (link.from().x() * 4 + link.to().x() * 4) / 8;
        double y = (link.from().y() + 3 * (link.from().y() - bend) + 3 * (link.to().y() + bend) + link.to().y()) / 8;
        return new Point(x, y);
    }

}
