package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.net.Reason;
import io.kubetutor.sim.net.proxy.Verdict.Entry;
import io.kubetutor.sim.net.proxy.Verdict.Kind;
import io.kubetutor.sim.net.proxy.Verdict.Masquerade;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-words explanation of a {@link Verdict}, one fact per line, as reasons; built only when
 * asked for. The masquerade fact is kept apart: the SNAT hop tells it on its own.
 */
final class VerdictText {
    private VerdictText() {
    }

    /** The facts in order; with {@code masquerade} false, without the masquerade line. */
    static List<Reason> lines(Verdict v, boolean masquerade) {
        List<Reason> out = new ArrayList<>();
        if (v.kind() == Kind.NO_RULE) {
            String to = ip(v.dstIp()) + (ProxyRules.protocolCode(v.protocol()) != 0 ? ":" + v.dstPort() : "")
                    + protocolSuffix(v.protocol());
            out.add(Reason.of("proxy.noRule", v.node(), to));
            return out;
        }
        Reason entry = entry(v);
        switch (v.cause()) {
            case PORT_NOT_EXPOSED -> portNotExposed(out, v, entry);
            case NO_ENDPOINTS -> noEndpoints(out, v, entry);
            case NO_LOCAL_ENDPOINTS -> {
                out.add(Reason.of("proxy.service", v.node(), entry, v.rule().servicePortName()));
                out.add(Reason.of("proxy.noLocalEndpoint", v.node(), policy(v), v.ruleComment()));
            }
            case SOURCE_NOT_ALLOWED -> {
                out.add(Reason.of("proxy.service", v.node(), entry, v.rule().servicePortName()));
                out.add(Reason.of("proxy.sourceNotAllowed", ip(v.srcIp()), v.rule().loadBalancerSourceRanges()));
            }
            default -> picked(out, v, entry, masquerade);
        }
        return out;
    }

    private static Reason entry(Verdict v) {
        String suffix = protocolSuffix(v.protocol());
        String addr = ip(v.dstIp()) + ":" + v.dstPort() + suffix;
        return switch (v.entry()) {
            case CLUSTER_IP -> Reason.of("proxy.entry.clusterIp", addr);
            case NODE_PORT -> Reason.of("proxy.entry.nodePort", v.dstPort() + suffix);
            case EXTERNAL_IP -> Reason.of("proxy.entry.externalIp", addr);
            case LOAD_BALANCER_IP -> Reason.of("proxy.entry.loadBalancerIp", addr);
        };
    }

    private static void portNotExposed(List<Reason> out, Verdict v, Reason entry) {
        Service s = v.service();
        String name = s.metadata().namespace() + "/" + s.metadata().name();
        if (ProxyRules.protocolCode(v.protocol()) == 0) {
            out.add(Reason.of("proxy.protocolNotMatched", v.node(), entry, name, v.protocol()));
        } else if (s.spec().ports().isEmpty()) {
            out.add(Reason.of("proxy.portNotExposedNoPorts", v.node(), entry, name, v.dstPort(), v.protocol()));
        } else {
            out.add(Reason.of("proxy.portNotExposed", v.node(), entry, name, v.dstPort(), v.protocol(), exposed(s)));
        }
        out.add(Reason.of(v.mode() == ProxyMode.IPVS ? "proxy.ipvsFilterRejects" : "proxy.iptablesUnusedPort"));
    }

    private static String exposed(Service s) {
        List<String> ports = new ArrayList<>();
        for (ServicePort p : s.spec().ports()) {
            ports.add(p.port() + "/" + (p.protocol().isEmpty() ? "TCP" : p.protocol()));
        }
        return String.join(", ", ports);
    }

    private static void noEndpoints(List<Reason> out, Verdict v, Reason entry) {
        String spn = v.rule().servicePortName();
        out.add(Reason.of("proxy.service", v.node(), entry, spn));
        out.add(v.mode() == ProxyMode.IPVS ? Reason.of("proxy.noEndpointsIpvs", spn)
                : Reason.of("proxy.noEndpointsIptables", spn, v.ruleComment()));
        int total = v.rule().endpoints().size();
        if (total > 0) {
            out.add(Reason.of(total == 1 ? "proxy.endpointListedNotReady" : "proxy.endpointsListedNotReady", total));
        }
    }

