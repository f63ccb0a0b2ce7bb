package io.kubetutor.ui.layout;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the topology draws at one moment, as plain records read from a {@link SessionState}:
 * what the layout places and the view paints. Two models are equal exactly when the drawing
 * would be the same, so the view can skip a state that changed nothing it shows.
 */
public record TopologyModel(List<NodeItem> nodes, List<PodItem> pods, List<ServiceItem> services,
                            List<EndpointItem> endpoints, List<IngressItem> ingresses, OutsideItems outside) {
    public TopologyModel {
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        services = List.copyOf(services);
        endpoints = List.copyOf(endpoints);
        ingresses = List.copyOf(ingresses);
    }

    /** The drawing of {@code s}; kube-system's pods and Services only when {@code showSystemPods}. */
    public static TopologyModel of(SessionState s, boolean showSystemPods) {
        ClusterTopology topology = s.topology();
        List<Service> services = ServiceItems.shown(s.snapshot(), showSystemPods);
        List<NodeItem.NodePortTag> nodePorts = nodePorts(s.snapshot().all(Service.class));
        List<NodeItem> nodes = new ArrayList<>();
        Map<String, String> nodeByIp = new HashMap<>();
        for (NodeStatus n : s.nodes()) {
            nodes.add(new NodeItem(n.name(), n.ip(), n.podCIDR(), n.controlPlane(), n.cordoned(), n.ready(),
                    topology.proxyMode().text(), nodePorts));
            nodeByIp.put(n.ip(), n.name());
        }
        List<PodItem> pods = PodItems.of(s.snapshot(), s.now(), showSystemPods);
        Set<String> podIds = new HashSet<>();
        for (PodItem p : pods) {
            podIds.add(p.id());
        }
        List<EndpointItem> lines = new ArrayList<>();
        List<ServiceItem> cards = ServiceItems.of(s.snapshot(), services, podIds, nodeByIp, lines);
        List<OutsideItems.Client> clients = new ArrayList<>();
        for (ClusterTopology.Client c : topology.clients()) {
            clients.add(new OutsideItems.Client(c.name(), c.ip()));
        }
        OutsideItems.LoadBalancer lb = null;
        if (topology.cloudLoadBalancer().enabled()) {
            lb = new OutsideItems.LoadBalancer(topology.cloudLoadBalancer().pool(), fronts(s.snapshot().all(Service.class)));
        }
        return new TopologyModel(nodes, pods, cards, lines, ServiceItems.ingresses(s.snapshot()),
                new OutsideItems(clients, lb));
    }

    /** Every NodePort of every Service (whether or not its card is shown: the node still listens). */
    static List<NodeItem.NodePortTag> nodePorts(List<Service> all) {
        Map<Integer, NodeItem.NodePortTag> byPort = new LinkedHashMap<>();
        for (Service s : all) {
            for (ServicePort p : s.spec().ports()) {
                if (p.nodePort() > 0) {
                    byPort.putIfAbsent(p.nodePort(), new NodeItem.NodePortTag(p.nodePort(),
                            ServiceItems.protocol(p.protocol()), ElementIds.service(s.namespace(), s.name())));
                }
            }
        }
        return new ArrayList<>(byPort.values());
    }

    /** The load balancer's listeners: each LoadBalancer Service's assigned address and port. */
    private static List<String> fronts(List<Service> all) {
        List<String> out = new ArrayList<>();
        for (Service s : all) {
            if (!"LoadBalancer".equals(s.spec().type())) {
                continue;
            }
            for (ServiceStatus.LoadBalancerIngress i : s.status().loadBalancerIngress()) {
                for (ServicePort p : s.spec().ports()) {
                    out.add((i.ip().isEmpty() ? i.hostname() : i.ip()) + ":" + p.port() + " → " + s.namespace()
                            + "/" + s.name());
                }
            }
        }
        return out;
    }

    public PodItem pod(String id) {
        for (PodItem p : pods) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    public NodeItem node(String name) {
        for (NodeItem n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    public ServiceItem service(String id) {
        for (ServiceItem s : services) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
