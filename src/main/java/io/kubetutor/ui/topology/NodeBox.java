package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.LayoutMetrics;
import io.kubetutor.ui.layout.NodeItem;
import io.kubetutor.ui.layout.PodHealth;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.TopologyLayout;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * A node: a soft box with a header (name, control-plane mark, kubectl's STATUS, IP, pod range),
 * its kube-proxy strip with a tag per NodePort, and the network interface on its top edge where
 * traffic arrives. A failed node is greyed with ✗ NotReady; a cordoned one says SchedulingDisabled.
 * Pods are drawn on their own layer, over this box.
 */
final class NodeBox extends Pane {
    private final Label name = new Label();
    private final Label role = new Label();
    private final StackPane stateBadge = Icons.health(PodHealth.READY);
    private final Label state = new Label();
    private final Label ip = new Label();
    private final Label cidr = new Label();
    private final Label proxy = new Label();
    private final Region proxyStrip = new Region();
    private final Pane tags = new Pane();
    private final Circle nic = new Circle(6);
    private final Tooltip nicTip = new Tooltip();
    private final Tooltip proxyTip = new Tooltip();
    private final HBox title = row(name, role);
    private final HBox status = row(stateBadge, state);
    /** Port tags, reused from state to state; each keeps its own tooltip. */
    private final List<Label> tagPool = new ArrayList<>();
    private NodeItem item;

    NodeBox(NodeItem item) {
        this.item = item;
        getStyleClass().add("node-box");
        name.getStyleClass().add("node-name");
        role.getStyleClass().add("node-role");
        state.getStyleClass().add("node-state");
        ip.getStyleClass().addAll("node-address", "address");
        cidr.getStyleClass().addAll("node-address", "address");
        proxy.getStyleClass().add("kube-proxy-label");
        proxyStrip.getStyleClass().add("kube-proxy-strip");
        nic.getStyleClass().add("node-nic");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Tooltip.install(nic, nicTip);
        Tooltip.install(proxyStrip, proxyTip);
        Tooltip.install(proxy, proxyTip);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        role.setMinWidth(USE_PREF_SIZE);
        proxyStrip.setManaged(false);
        nic.setManaged(false);
        // Built once: a new state only changes texts and positions, because every node added to
        // the scene has its CSS matched again, which for ten nodes on each edit costs a frame.
        getChildren().addAll(proxyStrip, tags, nic, title, status, ip, cidr, proxy);
        for (Region r : List.of(title, status, ip, cidr, proxy)) {
            r.setManaged(false);
        }
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    NodeItem item() {
        return item;
    }

    void show(NodeItem n, Rect box, TopologyLayout l, Messages m) {
        item = n;
        setPrefSize(box.w(), box.h());
        double pad = LayoutMetrics.NODE_PAD;
        double inner = box.w() - 2 * pad;
        StyleClasses.toggle(this, "node-down", !n.ready());
        StyleClasses.toggle(this, "node-cordoned", n.cordoned());
        name.setText(n.name());
        role.setText(m.text("topology.node.controlPlane"));
        role.setVisible(n.controlPlane());
        Icons.setHealth(stateBadge, n.ready() ? PodHealth.READY : PodHealth.FAILED);
        state.setText(statusText(n, m));
        ip.setText(m.text("topology.node.ip") + " " + n.ip());
        cidr.setText(m.format("topology.node.podCidr", n.podCIDR()));
        proxy.setText(m.text("topology.node.kubeProxy"));
        proxyTip.setText(m.format("topology.node.kubeProxyTip", n.name(), n.proxyMode()));

        place(title, pad, 6, inner, 24);
        place(status, pad, 31, inner, 20);
        place(ip, pad, 51, inner, 18);
        place(cidr, pad, 68, inner, 18);

        Rect strip = l.kubeProxy(n.name());
        proxyStrip.resizeRelocate(strip.x() - box.x(), strip.y() - box.y(), strip.w(), strip.h());
        place(proxy, strip.x() - box.x() + 8, strip.y() - box.y() + (LayoutMetrics.PROXY_ROW - 20) / 2,
                LayoutMetrics.PROXY_LABEL_W - 8, 20);
        fillTags(n, box, l.portTags(n.name()), m);
        nic.setCenterX(box.w() / 2);
        nic.setCenterY(0);
        nicTip.setText(m.format("topology.node.nic", n.name(), n.ip()));
    }

    private void fillTags(NodeItem n, Rect box, List<Rect> rects, Messages m) {
        int count = Math.min(rects.size(), n.nodePorts().size());
        while (tagPool.size() < count) {
            Label tag = new Label();
            tag.getStyleClass().addAll("port-tag", "address");
            tag.setAlignment(Pos.CENTER);
            tag.setManaged(false);
            Tooltip tip = new Tooltip();
            Tooltip.install(tag, tip);
            tag.getProperties().put(Tooltip.class, tip);
            tagPool.add(tag);
        }
        for (int i = 0; i < count; i++) {
            NodeItem.NodePortTag t = n.nodePorts().get(i);
            Rect r = rects.get(i);
            Label tag = tagPool.get(i);
            tag.setText(t.text());
            tag.resizeRelocate(r.x() - box.x(), r.y() - box.y(), r.w(), r.h());
            ((Tooltip) tag.getProperties().get(Tooltip.class)).setText(m.format("topology.node.portTag",
                    Integer.toString(t.port()), t.protocol(), t.serviceId().substring("svc:".length())));
        }
        if (tags.getChildren().size() != count) {
            tags.getChildren().setAll(tagPool.subList(0, count));
        }
    }

    /** kubectl get nodes' STATUS: Ready or NotReady, with ",SchedulingDisabled" when cordoned. */
    static String statusText(NodeItem n, Messages m) {
        String s = m.text(n.ready() ? "topology.node.ready" : "topology.node.notReady");
        return n.cordoned() ? s + "," + m.text("topology.node.schedulingDisabled") : s;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static void place(Region r, double x, double y, double w, double h) {
        r.resizeRelocate(x, y, w, h);
    }
}
