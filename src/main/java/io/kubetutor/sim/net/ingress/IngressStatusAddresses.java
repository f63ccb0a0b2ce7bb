package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What ingress-nginx's status sync writes into status.loadBalancer.ingress of the Ingresses it
 * claims (internal/ingress/status/status.go, runningAddresses and statusAddressFromService):
 * <ul>
 * <li>--publish-status-address: those addresses;</li>
 * <li>--publish-service: ExternalName → its name; ClusterIP → its ClusterIP; NodePort → its
 * externalIPs, else its ClusterIP; LoadBalancer → its status' IPs/hostnames plus its externalIPs;
 * a missing Service is an error and nothing is written;</li>
 * <li>neither: the addresses of the nodes of the Running, Ready controller pods.</li>
 * </ul>
 * Sorted as updateStatus sorts them (by hostname, then IP: addresses before names). The model holds
 * each entry as one string: the IP, else the hostname.
 */
public final class IngressStatusAddresses {
    private static final Pattern SPLIT = Pattern.compile(",\\s*");

    private IngressStatusAddresses() {
    }

    /** The addresses to publish, or empty when the sync would fail (publish service missing). */
    public static Optional<List<String>> of(IngressController c, NetworkState s) {
        List<String[]> entries = new ArrayList<>(); // {hostname, ip}
        ControllerFlags f = c.flags();
        if (!f.publishStatusAddress().isEmpty()) {
            for (String a : SPLIT.split(f.publishStatusAddress(), -1)) {
                entries.add(isIp(a) ? new String[] {"", a} : new String[] {a, ""});
            }
        } else if (!f.publishService().isEmpty()) {
            int slash = f.publishService().indexOf('/');
            Service svc = slash < 0 ? null
                    : s.service(f.publishService().substring(0, slash), f.publishService().substring(slash + 1));
            if (svc == null) {
                return Optional.empty();
            }
            fromService(svc, entries);
        } else {
            for (Pod p : c.allPods()) {
                if (!p.status().phase().equals("Running") || !p.status().ready()) {
                    continue;
                }
                ClusterTopology.Node n = s.node(p.spec().nodeName());
                String addr = n != null ? n.ip() : p.spec().nodeName();
                if (entries.stream().noneMatch(e -> e[0].equals(addr) || e[1].equals(addr))) {
                    entries.add(isIp(addr) ? new String[] {"", addr} : new String[] {addr, ""});
                }
            }
        }
        entries.sort(Comparator.comparing((String[] e) -> e[0]).thenComparing(e -> e[1]));
        return Optional.of(entries.stream().map(e -> e[1].isEmpty() ? e[0] : e[1]).toList());
    }

    private static void fromService(Service svc, List<String[]> entries) {
        switch (svc.spec().type()) {
            case "ExternalName" -> entries.add(new String[] {svc.spec().externalName(), ""});
            case "NodePort" -> {
                if (svc.spec().externalIPs().isEmpty()) {
                    entries.add(new String[] {"", svc.spec().clusterIP()});
                } else {
                    svc.spec().externalIPs().forEach(ip -> entries.add(new String[] {"", ip}));
                }
            }
            case "LoadBalancer" -> {
                for (ServiceStatus.LoadBalancerIngress i : svc.status().loadBalancerIngress()) {
                    entries.add(new String[] {i.hostname(), i.ip()});
                }
                for (String ip : svc.spec().externalIPs()) {
                    if (entries.stream().noneMatch(e -> e[0].equals(ip) || e[1].equals(ip))) {
                        entries.add(new String[] {"", ip});
                    }
                }
            }
            default -> entries.add(new String[] {"", svc.spec().clusterIP()});
        }
    }

    /** net.ParseIP succeeds: an address, not a name. */
    private static boolean isIp(String a) {
        return io.kubetutor.model.GoIP.parseIP(a) != null;
    }
}
