package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.LayoutMetrics;
import io.kubetutor.ui.layout.NodeItem;
import io.kubetutor.ui.layout.PodHealth;
import io.kubetutor.ui.layout.Rect;
import io.kubetutor.ui.layout.TopologyLayout;
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
        getChildren().addAll(proxyStrip, tags, nic);
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

        HBox title = row(name, role);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        role.setMinWidth(USE_PREF_SIZE);
        HBox status = row(stateBadge, state);
        getChildren().removeIf(c -> c instanceof HBox || c instanceof Label);
        place(title, pad, 6, inner, 24);
        place(status, pad, 31, inner, 20);
        place(ip, pad, 51, inner, 18);
        place(cidr, pad, 68, inner, 18);

        Rect strip = l.kubeProxy(n.name());
        proxyStrip.resizeRelocate(strip.x() - box.x(), strip.y() - box.y(), strip.w(), strip.h());
        proxyStrip.setManaged(false);
        place(proxy, strip.x() - box.x() + 8, strip.y() - box.y() + (LayoutMetrics.PROXY_ROW - 20) / 2,
                LayoutMetrics.PROXY_LABEL_W - 8, 20);
        fillTags(n, box, l.portTags(n.name()), m);
        nic.setCenterX(box.w() / 2);
        nic.setCenterY(0);
        nic.setManaged(false);
        nicTip.setText(m.format("topology.node.nic", n.name(), n.ip()));
    }

    private void fillTags(NodeItem n, Rect box, List<Rect> rects, Messages m) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < rects.size() && i < n.nodePorts().size(); i++) {
            NodeItem.NodePortTag t = n.nodePorts().get(i);
            Rect r = rects.get(i);
            Label tag = new Label(t.text());
            tag.getStyleClass().addAll("port-tag", "address");
            tag.setAlignment(Pos.CENTER);
            tag.setManaged(false);
            tag.resizeRelocate(r.x() - box.x(), r.y() - box.y(), r.w(), r.h());
            Tooltip.install(tag, new Tooltip(m.format("topology.node.portTag", Integer.toString(t.port()),
                    t.protocol(), t.serviceId().substring("svc:".length()))));
            out.add(tag);
        }
        tags.getChildren().setAll(out);
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

    private void place(Region r, double x, double y, double w, double h) {
        r.setManaged(false);
        getChildren().add(r);
        r.resizeRelocate(x, y, w, h);
    }
}
