package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.CardLines;
import io.kubetutor.ui.layout.ElementIds;
import io.kubetutor.ui.layout.LayoutMetrics;
import io.kubetutor.ui.layout.OutsideItems;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.layout.TopologyModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * What frames the nodes: the cluster's outline, the Services' band, the Pending tray, and the
 * outside row (clients, the cloud load balancer, the outside world, shown once a packet goes there).
 */
final class Surroundings {
    private final Pane back;
    private final Pane front;
    private final Region frame = region("cluster-frame");
    private final Label frameTitle = label("frame-title");
    private final Region band = region("service-band");
    private final Label bandTitle = label("band-title");
    private final Label bandEmpty = label("band-empty");
    private final Region tray = region("pending-tray");
    private final Label trayTitle = label("band-title");
    private final Map<String, InfoCard> clients = new HashMap<>();
    private final InfoCard loadBalancer = new InfoCard("lb-card", Icons.outline(Icons.CLOUD));
    private final InfoCard outside = new InfoCard("outside-card", Icons.outline(Icons.GLOBE));
    private String lastOutside = "";
    private boolean outsideShown;

    Surroundings(Pane back, Pane front) {
        this.back = back;
        this.front = front;
        back.getChildren().addAll(frame, frameTitle, band, bandTitle, bandEmpty, tray, trayTitle);
        front.getChildren().addAll(loadBalancer, outside);
        outside.setVisible(false);
        loadBalancer.setVisible(false);
        loadBalancer.setUserData(ElementIds.LOAD_BALANCER);
        outside.setUserData(ElementIds.OUTSIDE);
    }

    void update(TopologyModel m, TopologyLayout l, Messages msg) {
        put(frame, l.clusterFrame());
        Rect f = l.clusterFrame();
        frameTitle.setText(msg.format("topology.cluster.title", m.nodes().isEmpty() ? "" : m.nodes().get(0).proxyMode()));
        putLabel(frameTitle, f.x() + LayoutMetrics.FRAME_PAD, f.y() + 6, f.w() - 2 * LayoutMetrics.FRAME_PAD);
        Rect b = l.serviceBand();
        put(band, b);
        bandTitle.setText(msg.text("topology.band.title"));
        putLabel(bandTitle, b.x() + LayoutMetrics.NODE_PAD, b.y() + 6, b.w() - 2 * LayoutMetrics.NODE_PAD);
        bandEmpty.setText(msg.text("topology.band.empty"));
        bandEmpty.setVisible(l.services().isEmpty() && l.ingresses().isEmpty());
        putLabel(bandEmpty, b.x() + LayoutMetrics.NODE_PAD, b.y() + LayoutMetrics.BAND_HEAD, b.w() - 24);
        Rect t = l.pendingTray();
        tray.setVisible(t != null);
        trayTitle.setVisible(t != null);
        if (t != null) {
            put(tray, t);
            trayTitle.setText(msg.text("topology.pending.title"));
            putLabel(trayTitle, t.x() + LayoutMetrics.NODE_PAD, t.y() + 6, t.w() - 24);
        }
        updateClients(m, l, msg);
        OutsideItems.LoadBalancer lb = m.outside().loadBalancer();
        loadBalancer.setVisible(lb != null);
        if (lb != null) {
            Rect r = l.loadBalancer();
            loadBalancer.show(msg.text("topology.lb.title"), null, CardLines.loadBalancer(lb, msg), r.w(), r.h());
            loadBalancer.relocate(r.x(), r.y());
        }
        relabelOutside(l, msg);
    }

    private void updateClients(TopologyModel m, TopologyLayout l, Messages msg) {
        Map<String, InfoCard> keep = new HashMap<>();
        for (OutsideItems.Client c : m.outside().clients()) {
            InfoCard card = clients.remove(c.id());
            if (card == null) {
                card = new InfoCard("client-card", Icons.outline(Icons.LAPTOP));
                card.setUserData(c.id());
                front.getChildren().add(card);
            }
            Rect r = l.clients().get(c.id());
            card.show(c.name(), null, List.of(new CardLines.Line(c.ip(), CardLines.Style.ADDRESS)), r.w(), r.h());
            card.relocate(r.x(), r.y());
            keep.put(c.id(), card);
        }
        for (InfoCard gone : clients.values()) {
            front.getChildren().remove(gone);
        }
        clients.clear();
        clients.putAll(keep);
    }

    /** A packet went outside the cluster (to {@code name}): show the outside world from now on. */
    void outsideUsed(String name, TopologyLayout l, Messages msg) {
        lastOutside = name == null ? "" : name;
        outsideShown = true;
        relabelOutside(l, msg);
    }

    private void relabelOutside(TopologyLayout l, Messages msg) {
        if (l == null) {
            return;
        }
        Rect r = l.outside();
        String line = lastOutside.isEmpty() ? msg.text("topology.outside.hint") : lastOutside;
        outside.show(msg.text("topology.outside.title"), null,
                List.of(new CardLines.Line(line, CardLines.Style.ADDRESS)), r.w(), r.h());
        outside.relocate(r.x(), r.y());
        outside.setVisible(outsideShown);
    }

    boolean outsideShown() {
        return outsideShown;
    }

    Node loadBalancerNode() {
        return loadBalancer;
    }

    Node client(String id) {
        return clients.get(id);
    }

    Node outsideNode() {
        return outside;
    }

    private static void put(Region r, Rect at) {
        r.resizeRelocate(at.x(), at.y(), at.w(), at.h());
    }

    private static void putLabel(Label label, double x, double y, double w) {
        label.setMaxWidth(w);
        label.resizeRelocate(x, y, Math.min(w, label.prefWidth(-1)), 22);
    }

    private static Region region(String style) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setManaged(false);
        r.setMouseTransparent(true);
        return r;
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setManaged(false);
        l.setMouseTransparent(true);
        return l;
    }
}
