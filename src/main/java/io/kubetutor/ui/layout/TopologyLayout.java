package io.kubetutor.ui.layout;

import static io.kubetutor.ui.layout.LayoutMetrics.*;

import io.kubetutor.ui.playback.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link TopologyModel} goes, as plain boxes: the outside row on top (clients,
 * the cloud load balancer, the outside world), then the cluster frame with its nodes in a grid,
 * the Services' band under the nodes and the Pending tray last. All nodes share one size, set by
 * the busiest node, so a node never moves when another gains a pod; pods keep their creation
 * order inside their node. Same model, same boxes.
 */
public final class TopologyLayout {
    /** A line from a Service to one endpoint: where it starts and ends. */
    public record Link(Point from, Point to) {
    }

    private final Map<String, Rect> nodes = new LinkedHashMap<>();
    private final Map<String, Rect> kubeProxies = new HashMap<>();
    private final Map<String, Point> interfaces = new HashMap<>();
    private final Map<String, List<Rect>> portTags = new HashMap<>();
    private final Map<String, Rect> pods = new LinkedHashMap<>();
    private final Map<String, CardForm> podForms = new HashMap<>();
    private final Map<String, Rect> services = new LinkedHashMap<>();
    private final Map<String, Rect> ingresses = new LinkedHashMap<>();
    private final Map<String, Rect> clients = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, String> podsByNodeAndName = new HashMap<>();
    private Rect loadBalancer;
    private Rect outside;
    private Rect clusterFrame;
    private Rect serviceBand;
    private Rect pendingTray;
    private Rect bounds;
    private CardForm appForm;
    private int nodeColumns;

    private TopologyLayout() {
    }

    public static TopologyLayout of(TopologyModel m) {
        TopologyLayout l = new TopologyLayout();
        l.place(m);
        return l;
    }

    private void place(TopologyModel m) {
        NodeGrid grid = NodeGrid.of(m);
        appForm = grid.form;
        double y = MARGIN;
        double x0 = MARGIN;
        double rowH = placeOutside(m, x0, y);
        Rect frameTop = new Rect(x0, y + rowH + OUTSIDE_GAP, 0, 0);
        double innerX = x0 + FRAME_PAD;
        double nodesY = frameTop.y() + FRAME_TITLE;
        nodeColumns = grid.columns;
        double innerW = Math.max(SERVICE_W + 2 * NODE_PAD,
                nodeColumns * grid.nodeW + (nodeColumns - 1) * GAP);
        double nodesBottom = nodesY;
        for (int i = 0; i < m.nodes().size(); i++) {
            NodeItem n = m.nodes().get(i);
            Rect box = new Rect(innerX + (i % nodeColumns) * (grid.nodeW + GAP),
                    nodesY + (i / nodeColumns) * (grid.nodeH + GAP), grid.nodeW, grid.nodeH);
            placeNode(n, box, grid);
            nodesBottom = Math.max(nodesBottom, box.bottom());
        }
        double bandY = m.nodes().isEmpty() ? nodesY : nodesBottom + GAP;
        serviceBand = placeBand(m, innerX, bandY, innerW);
        double bottom = serviceBand.bottom();
        List<PodItem> pending = pendingPods(m);
        if (!pending.isEmpty()) {
            pendingTray = placePending(pending, innerX, bottom + GAP, Math.max(innerW, serviceBand.w()));
            bottom = pendingTray.bottom();
        }
        double frameInner = Math.max(innerW, serviceBand.w());
        clusterFrame = new Rect(x0, frameTop.y(), frameInner + 2 * FRAME_PAD, bottom + FRAME_PAD - frameTop.y());
        placeLinks(m);
        Rect all = clusterFrame;
        for (Rect r : clients.values()) {
            all = all.union(r);
        }
        all = all.union(outside);
        if (loadBalancer != null) {
            all = all.union(loadBalancer);
        }
        bounds = new Rect(0, 0, all.right() + MARGIN, all.bottom() + MARGIN);
    }

    private double placeOutside(TopologyModel m, double x, double y) {
        double rowH = CLIENT_H;
        for (OutsideItems.Client c : m.outside().clients()) {
            clients.put(c.id(), new Rect(x, y, CLIENT_W, CLIENT_H));
            x += CLIENT_W + GAP;
        }
        OutsideItems.LoadBalancer lb = m.outside().loadBalancer();
        if (lb != null) {
            double h = LB_HEAD + CardLines.loadBalancer(lb, null).size() * LINE_H + CARD_PAD;
            loadBalancer = new Rect(x, y, LB_W, h);
            x += LB_W + GAP;
            rowH = Math.max(rowH, h);
        }
        outside = new Rect(x, y, CLIENT_W, CLIENT_H);
        return rowH;
    }

