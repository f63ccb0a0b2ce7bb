package io.kubetutor.sim.net;

import io.kubetutor.model.Service;
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
        rec.hop(c.senderPlace, Action.ROUTE, c.src, front, () -> c.senderPlace.name() + " sends to " + front
                + ", the external address of Service " + Explain.name(svc) + ", held by the cloud load balancer");
        if (rule == null) {
            rec.hop(Place.LOAD_BALANCER, Action.DROP, c.src, front, () -> "the load balancer has no listener on port "
                    + front.port() + " (Service " + Explain.name(svc) + " does not expose it): the packet is dropped");
            c.j.end(Outcome.DROPPED, () -> "at the load balancer: no listener on port " + front.port());
            return Reached.NOWHERE;
        }
        List<World.NodeNet> healthy = new ArrayList<>();
        StringBuilder checks = rec.isOn() ? new StringBuilder() : null;
        List<String> silent = new ArrayList<>();
        for (World.NodeNet n : w.nodes()) {
            if (n.node().controlPlane()) {
                continue;
            }
            if (n.failed()) {
                // A node that is down answers no health check at all.
                silent.add(n.name());
                if (checks != null && rule.externalTrafficPolicyLocal()) {
                    checks.append(checks.length() == 0 ? "" : ", ").append(n.name()).append(" no answer (down)");
                }
                continue;
            }
            boolean ok = true;
            if (rule.externalTrafficPolicyLocal()) {
                HealthCheck h = c.router.proxy.healthCheck(n.name(), rule.healthCheckNodePort(), w.rules);
                ok = h != null && h.status() == 200;
                if (checks != null) {
                    checks.append(checks.length() == 0 ? "" : ", ").append(n.name()).append(' ')
                            .append(h == null ? "no answer" : h.status() + " (" + h.localEndpoints() + " local)");
                }
            }
            if (ok) {
                healthy.add(n);
            }
        }
        String health = checks == null ? "" : rule.externalTrafficPolicyLocal()
                ? "health checks on healthCheckNodePort " + rule.healthCheckNodePort() + ": " + checks
                : silent.isEmpty() ? "externalTrafficPolicy Cluster: every node's kube-proxy is healthy, any node will do"
                : "externalTrafficPolicy Cluster: the health checks of kube-proxy on " + String.join(", ", silent)
                + " get no answer (down), any other node will do";
        if (healthy.isEmpty()) {
            rec.hop(Place.LOAD_BALANCER, Action.DROP, c.src, front, () -> health
                    + "; no node passes, so the load balancer has nowhere to send the packet");
            c.j.end(Outcome.DROPPED, () -> "at the load balancer: no healthy node (" + health + ")");
            return Reached.NOWHERE;
        }
        World.NodeNet n = healthy.get(healthy.size() == 1 ? 0 : c.router.random.nextInt(healthy.size()));
        HostPort to = rule.nodePort() > 0 ? new HostPort(n.ip(), rule.nodePort()) : front;
        int of = healthy.size();
        rec.hop(Place.LOAD_BALANCER, Action.DNAT, c.src, to, () -> "the load balancer picks " + n.name() + " of " + of
                + " healthy node" + (of == 1 ? "" : "s") + " (" + health + ") and sends to "
                + (to == front ? "it with the external address kept" : "its NodePort " + to)
                + "; the client's address " + c.src.ip() + " is kept");
        c.lbFront = front;
        c.dst = to;
        c.j.entryNode = n.name();
        return c.atNode(n, Origin.EXTERNAL);
    }
}
