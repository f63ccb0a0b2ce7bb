package io.kubetutor.session;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.CloudLoadBalancer;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster settings a learner can change from the window, each giving a new topology: how
 * many nodes (named and numbered as kubeadm's examples and DESIGN.md's defaults are), the cloud
 * load balancer, kube-proxy's mode and the bundled ingress controller.
 */
public final class Topologies {
    public static final int MAX_NODES = 10;

    private Topologies() {
    }

    /** {@code count} worker nodes node1…nodeN at 192.168.1.2… with pod CIDRs 10.244.0.0/24…; the rest kept. */
    public static ClusterTopology withNodes(ClusterTopology t, int count) {
        if (count < 1 || count > MAX_NODES) {
            throw new IllegalArgumentException("a cluster here has 1 to " + MAX_NODES + " nodes, not " + count);
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new Node("node" + (i + 1), "192.168.1." + (2 + i), "10.244." + i + ".0/24", false));
        }
        return new ClusterTopology(nodes, t.clients(), t.serviceCIDR(), t.nodePortRange(), t.cloudLoadBalancer(),
                t.proxyMode(), t.ingressController());
    }

    public static ClusterTopology withCloudLoadBalancer(ClusterTopology t, boolean enabled) {
        return new ClusterTopology(t.nodes(), t.clients(), t.serviceCIDR(), t.nodePortRange(),
                new CloudLoadBalancer(enabled, t.cloudLoadBalancer().pool()), t.proxyMode(), t.ingressController());
    }

    public static ClusterTopology withProxyMode(ClusterTopology t, ProxyMode mode) {
        return new ClusterTopology(t.nodes(), t.clients(), t.serviceCIDR(), t.nodePortRange(), t.cloudLoadBalancer(),
                mode, t.ingressController());
    }

    public static ClusterTopology withIngressController(ClusterTopology t, boolean enabled) {
        return t.withIngressController(new ClusterTopology.IngressController(enabled));
    }
}
