package io.kubetutor.sim.net;

import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceStatus;

/**
 * The target {@code loadbalancer:NAME[.NS][:PORT]}: the address a client outside would use for a
 * LoadBalancer Service, its first load-balancer ingress IP. While EXTERNAL-IP is {@code <pending>}
 * there is no such address: nothing can be sent.
 */
final class LoadBalancerTarget {
    private LoadBalancerTarget() {
    }

    static String address(Router r, Journey j, Target t) {
        Service s = r.service(t.host());
        if (s == null) {
            j.rec.hop(j.source.place(), Action.DROP, new HostPort(j.source.ip(), 0), new HostPort("?", 0),
                    () -> "there is no Service " + t.host());
            j.end(Outcome.UNREACHABLE, () -> "no Service " + t.host());
            return null;
        }
        for (ServiceStatus.LoadBalancerIngress ing : s.status().loadBalancerIngress()) {
            if (!ing.ip().isEmpty()) {
                return ing.ip();
            }
        }
        String why = !s.spec().type().equals("LoadBalancer")
                ? "Service " + Explain.name(s) + " is of type " + s.spec().type() + ": it has no external address"
                : "Service " + Explain.name(s) + " has no external address yet: EXTERNAL-IP is <pending> (no cloud"
                + " load balancer has given it one)";
        j.rec.hop(j.source.place(), Action.DROP, new HostPort(j.source.ip(), 0), new HostPort("<pending>", 0),
                () -> why + ", so there is nothing to connect to");
        j.end(Outcome.UNREACHABLE, () -> "" + why);
        return null;
    }
}
