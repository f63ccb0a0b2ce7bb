package io.kubetutor.manifest.topology;

import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.CloudLoadBalancer;
import io.kubetutor.model.ClusterTopology.Client;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.model.ClusterTopology.PortRange;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cluster file (DESIGN.md, "Topology"): {@code nodes} ({@code name}, {@code ip},
 * {@code podCIDR}, {@code controlPlane}, {@code labels}: extra node labels, checked as the API
 * server checks labels), {@code clients} ({@code name}, {@code ip}),
 * {@code serviceCIDR}, {@code nodePortRange} ({@code 30000-32767}), {@code cloudLoadBalancer}
 * ({@code enabled}, {@code pool}), {@code proxyMode} ({@code iptables} or {@code ipvs}) and
 * {@code ingressController} ({@code enabled}: ingress-nginx installed with the cluster). Absent
 * or null keys take {@link ClusterTopology#defaults()}; a node without {@code podCIDR} gets
 * {@code 10.244.<index>.0/24}, the per-node /24 of flannel's 10.244.0.0/16. Every bad value is a
 * located error in apimachinery's field-error form ({@code nodes[1].ip: Invalid value: ...}); the
 * loader never throws.
 */
public final class TopologyLoader {
    private static final Pattern PORT_RANGE = Pattern.compile("([0-9]{1,5})-([0-9]{1,5})");

    private final Fields fields;

    private TopologyLoader(String file) {
        this.fields = new Fields(file);
    }

    /** Reads the cluster file {@code text}, named {@code file} in diagnostics. */
    public static LoadedTopology load(String file, String text) {
        try {
            YamlText yaml = YamlReader.read(file, text, ReadLimits.DEFAULT);
            List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
            YDocument chosen = null;
            for (YDocument d : yaml.documents()) {
                if (d.error() != null) {
                    diagnostics.add(d.error());
                } else if (!d.isEmpty() && chosen != null) {
                    diagnostics.add(Diagnostic.error(file, d.start(),
                            "a cluster file holds one YAML document; this is a second one"));
                } else if (!d.isEmpty()) {
                    chosen = d;
                }
            }
            if (!diagnostics.isEmpty()) {
                return new LoadedTopology(null, diagnostics);
            }
            return load(file, chosen == null ? null : chosen.root());
        } catch (RuntimeException | StackOverflowError e) {
            return new LoadedTopology(null, List.of(Diagnostic.error(file, SourcePos.START,
                    "the cluster file could not be read (" + e + "); please report it")));
        }
    }

    /** Reads a topology already parsed, e.g. the {@code topology:} of a lesson file; null means all defaults. */
    public static LoadedTopology load(String file, YNode root) {
        TopologyLoader loader = new TopologyLoader(file);
        ClusterTopology topology = loader.read(root);
        List<Diagnostic> diagnostics = loader.fields.diagnostics().stream()
                .sorted(Comparator.comparing(Diagnostic::pos)).toList();
        boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return new LoadedTopology(errors ? null : topology, diagnostics);
    }

    private ClusterTopology read(YNode root) {
        ClusterTopology defaults = ClusterTopology.defaults();
        if (root == null || Fields.isNull(root)) {
            return defaults;
        }
        YMap map = fields.mapping(root, "", List.of("nodes", "clients", "serviceCIDR", "nodePortRange",
                "cloudLoadBalancer", "proxyMode", "ingressController"));
        if (map == null) {
            return null;
        }
        List<Placed<Node>> nodes = nodes(map.get("nodes"), defaults.nodes());
        List<Placed<Client>> clients = clients(map.get("clients"), defaults.clients());
        Placed<Ipv4.Cidr> serviceCidr = cidr(map.get("serviceCIDR"), "serviceCIDR", defaults.serviceCIDR());
        if (serviceCidr != null && serviceCidr.value().size() < 8) {
            fields.error(serviceCidr.node(), FieldError.invalid("serviceCIDR", serviceCidr.value().toString(),
                    "the service cluster IP range must be at least 8 IP addresses"));
        } else if (serviceCidr != null && serviceCidr.value().size() < 16) {
            // The API server takes a /29, but every tutor cluster runs kube-dns at the range's tenth
            // address (kubeadm's rule), which a range of 8 does not have.
            fields.error(serviceCidr.node(), FieldError.invalid("serviceCIDR", serviceCidr.value().toString(),
                    "the cluster DNS Service takes the 10th address of the range (kubeadm's rule), so the range "
                    + "must hold at least 16 addresses (a /28 or larger)"));
        }
        PortRange ports = portRange(map.get("nodePortRange"), defaults.nodePortRange());
        CloudLoadBalancer lb = loadBalancer(map.get("cloudLoadBalancer"), defaults.cloudLoadBalancer());
        ProxyMode mode = proxyMode(map.get("proxyMode"), defaults.proxyMode());
        ClusterTopology.IngressController ingress = ingressController(map.get("ingressController"));
        new TopologyChecks(fields).check(nodes, clients, serviceCidr == null ? null : serviceCidr.value(),
                written(map.get("serviceCIDR")), lb == null ? null : Ipv4.Cidr.parse(lb.pool()).orElseThrow(),
                map.get("cloudLoadBalancer") instanceof YMap m ? written(m.get("pool")) : null);
        if (nodes == null || clients == null || serviceCidr == null || ports == null || lb == null || mode == null
                || ingress == null) {
            return null;
        }
        return new ClusterTopology(nodes.stream().map(Placed::value).toList(),
                clients.stream().map(Placed::value).toList(), serviceCidr.value().toString(), ports, lb, mode,
                ingress);
    }

    private static YNode written(YNode value) {
        return value == null || Fields.isNull(value) ? null : value;
    }

    /** A value read from the file with the node it was written at (for later cross-checks). */
    record Placed<T>(T value, YNode node) {
    }

    private List<Placed<Node>> nodes(YNode value, List<Node> defaults) {
        if (value == null || Fields.isNull(value)) {
            return defaults.stream().map(n -> new Placed<>(n, (YNode) null)).toList();
        }
        YSeq seq = fields.sequence(value, "nodes");
        if (seq == null) {
            return null;
        }
        if (seq.items().isEmpty()) {
            fields.error(seq, FieldError.required("nodes", "a cluster needs at least one node"));
            return null;
        }
        List<Placed<Node>> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "nodes[" + i + "]";
            YMap m = fields.mapping(seq.items().get(i), path, List.of("name", "ip", "podCIDR", "controlPlane",
                    "labels"));
            if (m == null) {
                ok = false;
                continue;
            }
            String name = fields.name(m, path + ".name");
            Ipv4 ip = fields.ip(m, path + ".ip");
            String podCidr = "10.244." + i + ".0/24";
            if (m.get("podCIDR") != null && !Fields.isNull(m.get("podCIDR"))) {
                Placed<Ipv4.Cidr> c = cidr(m.get("podCIDR"), path + ".podCIDR", podCidr);
                podCidr = c == null ? null : c.value().toString();
            } else if (i > 255) {
                fields.error(m, FieldError.required(path + ".podCIDR", "only the first 256 nodes get a default"));
                podCidr = null;
            }
            Boolean controlPlane = fields.bool(m, path + ".controlPlane", false);
            Map<String, String> labels = fields.labels(m, path + ".labels");
            if (name == null || ip == null || podCidr == null || controlPlane == null || labels == null) {
                ok = false;
                continue;
            }
            out.add(new Placed<>(new Node(name, ip.toString(), podCidr, controlPlane, labels), m));
        }
        return ok ? out : null;
    }

    private List<Placed<Client>> clients(YNode value, List<Client> defaults) {
        if (value == null || Fields.isNull(value)) {
            return defaults.stream().map(c -> new Placed<>(c, (YNode) null)).toList();
        }
        YSeq seq = fields.sequence(value, "clients");
        if (seq == null) {
            return null;
        }
        List<Placed<Client>> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "clients[" + i + "]";
            YMap m = fields.mapping(seq.items().get(i), path, List.of("name", "ip"));
            String name = m == null ? null : fields.name(m, path + ".name");
            Ipv4 ip = m == null ? null : fields.ip(m, path + ".ip");
            if (name == null || ip == null) {
                ok = false;
                continue;
            }
            out.add(new Placed<>(new Client(name, ip.toString()), m));
        }
        return ok ? out : null;
    }

    /** A CIDR field; host bits are masked away with a warning, as Go's ParseCIDR masks them. */
    private Placed<Ipv4.Cidr> cidr(YNode value, String path, String defaultValue) {
        if (value == null || Fields.isNull(value)) {
            return new Placed<>(Ipv4.Cidr.parse(defaultValue).orElseThrow(), null);
        }
        String text = fields.string(value, path);
        if (text == null) {
            return null;
        }
        Optional<Ipv4.Cidr> cidr = Ipv4.Cidr.parse(text);
        if (cidr.isEmpty()) {
            fields.error(value, FieldError.invalid(path, text, "must be a valid IPv4 CIDR, such as 10.96.0.0/12"));
            return null;
        }
        if (Ipv4.Cidr.hasHostBits(text)) {
            fields.warning(value, path + ": " + text + " has host bits set; it is used as " + cidr.get());
        }
        return new Placed<>(cidr.get(), value);
    }

    private PortRange portRange(YNode value, PortRange defaultValue) {
        if (value == null || Fields.isNull(value)) {
            return defaultValue;
        }
        String text = fields.string(value, "nodePortRange");
        if (text == null) {
            return null;
        }
        Matcher m = PORT_RANGE.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first >= 1 && first < last && last <= 65535) {
                return new PortRange(first, last);
            }
        }
        fields.error(value, FieldError.invalid("nodePortRange", text,
                "must be \"first-last\" with 1 <= first < last <= 65535, such as 30000-32767"));
        return null;
    }

    private CloudLoadBalancer loadBalancer(YNode value, CloudLoadBalancer defaults) {
        if (value == null || Fields.isNull(value)) {
            return defaults;
        }
        YMap m = fields.mapping(value, "cloudLoadBalancer", List.of("enabled", "pool"));
        if (m == null) {
            return null;
        }
        Boolean enabled = fields.bool(m, "cloudLoadBalancer.enabled", defaults.enabled());
        Placed<Ipv4.Cidr> pool = cidr(m.get("pool"), "cloudLoadBalancer.pool", defaults.pool());
        return enabled == null || pool == null ? null : new CloudLoadBalancer(enabled, pool.value().toString());
    }

    private ClusterTopology.IngressController ingressController(YNode value) {
        if (value == null || Fields.isNull(value)) {
            return ClusterTopology.IngressController.NONE;
        }
        YMap m = fields.mapping(value, "ingressController", List.of("enabled"));
        if (m == null) {
            return null;
        }
        Boolean enabled = fields.bool(m, "ingressController.enabled", false);
        return enabled == null ? null : new ClusterTopology.IngressController(enabled);
    }

    private ProxyMode proxyMode(YNode value, ProxyMode defaultValue) {
        if (value == null || Fields.isNull(value)) {
            return defaultValue;
        }
        String text = fields.string(value, "proxyMode");
        if (text == null) {
            return null;
        }
        for (ProxyMode mode : ProxyMode.values()) {
            if (mode.text().equals(text)) {
                return mode;
            }
        }
        fields.error(value, FieldError.notSupported("proxyMode", text, List.of("iptables", "ipvs")));
        return null;
    }
}
