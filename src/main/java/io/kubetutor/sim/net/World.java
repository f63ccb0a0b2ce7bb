package io.kubetutor.sim.net;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Container;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.app.Binding;
import io.kubetutor.sim.net.app.Listen;
import io.kubetutor.sim.net.dns.ClusterDns;
import io.kubetutor.sim.net.ingress.IngressControllers;
import io.kubetutor.sim.net.proxy.ProxyRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data plane's view of one cluster state: kube-proxy's rules, CoreDNS's records, the ingress
 * controllers, and what each address is. Built once per {@link NetworkState#version()} and read by
 * every request until the cluster changes, so a request never scans objects.
 */
final class World {
    final NetworkState state;
    final ProxyRules rules;
    final ClusterDns dns;
    final IngressControllers ingress;
    private final Map<String, PodNet> podsByIp = new HashMap<>();
    private final Map<String, String> externalIpOwners = new HashMap<>();
    private final Map<String, Service> loadBalancerIps = new HashMap<>();
    private final List<NodeNet> nodes = new ArrayList<>();
    private final Map<String, NodeNet> nodesByName = new HashMap<>();
    private final Ipv4.Cidr serviceCidr;
    /** "node/hostPort" → the pod whose container asked for that host port, and its container port. */
    private final Map<String, HostPortBinding> hostPorts = new HashMap<>();

    World(NetworkState state) {
        this.state = state;
        this.rules = ProxyRules.build(state);
        this.dns = ClusterDns.build(state);
        this.ingress = IngressControllers.build(state);
        this.serviceCidr = Ipv4.Cidr.parse(state.topology().serviceCIDR()).orElseThrow();
        for (ClusterTopology.Node n : state.topology().nodes()) {
            NodeNet nn = new NodeNet(n, Ipv4.Cidr.parse(n.podCIDR()).orElseThrow(), state.nodeFailed(n.name()));
            nodes.add(nn);
            nodesByName.put(n.name(), nn);
        }
        for (Pod p : state.pods()) {
            if (p.spec().nodeName().isEmpty() || p.status().podIP().isEmpty() || p.metadata().deleting()) {
                continue;
            }
            for (Container c : p.spec().containers()) {
                for (Container.ContainerPort cp : c.ports()) {
                    if (cp.hostPort() > 0 && (cp.protocol().isEmpty() || cp.protocol().equals("TCP"))) {
                        hostPorts.putIfAbsent(p.spec().nodeName() + "/" + cp.hostPort(),
                                new HostPortBinding(p.status().podIP(), cp.containerPort()));
                    }
                }
            }
        }
        for (Service s : state.services()) {
            for (String ip : s.spec().externalIPs()) {
                externalIpOwners.putIfAbsent(ip, s.metadata().namespace() + "/" + s.metadata().name());
            }
            for (var ing : s.status().loadBalancerIngress()) {
                if (!ing.ip().isEmpty()) {
                    loadBalancerIps.putIfAbsent(ing.ip(), s);
                }
            }
        }
    }

    /** A pod's network side: where it runs and whether something listens on a port of its address. */
    static final class PodNet {
        final Pod pod;
        final String ip;
        final String node;
        final PodApp app;
        /** Its node is down: nothing reaches the pod, nothing leaves it. */
        final boolean nodeFailed;
        private final Map<Integer, Listener> listeners = new HashMap<>();

        PodNet(Pod pod, PodApp app, boolean nodeFailed) {
            this.pod = pod;
            this.ip = pod.status().podIP();
            this.node = pod.spec().nodeName();
            this.app = app;
            this.nodeFailed = nodeFailed;
        }

        /** Which container (if any) holds a socket on the pod's address at {@code port}, and how. */
        Listener listener(int port) {
            return listeners.computeIfAbsent(port, p -> {
                Listener best = new Listener(null, Listen.NOT_LISTENING);
                for (Container c : pod.spec().containers()) {
                    Listen l = Binding.listen(c, p);
                    if (l == Listen.LISTENING) {
                        return new Listener(c, l);
                    }
                    if (l == Listen.LOOPBACK_ONLY) {
                        best = new Listener(c, l);
                    }
                }
                return best;
            });
        }

        String name() {
            return pod.metadata().name();
        }

        String namespace() {
            return pod.metadata().namespace();
        }
    }

    record Listener(Container container, Listen listen) {
    }

    /** A pod's container port published on its node's address by the CNI portmap plugin. */
    record HostPortBinding(String podIp, int containerPort) {
    }

    /** The hostPort binding of {@code port} on {@code node}, or null. */
    HostPortBinding hostPort(String node, int port) {
        return hostPorts.get(node + "/" + port);
    }

    /**
     * A node's addresses: its LAN address and the bridge its pods hang off (the podCIDR's first
     * address); {@code failed}: the machine is down, so nothing on it answers or forwards.
     */
    record NodeNet(ClusterTopology.Node node, Ipv4.Cidr podCidr, boolean failed) {
        String name() {
            return node.name();
        }

        String ip() {
            return node.ip();
        }

        /** cni0's address: what masquerade picks when the route to the destination is the local bridge. */
        String bridgeIp() {
            return podCidr.address(1).toString();
        }
    }

    PodNet pod(String ip) {
        PodNet p = podsByIp.get(ip);
        if (p == null) {
            Pod pod = state.podByIp(ip);
            if (pod == null) {
                return null;
            }
            p = new PodNet(pod, state.app(pod), state.nodeFailed(pod.spec().nodeName()));
            podsByIp.put(ip, p);
        }
        return p;
    }

    NodeNet node(String name) {
        return nodesByName.get(name);
    }

    List<NodeNet> nodes() {
        return nodes;
    }

    NodeNet nodeByIp(String ip) {
        ClusterTopology.Node n = state.nodeByIp(ip);
        return n == null ? null : nodesByName.get(n.name());
    }

    /** The node whose podCIDR holds {@code ip}, or null. */
    NodeNet nodeOwningPodAddress(Ipv4 ip) {
        for (NodeNet n : nodes) {
            if (n.podCidr().contains(ip)) {
                return n;
            }
        }
        return null;
    }

    boolean inServiceCidr(Ipv4 ip) {
        return serviceCidr.contains(ip);
    }

    /** "namespace/name" of the Service listing {@code ip} in spec.externalIPs, or null. */
    String externalIpOwner(String ip) {
        return externalIpOwners.get(ip);
    }

    /** The Service whose status holds load-balancer ingress {@code ip}, or null. */
    Service loadBalancerOwner(String ip) {
        return loadBalancerIps.get(ip);
    }

    ClusterTopology.Client client(String ip) {
        for (ClusterTopology.Client c : state.topology().clients()) {
            if (c.ip().equals(ip)) {
                return c;
            }
        }
        return null;
    }
}