    private void placeNode(NodeItem n, Rect box, NodeGrid grid) {
        nodes.put(n.name(), box);
        interfaces.put(n.name(), new Point(box.x() + box.w() / 2, box.y()));
        double innerX = box.x() + NODE_PAD;
        Rect proxy = new Rect(innerX, box.y() + NODE_HEADER, grid.inner, grid.proxyH);
        kubeProxies.put(n.name(), proxy);
        portTags.put(n.name(), Collections.unmodifiableList(
                NodeGrid.tagSlots(n.nodePorts().size(), proxy.x(), proxy.y(), grid.inner)));
        // App pods right under kube-proxy, lined up across nodes; the small strip (system pods,
        // ingress controllers) at the bottom, under the busiest node's last row.
        double appY = proxy.bottom() + STRIP_GAP;
        List<PodItem> app = grid.appPods.getOrDefault(n.name(), List.of());
        for (int i = 0; i < app.size(); i++) {
            int col = i % grid.columnsPerNode;
            int row = i / grid.columnsPerNode;
            putPod(app.get(i), n.name(), grid.form, new Rect(innerX + col * (grid.cardW + CARD_GAP),
                    appY + row * (grid.form.height() + CARD_GAP), grid.cardW, grid.form.height()));
        }
        double infraY = appY + grid.appRows * (grid.form.height() + CARD_GAP) - CARD_GAP + STRIP_GAP;
        List<PodItem> infra = grid.infraPods.getOrDefault(n.name(), List.of());
        for (int i = 0; i < infra.size(); i++) {
            int col = i % grid.infraColumns;
            int row = i / grid.infraColumns;
            putPod(infra.get(i), n.name(), CardForm.SMALL, new Rect(innerX + col * (grid.infraW + CARD_GAP),
                    infraY + row * (SMALL_H + CARD_GAP), grid.infraW, SMALL_H));
        }
    }

    private void putPod(PodItem p, String node, CardForm form, Rect r) {
        pods.put(p.id(), r);
        podForms.put(p.id(), form);
        if (!node.isEmpty()) {
            podsByNodeAndName.put(node + "\u0000" + p.name(), p.id());
        }
    }

    /** A card in the band: a Service or an Ingress, as tall as its lines. */
    private record BandCard(String id, double height, boolean service) {
    }

    private Rect placeBand(TopologyModel m, double x, double y, double w) {
        List<BandCard> cards = new ArrayList<>();
        for (ServiceItem s : m.services()) {
            cards.add(new BandCard(s.id(), CARD_HEAD + CardLines.service(s, null).size() * LINE_H + CARD_PAD, true));
        }
        for (IngressItem i : m.ingresses()) {
            cards.add(new BandCard(i.id(), CARD_HEAD + CardLines.ingress(i, null).size() * LINE_H + CARD_PAD, false));
        }
        int perRow = bandColumns(cards.size(), w);
        double rowY = y + BAND_HEAD;
        double rowH = 0;
        int k = 0;
        for (BandCard c : cards) {
            if (k == perRow) {
                rowY += rowH + BAND_GAP;
                rowH = 0;
                k = 0;
            }
            Rect r = new Rect(x + NODE_PAD + k * (SERVICE_W + BAND_GAP), rowY, SERVICE_W, c.height());
            (c.service() ? services : ingresses).put(c.id(), r);
            rowH = Math.max(rowH, c.height());
            k++;
        }
        double contentBottom = cards.isEmpty() ? rowY + LINE_H + CARD_PAD : rowY + rowH;
        return new Rect(x, y, bandWidth(cards.size(), w), contentBottom - y + NODE_PAD);
    }

    /**
     * Cards a band row holds: as many as the nodes' width takes, or more when there are many
     * Services (the band then reaches past the nodes), so the band stays a few rows tall.
     */
    static int bandColumns(int cards, double nodesWidth) {
        int byWidth = Math.max(1, (int) Math.floor((nodesWidth - 2 * NODE_PAD + BAND_GAP) / (SERVICE_W + BAND_GAP)));
        return Math.max(byWidth, (int) Math.ceil(Math.sqrt(cards * 1.5)));
    }

    static double bandWidth(int cards, double nodesWidth) {
        int cols = Math.min(Math.max(cards, 1), bandColumns(cards, nodesWidth));
        return Math.max(nodesWidth, 2 * NODE_PAD + cols * SERVICE_W + (cols - 1) * BAND_GAP);
    }

    private List<PodItem> pendingPods(TopologyModel m) {
        List<PodItem> out = new ArrayList<>();
        for (PodItem p : m.pods()) {
            if (!p.scheduled() || m.node(p.node()) == null) {
                out.add(p);
            }
        }
        return out;
    }

