package io.kubetutor.scenario;

import io.kubetutor.model.ClusterTopology;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A topology written in the cluster-file format (DESIGN.md, "Topology"), every field spelled out,
 * so that {@code TopologyLoader} reads back the same topology. Names are plain when YAML cannot
 * mistake them for anything but a string; addresses and ranges are double-quoted.
 */
final class ClusterYaml {
    /** What YAML 1.1 reads as a string when written plain: a DNS name that is not a bool or null word. */
    private static final Pattern PLAIN = Pattern.compile("[a-z][-a-z0-9.]*");
    private static final Pattern SPECIAL = Pattern.compile("y|n|yes|no|true|false|on|off|null");

    private ClusterYaml() {
    }

    /** The topology's fields, each line starting with {@code indent}. */
    static String write(ClusterTopology t, String indent) {
        StringBuilder b = new StringBuilder();
        b.append(indent).append("nodes:\n");
        for (ClusterTopology.Node n : t.nodes()) {
            b.append(indent).append("  - {name: ").append(name(n.name())).append(", ip: ").append(quoted(n.ip()))
                    .append(", podCIDR: ").append(quoted(n.podCIDR()));
            if (n.controlPlane()) {
                b.append(", controlPlane: true");
            }
            if (!n.labels().isEmpty()) {
                b.append(", labels: {");
                String sep = "";
                for (Map.Entry<String, String> e : n.labels().entrySet()) {
                    b.append(sep).append(quoted(e.getKey())).append(": ").append(quoted(e.getValue()));
                    sep = ", ";
                }
                b.append('}');
            }
            b.append("}\n");
        }
        b.append(indent).append("clients:").append(t.clients().isEmpty() ? " []\n" : "\n");
        for (ClusterTopology.Client c : t.clients()) {
            b.append(indent).append("  - {name: ").append(name(c.name())).append(", ip: ").append(quoted(c.ip()))
                    .append("}\n");
        }
        b.append(indent).append("serviceCIDR: ").append(quoted(t.serviceCIDR())).append('\n');
        b.append(indent).append("nodePortRange: ").append(quoted(t.nodePortRange().toString())).append('\n');
        b.append(indent).append("cloudLoadBalancer: {enabled: ").append(t.cloudLoadBalancer().enabled())
                .append(", pool: ").append(quoted(t.cloudLoadBalancer().pool())).append("}\n");
        b.append(indent).append("proxyMode: ").append(t.proxyMode().text()).append('\n');
        b.append(indent).append("ingressController: {enabled: ").append(t.ingressController().enabled()).append("}\n");
        return b.toString();
    }

    static String name(String s) {
        return PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches() ? s : quoted(s);
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
