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
                    () -> Reason.of("lb.noSuchService", t.host()));
            j.end(Outcome.UNREACHABLE, () -> Reason.of("end.noSuchService", t.host()));
            return null;
        }
        for (ServiceStatus.LoadBalancerIngress ing : s.status().loadBalancerIngress()) {
            if (!ing.ip().isEmpty()) {
                return ing.ip();
            }
        }
        java.util.function.Supplier<Reason> why = () -> !s.spec().type().equals("LoadBalancer")
                ? Reason.of("lb.notLoadBalancer", Explain.name(s), s.spec().type())
                : Reason.of("lb.pending", Explain.name(s));
        j.rec.hop(j.source.place(), Action.DROP, new HostPort(j.source.ip(), 0), new HostPort("<pending>", 0),
                () -> Reason.of("lb.nothingToConnectTo", why.get()));
        j.end(Outcome.UNREACHABLE, why);
        return null;
    }
}