    private Rect placePending(List<PodItem> pending, double x, double y, double w) {
        int perRow = Math.max(1, (int) Math.floor((w - 2 * NODE_PAD + CARD_GAP) / (COMPACT_W + CARD_GAP)));
        for (int i = 0; i < pending.size(); i++) {
            putPod(pending.get(i), "", CardForm.COMPACT, new Rect(x + NODE_PAD + (i % perRow) * (COMPACT_W + CARD_GAP),
                    y + BAND_HEAD + (i / perRow) * (COMPACT_H + CARD_GAP), COMPACT_W, COMPACT_H));
        }
        int rows = (pending.size() + perRow - 1) / perRow;
        return new Rect(x, y, w, BAND_HEAD + rows * (COMPACT_H + CARD_GAP) - CARD_GAP + NODE_PAD);
    }

    /**
     * Lines leave a Service card's top edge spread out in the order of their ends, so they do not
     * cross there; they arrive at a full card's bottom edge towards its right, side by side when
     * several Services send to one pod, where the port pill sits (the card's chips keep left of it).
     */
    private void placeLinks(TopologyModel m) {
        Map<String, List<EndpointItem>> byService = new LinkedHashMap<>();
        Map<String, List<EndpointItem>> byTarget = new HashMap<>();
        for (EndpointItem e : m.endpoints()) {
            if (services.containsKey(e.serviceId()) && targetBox(e) != null) {
                byService.computeIfAbsent(e.serviceId(), k -> new ArrayList<>()).add(e);
                byTarget.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Point> ends = new HashMap<>();
        for (Map.Entry<String, List<EndpointItem>> group : byTarget.entrySet()) {
            List<EndpointItem> es = new ArrayList<>(group.getValue());
            es.sort((a, b) -> Double.compare(services.get(a.serviceId()).x(), services.get(b.serviceId()).x()));
            Rect r = targetBox(es.get(0));
            boolean pills = podForms.get(group.getKey()) == CardForm.FULL && es.size() * PORT_PILL_STEP <= r.w() - 20;
            for (int i = 0; i < es.size(); i++) {
                double x = pills ? r.right() - PORT_PILL_INSET - (es.size() - 1 - i) * PORT_PILL_STEP
                        : r.x() + r.w() * (i + 1) / (es.size() + 1);
                ends.put(es.get(i).key(), new Point(x, r.bottom()));
            }
        }
        for (Map.Entry<String, List<EndpointItem>> group : byService.entrySet()) {
            Rect card = services.get(group.getKey());
            List<EndpointItem> es = new ArrayList<>(group.getValue());
            es.sort((a, b) -> Double.compare(ends.get(a.key()).x(), ends.get(b.key()).x()));
            for (int i = 0; i < es.size(); i++) {
                double fx = card.x() + card.w() * (i + 1) / (es.size() + 1);
                links.put(es.get(i).key(), new Link(new Point(fx, card.y()), ends.get(es.get(i).key())));
            }
        }
    }

    /** The box a line to {@code e} ends at: the pod's card, or the node's box. */
    private Rect targetBox(EndpointItem e) {
        return pods.containsKey(e.targetId()) ? pods.get(e.targetId()) : nodes.get(e.targetId());
    }

    public Map<String, Rect> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    public Map<String, Rect> pods() {
        return Collections.unmodifiableMap(pods);
    }

    public Map<String, Rect> services() {
        return Collections.unmodifiableMap(services);
    }

    public Map<String, Rect> ingresses() {
        return Collections.unmodifiableMap(ingresses);
    }

    public Map<String, Rect> clients() {
        return Collections.unmodifiableMap(clients);
    }

    /** Endpoint lines by {@link EndpointItem#key()}. */
    public Map<String, Link> links() {
        return Collections.unmodifiableMap(links);
    }

    public Rect kubeProxy(String node) {
        return kubeProxies.get(node);
    }

    /** The node's network interface: a point on its top edge, where traffic from outside arrives. */
    public Point networkInterface(String node) {
        return interfaces.get(node);
    }

    /** The NodePort tags inside the node's kube-proxy strip, in the order of {@link NodeItem#nodePorts()}. */
    public List<Rect> portTags(String node) {
        return portTags.getOrDefault(node, List.of());
    }

    public CardForm form(String podId) {
        return podForms.get(podId);
    }

    /** The pod named {@code name} on {@code node} (how a trace's Place names a pod), or null. */
    public String podOn(String node, String name) {
        return podsByNodeAndName.get(node + "\u0000" + name);
    }

    /** The cloud load balancer, or null when the cluster has none. */
    public Rect loadBalancer() {
        return loadBalancer;
    }

    /** Where the outside world is drawn when a packet goes there. */
    public Rect outside() {
        return outside;
    }

    public Rect clusterFrame() {
        return clusterFrame;
    }

    public Rect serviceBand() {
        return serviceBand;
    }

    /** The tray of pods no node runs (yet), or null when every pod is placed. */
    public Rect pendingTray() {
        return pendingTray;
    }

    /** Everything, from the origin, with a margin. */
    public Rect bounds() {
        return bounds;
    }

    /** How the app pods' cards are drawn in this layout (the same for every node). */
    public CardForm appForm() {
        return appForm;
    }

    public int nodeColumns() {
        return nodeColumns;
    }
}
