package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.model.ServiceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one Service into its ServicePortRules as kube-proxy's service change tracker
 * (newBaseServiceInfo) and CategorizeEndpoints would: traffic policies, affinity, captured
 * addresses, and per node the endpoint sets.
 */
final class RuleBuilder {
    private RuleBuilder() {
    }

    /**
     * The Service's IPv4 cluster IP as Ipv4 bits, or null when kube-proxy skips it: ExternalName,
     * headless ("None"), no cluster IP, or no IPv4 one (this proxier is IPv4 only).
     */
    static Integer clusterIpv4(Service svc) {
        ServiceSpec spec = svc.spec();
        if (ServiceTypes.EXTERNAL_NAME.equals(spec.type()) || spec.clusterIP().isEmpty()
                || spec.clusterIP().equals("None")) {
            return null;
        }
        List<String> ips = spec.clusterIPs().isEmpty() ? List.of(spec.clusterIP()) : spec.clusterIPs();
        for (String ip : ips) {
            Ipv4 v4 = Ipv4.parseSloppy(ip).orElse(null);
            if (v4 != null) {
                return v4.bits();
            }
        }
        return null;
    }

    static List<ServicePortRule> rules(Service svc, int clusterIp, Map<String, List<ProxyEndpoint>> endpoints,
                                       ProxyRules.Nodes nodes) {
        ServiceSpec spec = svc.spec();
        boolean externalLocal = ServiceTypes.externallyAccessible(spec) && "Local".equals(spec.externalTrafficPolicy());
        boolean internalLocal = "Local".equals(spec.internalTrafficPolicy());
        boolean affinity = "ClientIP".equals(spec.sessionAffinity());
        int timeout = ServicePortRule.DEFAULT_AFFINITY_SECONDS;
        if (affinity && spec.sessionAffinityConfig() != null && spec.sessionAffinityConfig().clientIP() != null
                && spec.sessionAffinityConfig().clientIP().timeoutSeconds() != null) {
            timeout = spec.sessionAffinityConfig().clientIP().timeoutSeconds();
        }
        int healthCheck = ServiceTypes.needsHealthCheck(spec) ? spec.healthCheckNodePort() : 0;
        List<String> externalIps = ipv4s(spec.externalIPs());
        List<String> lbIps = loadBalancerVips(svc.status());
        List<Ipv4.Cidr> ranges = new ArrayList<>();
        for (String r : spec.loadBalancerSourceRanges()) {
            Ipv4.Cidr.parseSloppy(r.trim()).ifPresent(ranges::add);
        }
        String nsName = svc.metadata().namespace() + "/" + svc.metadata().name();
        List<ServicePortRule> out = new ArrayList<>();
        for (ServicePort p : spec.ports()) {
            String protocol = p.protocol().isEmpty() ? "TCP" : p.protocol();
            int code = ProxyRules.protocolCode(protocol);
            if (code == 0) {
                continue;
            }
            String spn = p.name().isEmpty() ? nsName : nsName + ":" + p.name();
            List<ProxyEndpoint> eps = endpoints.getOrDefault(EndpointSources.portKey(p.name(), protocol), List.of());
            out.add(new ServicePortRule(svc, p, spn, protocol, code, clusterIp, externalLocal, internalLocal, affinity,
                    timeout, healthCheck, externalIps, lbIps, ranges, eps, clusterSet(eps), localSets(eps, nodes),
                    nodes));
        }
        return out;
    }

    private static List<String> ipv4s(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            Ipv4.parseSloppy(t).ifPresent(ip -> out.add(ip.toString()));
        }
        return out;
    }

    /** Ingress IPs with ipMode VIP or unset; a "Proxy" load balancer delivers to the nodes itself. */
    private static List<String> loadBalancerVips(ServiceStatus status) {
        List<String> out = new ArrayList<>();
        for (ServiceStatus.LoadBalancerIngress ing : status.loadBalancerIngress()) {
            if (ing.ip().isEmpty() || (ing.ipMode() != null && !ing.ipMode().isEmpty() && !ing.ipMode().equals("VIP"))) {
                continue;
            }
            Ipv4.parseSloppy(ing.ip()).ifPresent(ip -> out.add(ip.toString()));
        }
        return out;
    }

    /** Ready endpoints; with none, the serving, terminating ones (CategorizeEndpoints). */
    static EndpointSet clusterSet(List<ProxyEndpoint> eps) {
        List<ProxyEndpoint> ready = new ArrayList<>();
        for (ProxyEndpoint e : eps) {
            if (e.ready()) {
                ready.add(e);
            }
        }
        if (!ready.isEmpty()) {
            return new EndpointSet(ready.toArray(new ProxyEndpoint[0]), false);
        }
        return fallback(eps);
    }

    private static EndpointSet fallback(List<ProxyEndpoint> eps) {
        List<ProxyEndpoint> terminating = new ArrayList<>();
        for (ProxyEndpoint e : eps) {
            if (e.serving() && e.terminating()) {
                terminating.add(e);
            }
        }
        return terminating.isEmpty() ? EndpointSet.EMPTY
                : new EndpointSet(terminating.toArray(new ProxyEndpoint[0]), true);
    }

    /** Per node, the same choice among that node's endpoints only, made independently of the others. */
    private static EndpointSet[] localSets(List<ProxyEndpoint> eps, ProxyRules.Nodes nodes) {
        EndpointSet[] sets = new EndpointSet[nodes.count()];
        List<List<ProxyEndpoint>> byNode = new ArrayList<>(nodes.count());
        for (int i = 0; i < nodes.count(); i++) {
            byNode.add(null);
        }
        for (ProxyEndpoint e : eps) {
            int n = nodes.index(e.nodeName());
            if (n >= 0) {
                if (byNode.get(n) == null) {
                    byNode.set(n, new ArrayList<>());
                }
                byNode.get(n).add(e);
            }
        }
        for (int i = 0; i < sets.length; i++) {
            sets[i] = byNode.get(i) == null ? EndpointSet.EMPTY : clusterSet(byNode.get(i));
        }
        return sets;
    }
}