    private static void picked(List<Reason> out, Verdict v, Reason entry, boolean masquerade) {
        String node = v.node();
        String spn = v.rule().servicePortName();
        String address = v.endpoint().address();
        int i = v.position() + 1;
        if (v.n() == 1) {
            out.add(Reason.of("proxy.pickedOnly", node, entry, spn, address));
        } else if (v.pickedBy() == PickedBy.ROUND_ROBIN) {
            out.add(Reason.of("proxy.pickedRoundRobin", node, entry, spn, i, v.n(), address));
        } else if (v.pickedBy() == PickedBy.AFFINITY) {
            out.add(Reason.of("proxy.pickedAffinity", node, entry, spn, i, v.n(), address));
        } else if (v.probability() != null) {
            out.add(Reason.of("proxy.pickedRandom", node, entry, spn, i, v.n(), v.probability(), address));
        } else {
            out.add(Reason.of("proxy.pickedLastRule", node, entry, spn, i, v.n(), address));
        }
        affinity(out, v);
        policies(out, v);
        if (masquerade && v.masquerade()) {
            out.add(masquerade(v));
        }
    }

    private static void affinity(List<Reason> out, Verdict v) {
        if (v.pinnedUntilMillis() < 0) {
            return;
        }
        boolean ipvs = v.mode() == ProxyMode.IPVS;
        String key = v.pickedBy() == PickedBy.AFFINITY
                ? ipvs ? "proxy.affinityRenewedIpvs" : "proxy.affinityRenewed"
                : ipvs ? "proxy.affinityPinnedIpvs" : "proxy.affinityPinned";
        out.add(Reason.of(key, ip(v.srcIp()), v.endpoint().label(), clock(v.pinnedUntilMillis())));
    }

    private static void policies(List<Reason> out, Verdict v) {
        String policy = policy(v);
        if (v.localOnly()) {
            out.add(v.entry() != Entry.CLUSTER_IP && !v.masquerade()
                    ? Reason.of("proxy.localOnlyNoSnat", policy, v.node(), ip(v.srcIp()))
                    : Reason.of("proxy.localOnly", policy, v.node()));
        }
        if (v.podTrafficShortCircuit()) {
            out.add(Reason.of("proxy.podShortCircuit", v.rule().servicePortName()));
        }
        if (v.localFallbackToCluster()) {
            out.add(Reason.of(v.entry() == Entry.CLUSTER_IP ? "proxy.ipvsLocalFallbackClusterIp"
                    : "proxy.ipvsLocalFallback", policy, v.node()));
        }
        if (v.replyLost()) {
            out.add(Reason.of("proxy.replyLost", v.endpoint().ip()));
        }
        if (v.terminatingFallback()) {
            String key = v.localOnly()
                    ? v.n() == 1 ? "proxy.terminatingFallbackLocalOne" : "proxy.terminatingFallbackLocal"
                    : v.n() == 1 ? "proxy.terminatingFallbackOne" : "proxy.terminatingFallback";
            out.add(Reason.of(key, v.n(), v.node()));
        }
    }

    private static Reason masquerade(Verdict v) {
        return switch (v.masqueradeWhy()) {
            case EXTERNAL_TRAFFIC_CLUSTER -> Reason.of("proxy.masq.externalTrafficCluster", v.node(), ip(v.srcIp()));
            case HOST_ORIGINATED -> Reason.of("proxy.masq.hostOriginated");
            case OFF_CLUSTER_SOURCE -> Reason.of("proxy.masq.offClusterSource", ip(v.srcIp()), v.node());
            case HAIRPIN -> Reason.of("proxy.masq.hairpin");
            case NONE -> Reason.NONE;
        };
    }

    private static String policy(Verdict v) {
        return v.entry() == Entry.CLUSTER_IP ? "internalTrafficPolicy" : "externalTrafficPolicy";
    }

    static String ip(int bits) {
        return new Ipv4(bits).toString();
    }

    private static String protocolSuffix(String protocol) {
        return "TCP".equals(protocol) ? "" : "/" + protocol;
    }

    /** Virtual time as HH:MM:SS since the cluster started. */
    static String clock(long millis) {
        long s = millis / 1000;
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
