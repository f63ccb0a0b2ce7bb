package io.kubetutor.ui.layout;

import static io.kubetutor.ui.layout.LayoutMetrics.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one size every node box takes, and how pods are gridded inside: set by the busiest node, so
 * all boxes line up and a pod joining a quieter node changes no other box. Cards show everything
 * while the busiest node holds few pods, and shrink to name + state when it holds many.
 */
final class NodeGrid {
    final Map<String, List<PodItem>> appPods = new HashMap<>();
    final Map<String, List<PodItem>> infraPods = new HashMap<>();
    CardForm form;
    int columnsPerNode;
    int appRows;
    double cardW;
    double inner;
    int infraColumns;
    int infraRows;
    double infraW;
    double proxyH;
    double nodeW;
    double nodeH;
    int columns;

    static NodeGrid of(TopologyModel m) {
        NodeGrid g = new NodeGrid();
        for (PodItem p : m.pods()) {
            if (p.scheduled() && m.node(p.node()) != null) {
                (p.infrastructure() ? g.infraPods : g.appPods).computeIfAbsent(p.node(), k -> new ArrayList<>()).add(p);
            }
        }
        int maxApp = g.appPods.values().stream().mapToInt(List::size).max().orElse(0);
        int maxInfra = g.infraPods.values().stream().mapToInt(List::size).max().orElse(0);
        if (maxApp <= FULL_ONE_COLUMN) {
            g.form = CardForm.FULL;
            g.columnsPerNode = 1;
        } else if (maxApp <= FULL_TWO_COLUMNS) {
            g.form = CardForm.FULL;
            g.columnsPerNode = 2;
        } else {
            g.form = CardForm.COMPACT;
            g.columnsPerNode = compactColumns(maxApp);
        }
        g.inner = Math.max(MIN_NODE_INNER, g.columnsPerNode * g.form.width() + (g.columnsPerNode - 1) * CARD_GAP);
        g.cardW = (g.inner - (g.columnsPerNode - 1) * CARD_GAP) / g.columnsPerNode;
        // Compact cards come in crowds that churn (a rollout, a replaced pod): room for one more
        // pod keeps a pod that comes before the old one goes from resizing every node.
        int room = g.form == CardForm.COMPACT ? maxApp + 1 : maxApp;
        g.appRows = Math.max(1, (room + g.columnsPerNode - 1) / g.columnsPerNode);
        g.infraColumns = Math.max(1, (int) Math.floor((g.inner + CARD_GAP) / (COMPACT_W + CARD_GAP)));
        g.infraW = (g.inner - (g.infraColumns - 1) * CARD_GAP) / g.infraColumns;
        g.infraRows = (maxInfra + g.infraColumns - 1) / g.infraColumns;
        int ports = m.nodes().isEmpty() ? 0 : m.nodes().get(0).nodePorts().size();
        double tagsBottom = tagSlots(ports, 0, 0, g.inner).stream().mapToDouble(Rect::bottom).max().orElse(0);
        g.proxyH = Math.max(PROXY_ROW, tagsBottom + (PROXY_ROW - TAG_H) / 2);
        g.nodeW = g.inner + 2 * NODE_PAD;
        g.nodeH = NODE_HEADER + g.proxyH + STRIP_GAP + g.appRows * (g.form.height() + CARD_GAP) - CARD_GAP
                + (g.infraRows == 0 ? 0 : STRIP_GAP + g.infraRows * (SMALL_H + CARD_GAP) - CARD_GAP) + NODE_PAD;
        g.columns = columns(m.nodes().size(), g.nodeW, g.nodeH);
        return g;
    }

    /** Columns of compact cards: in coarse steps, so a few pods more or less never change them. */
    static int compactColumns(int maxApp) {
        if (maxApp <= 16) {
            return 2;
        }
        if (maxApp <= 36) {
            return 3;
        }
        if (maxApp <= 64) {
            return 4;
        }
        return (int) Math.ceil(Math.sqrt(maxApp / 4.0));
    }

    /**
     * Where {@code count} NodePort tags go in a kube-proxy strip at (x, y) of width {@code inner}:
     * after the "kube-proxy" word on the first row, then from the left on further rows.
     */
    static List<Rect> tagSlots(int count, double x, double y, double inner) {
        List<Rect> out = new ArrayList<>();
        double right = x + inner - 8;
        double tx = x + PROXY_LABEL_W;
        double ty = y + (PROXY_ROW - TAG_H) / 2;
        for (int i = 0; i < count; i++) {
            if (tx + TAG_W > right && tx > x + 8) {
                tx = x + 8;
                ty += TAG_H + TAG_GAP;
            }
            out.add(new Rect(tx, ty, TAG_W, TAG_H));
            tx += TAG_W + TAG_GAP;
        }
        return out;
    }

    /**
     * How many nodes share a row: the count whose grid comes closest to a projector's shape, the
     * wider on a tie. Depends only on the node count and size, so it changes only when they do.
     */
    static int columns(int count, double nodeW, double nodeH) {
        if (count <= 1) {
            return 1;
        }
        int best = 1;
        double bestMiss = Double.MAX_VALUE;
        for (int c = 1; c <= count; c++) {
            int rows = (count + c - 1) / c;
            double w = c * nodeW + (c - 1) * GAP;
            // The outside row and the Services' band add roughly this much height.
            double h = rows * nodeH + (rows - 1) * GAP + 260;
            double miss = Math.abs(Math.log(w / h / TARGET_ASPECT));
            if (miss <= bestMiss) {
                best = c;
                bestMiss = miss;
            }
        }
        return best;
    }
}
