package io.kubetutor.ui.layout;

import io.kubetutor.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The text lines under a card's title, in order. The layout sizes a card by how many lines it
 * has, the view writes them; both ask here, so a card is always as tall as its text. The count
 * never depends on the language ({@code m} null gives the keys, for counting).
 */
public final class CardLines {
    public enum Style { ADDRESS, TEXT, MUTED, WARNING }

    public record Line(String text, Style style) {
    }

    private CardLines() {
    }

    /**
     * A Service's lines. The first follows the type chip, as kubectl's TYPE and CLUSTER-IP columns
     * sit side by side: the ClusterIP, "None (headless)", or an ExternalName's target.
     */
    public static List<Line> service(ServiceItem s, Messages m) {
        List<Line> out = new ArrayList<>();
        if ("ExternalName".equals(s.type())) {
            out.add(new Line("→ " + s.externalName(), Style.ADDRESS));
        } else if (s.headless()) {
            out.add(new Line(words(m, "topology.service.headless"), Style.ADDRESS));
        } else {
            out.add(new Line(s.clusterIP(), Style.ADDRESS));
        }
        int shown = Math.min(s.ports().size(), LayoutMetrics.MAX_PORT_LINES);
        for (int i = 0; i < shown; i++) {
            ServiceItem.PortLine p = s.ports().get(i);
            out.add(new Line(p.text(), Style.ADDRESS));
            if (p.nodePort() > 0) {
                out.add(new Line("  " + words(m, "topology.service.nodePort") + " " + p.nodePort(), Style.ADDRESS));
            }
        }
        if (s.ports().size() > shown) {
            out.add(new Line(format(m, "topology.more", s.ports().size() - shown), Style.MUTED));
        }
        if (s.externalPending()) {
            String extra = s.externalAddresses().isEmpty() ? "" : " " + String.join(", ", s.externalAddresses());
            out.add(new Line(words(m, "topology.service.external") + " <pending>" + extra, Style.WARNING));
        } else if (!s.externalAddresses().isEmpty()) {
            out.add(new Line(words(m, "topology.service.external") + " " + String.join(", ", s.externalAddresses()),
                    Style.ADDRESS));
        }
        if (!s.otherEndpoints().isEmpty()) {
            String first = s.otherEndpoints().get(0);
            int rest = s.otherEndpoints().size() - 1;
            out.add(new Line(format(m, "topology.service.otherEndpoints", first)
                    + (rest > 0 ? " " + format(m, "topology.more", rest) : ""), Style.MUTED));
        }
        return out;
    }

    public static List<Line> ingress(IngressItem i, Messages m) {
        List<Line> out = new ArrayList<>();
        String cls = i.className().isEmpty() ? "-" : i.className();
        String addr = i.addresses().isEmpty() ? "" : " · " + String.join(", ", i.addresses());
        out.add(new Line(format(m, "topology.ingress.class", cls) + addr, Style.MUTED));
        int shown = Math.min(i.rules().size(), LayoutMetrics.MAX_RULE_LINES);
        for (int k = 0; k < shown; k++) {
            out.add(new Line(i.rules().get(k), Style.ADDRESS));
        }
        if (i.rules().size() > shown) {
            out.add(new Line(format(m, "topology.more", i.rules().size() - shown), Style.MUTED));
        }
        return out;
    }

    public static List<Line> loadBalancer(OutsideItems.LoadBalancer lb, Messages m) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(format(m, "topology.lb.pool", lb.pool()), Style.MUTED));
        int shown = Math.min(lb.fronts().size(), LayoutMetrics.MAX_PORT_LINES);
        for (int k = 0; k < shown; k++) {
            out.add(new Line(lb.fronts().get(k), Style.ADDRESS));
        }
        if (lb.fronts().size() > shown) {
            out.add(new Line(format(m, "topology.more", lb.fronts().size() - shown), Style.MUTED));
        }
        if (lb.fronts().isEmpty()) {
            out.add(new Line(words(m, "topology.lb.idle"), Style.MUTED));
        }
        return out;
    }

    private static String words(Messages m, String key) {
        return m == null ? key : m.text(key);
    }

    private static String format(Messages m, String key, Object... args) {
        return m == null ? key : m.format(key, args);
    }
}
