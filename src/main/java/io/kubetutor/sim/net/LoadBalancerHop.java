package io.kubetutor.sim.net;

import io.kubetutor.model.Service;
import io.kubetutor.sim.NodeLabels;
import io.kubetutor.sim.net.proxy.HealthCheck;
import io.kubetutor.sim.net.proxy.Origin;
import io.kubetutor.sim.net.proxy.ServicePortRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The cloud load balancer in front of a LoadBalancer Service: it keeps the client's address, picks a
 * healthy node and sends the packet to that node's NodePort (or, without node ports, to the node with
 * the external address kept, which kube-proxy also has rules for). Health: under
 * externalTrafficPolicy Local it asks each node's healthCheckNodePort (kube-proxy answers 503 where
 * the Service has no local endpoint); under Cluster every node with a healthy kube-proxy will do.
 * Control-plane nodes are left out, as kubeadm labels them node.kubernetes.io/exclude-from-external-
 * load-balancers. With no healthy node the load balancer has nowhere to send: the packet is lost.
 */
final class LoadBalancerHop {
    private LoadBalancerHop() {
    }

    static Reached through(Connection c, Service svc) {
        World w = c.w();
        Recorder rec = c.rec;
        HostPort front = c.dst;
        ServicePortRule rule = w.rules.byLoadBalancerIp(Router.bits(front.ip()), front.port(), c.proto);
        rec.hop(c.senderPlace, Action.ROUTE, c.src, front, () -> Reason.of("lb.sendsToExternalAddress",
                c.senderPlace.name(), front, Explain.name(svc)));
        if (rule == null) {
            rec.hop(Place.LOAD_BALANCER, Action.DROP, c.src, front, () -> Reason.of("lb.noListener", front.port(),
                    Explain.name(svc)));
            c.j.end(Outcome.DROPPED, () -> Reason.of("end.lbNoListener", front.port()));
            return Reached.NOWHERE;
        }
        List<World.NodeNet> healthy = new ArrayList<>();
        // Each node's health check as the load balancer saw it; only worded when hops are recorded.
        List<Reason> checks = rec.isOn() ? new ArrayList<>() : null;
        List<String> silent = new ArrayList<>();
        for (World.NodeNet n : w.nodes()) {
            // The service controller leaves out nodes labelled exclude-from-external-load-balancers:
            // kubeadm labels every control-plane node so, and a cluster file may label others.
            if (n.node().controlPlane() || n.node().labels().containsKey(NodeLabels.EXCLUDE_FROM_EXTERNAL_LOAD_BALANCERS)) {
                continue;
            }
            if (n.failed()) {
                // A node that is down answers no health check at all.
                silent.add(n.name());
                if (checks != null && rule.externalTrafficPolicyLocal()) {
                    checks.add(Reason.of("lb.checkNodeDown", n.name()));
                }
                continue;
            }
            boolean ok = true;
            if (rule.externalTrafficPolicyLocal()) {
                HealthCheck h = c.router.proxy.healthCheck(n.name(), rule.healthCheckNodePort(), w.rules);
                ok = h != null && h.status() == 200;
                if (checks != null) {
                    checks.add(h == null ? Reason.of("lb.checkNoAnswer", n.name())
                            : Reason.of("lb.checkStatus", n.name(), h.status(), h.localEndpoints()));
                }
            }
            if (ok) {
                healthy.add(n);
            }
        }
        Reason health = checks == null ? Reason.NONE : rule.externalTrafficPolicyLocal()
                ? Reason.of("lb.healthChecks", rule.healthCheckNodePort(), Reason.join(Reason.COMMA, checks))
                : silent.isEmpty() ? Reason.of("lb.clusterPolicyAllHealthy")
                : Reason.of("lb.clusterPolicySomeDown", String.join(", ", silent));
        if (healthy.isEmpty()) {
            rec.hop(Place.LOAD_BALANCER, Action.DROP, c.src, front, () -> Reason.of("lb.noHealthyNode", health));
            c.j.end(Outcome.DROPPED, () -> Reason.of("end.lbNoHealthyNode", health));
            return Reached.NOWHERE;
        }
        World.NodeNet n = healthy.get(healthy.size() == 1 ? 0 : c.router.random.nextInt(healthy.size()));
        HostPort to = rule.nodePort() > 0 ? new HostPort(n.ip(), rule.nodePort()) : front;
        int of = healthy.size();
        rec.hop(Place.LOAD_BALANCER, Action.DNAT, c.src, to, () -> Reason.of(to == front
                ? of == 1 ? "lb.picksOnlyNodeAddressKept" : "lb.picksNodeAddressKept"
                : of == 1 ? "lb.picksOnlyNodePort" : "lb.picksNodePort", n.name(), of, health, to, c.src.ip()));
        c.lbFront = front;
        c.dst = to;
        c.j.entryNode = n.name();
        return c.atNode(n, Origin.EXTERNAL);
    }
}
