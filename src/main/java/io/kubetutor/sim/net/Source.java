package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.proxy.Origin;

/**
 * Who sends a request: a machine outside the cluster (the laptop), a node, or a pod. A host-network
 * pod sends from its node's address, so kube-proxy treats it as the node itself.
 */
public record Source(Kind kind, String name, String ip, String node, Pod pod) {
    public enum Kind { CLIENT, NODE, POD }

    /**
     * Finds a source by name: a client or a node by its name, a pod as {@code NAME} (namespace
     * default) or {@code NAMESPACE/NAME}. Throws IllegalArgumentException saying what exists.
     */
    public static Source find(NetworkState s, String text) {
        ClusterTopology.Client c = s.client(text);
        if (c != null) {
            return new Source(Kind.CLIENT, c.name(), c.ip(), null, null);
        }
        ClusterTopology.Node n = s.node(text);
        if (n != null) {
            return new Source(Kind.NODE, n.name(), n.ip(), n.name(), null);
        }
        int slash = text.indexOf('/');
        String ns = slash >= 0 ? text.substring(0, slash) : "default";
        String name = slash >= 0 ? text.substring(slash + 1) : text;
        Pod p = s.pod(ns, name);
        if (p == null) {
            throw new IllegalArgumentException("no client, node or pod named \"" + text + "\" (clients: "
                    + String.join(", ", s.topology().clients().stream().map(ClusterTopology.Client::name).toList())
                    + "; nodes: "
                    + String.join(", ", s.topology().nodes().stream().map(ClusterTopology.Node::name).toList())
                    + "; a pod as NAME or NAMESPACE/NAME)");
        }
        if (p.spec().nodeName().isEmpty() || p.status().podIP().isEmpty()) {
            throw new IllegalArgumentException("pod " + ns + "/" + name + " has no IP yet (it is "
                    + (p.spec().nodeName().isEmpty() ? "not scheduled" : "still starting") + "): it cannot send");
        }
        return new Source(Kind.POD, p.metadata().name(), p.status().podIP(), p.spec().nodeName(), p);
    }

    /** How kube-proxy's rules see this sender: pod traffic, the node itself, or from outside. */
    public Origin origin() {
        if (kind == Kind.CLIENT) {
            return Origin.EXTERNAL;
        }
        return kind == Kind.POD && !pod.spec().hostNetwork() ? Origin.POD : Origin.HOST;
    }

    public Place place() {
        return switch (kind) {
            case CLIENT -> Place.client(name);
            case NODE -> Place.node(name);
            case POD -> Place.pod(name, node);
        };
    }

    public boolean insideCluster() {
        return kind != Kind.CLIENT;
    }
}
