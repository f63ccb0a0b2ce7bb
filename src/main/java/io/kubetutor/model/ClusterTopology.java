package io.kubetutor.model;

import java.util.List;
import java.util.Map;

/**
 * The cluster around the manifests: nodes, outside clients, ranges, cloud load balancer, proxy mode,
 * and whether the cluster comes with an ingress controller installed (as kind, minikube's addon or a
 * cloud's managed controller would).
 */
public record ClusterTopology(List<Node> nodes, List<Client> clients, String serviceCIDR, PortRange nodePortRange,
                              CloudLoadBalancer cloudLoadBalancer, ProxyMode proxyMode,
                              IngressController ingressController) {
    public ClusterTopology {
        nodes = Maps.list(nodes);
        clients = Maps.list(clients);
        ingressController = ingressController == null ? IngressController.NONE : ingressController;
    }

    /** A topology without a pre-installed ingress controller. */
    public ClusterTopology(List<Node> nodes, List<Client> clients, String serviceCIDR, PortRange nodePortRange,
                           CloudLoadBalancer cloudLoadBalancer, ProxyMode proxyMode) {
        this(nodes, clients, serviceCIDR, nodePortRange, cloudLoadBalancer, proxyMode, IngressController.NONE);
    }

    public ClusterTopology withIngressController(IngressController c) {
        return new ClusterTopology(nodes, clients, serviceCIDR, nodePortRange, cloudLoadBalancer, proxyMode, c);
    }

    /** kubeadm-like defaults from DESIGN.md: three nodes, one laptop, 10.96.0.0/12, iptables. */
    public static ClusterTopology defaults() {
        return new ClusterTopology(
                List.of(new Node("node1", "192.168.1.2", "10.244.0.0/24", false),
                        new Node("node2", "192.168.1.3", "10.244.1.0/24", false),
                        new Node("node3", "192.168.1.4", "10.244.2.0/24", false)),
                List.of(new Client("laptop", "192.168.1.10")),
                "10.96.0.0/12", new PortRange(30000, 32767),
                new CloudLoadBalancer(false, "203.0.113.0/28"), ProxyMode.IPTABLES, IngressController.NONE);
    }

    /** ingress-nginx installed by the cluster's set-up (off by default: a lesson or a manifest deploys one). */
    public record IngressController(boolean enabled) {
        public static final IngressController NONE = new IngressController(false);
    }

    /**
     * One node. {@code labels} are the cluster file's extra labels, set on the Node object after the
     * well-known ones the kubelet and kubeadm give it (the simulation adds those itself); empty when
     * none are written.
     */
    public record Node(String name, String ip, String podCIDR, boolean controlPlane, Map<String, String> labels) {
        public Node {
            labels = labels == null ? Map.of() : Maps.ordered(labels);
        }

        /** A node with no extra labels. */
        public Node(String name, String ip, String podCIDR, boolean controlPlane) {
            this(name, ip, podCIDR, controlPlane, Map.of());
        }
    }

    public record Client(String name, String ip) {
    }

    /** Inclusive range, printed as kube-apiserver prints it: 30000-32767. */
    public record PortRange(int base, int last) {
        public int size() {
            return last - base + 1;
        }

        public boolean contains(int p) {
            return p >= base && p <= last;
        }

        @Override
        public String toString() {
            return base + "-" + last;
        }
    }

    public record CloudLoadBalancer(boolean enabled, String pool) {
    }

    public enum ProxyMode {
        IPTABLES("iptables"), IPVS("ipvs");

        private final String text;

        ProxyMode(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
