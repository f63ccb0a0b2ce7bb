package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.net.proxy.Verdict.Entry;
import io.kubetutor.sim.net.proxy.Verdict.Kind;
import io.kubetutor.sim.net.proxy.Verdict.Masquerade;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import java.util.ArrayList;
import java.util.List;

/** The plain-words explanation of a {@link Verdict}, one fact per line; built only when asked for. */
final class VerdictText {
    private VerdictText() {
    }

    static String reason(Verdict v) {
        StringBuilder b = new StringBuilder("kube-proxy on ").append(v.node()).append(": ");
        if (v.kind() == Kind.NO_RULE) {
            b.append("no rule matches ").append(ip(v.dstIp()));
            if (ProxyRules.protocolCode(v.protocol()) != 0) {
                b.append(':').append(v.dstPort());
            }
            return b.append(protocolSuffix(v.protocol())).append(", so the packet is routed normally").toString();
        }
        b.append(entry(v));
        switch (v.cause()) {
            case PORT_NOT_EXPOSED -> portNotExposed(b, v);
            case NO_ENDPOINTS -> noEndpoints(b, v);
            case NO_LOCAL_ENDPOINTS -> noLocalEndpoints(b, v);
            case SOURCE_NOT_ALLOWED -> b.append(" → Service ").append(v.rule().servicePortName()).append('\n')
                    .append("source ").append(ip(v.srcIp())).append(" is not in loadBalancerSourceRanges ")
                    .append(v.rule().loadBalancerSourceRanges())
                    .append(": dropped by KUBE-PROXY-FIREWALL (the client times out)");
            default -> picked(b, v);
        }
        return b.toString();
    }

    private static String entry(Verdict v) {
        String suffix = protocolSuffix(v.protocol());
        return switch (v.entry()) {
            case CLUSTER_IP -> "ClusterIP " + ip(v.dstIp()) + ":" + v.dstPort() + suffix;
            case NODE_PORT -> "NodePort " + v.dstPort() + suffix;
            case EXTERNAL_IP -> "externalIP " + ip(v.dstIp()) + ":" + v.dstPort() + suffix;
            case LOAD_BALANCER_IP -> "load balancer IP " + ip(v.dstIp()) + ":" + v.dstPort() + suffix;
        };
    }

    private static void portNotExposed(StringBuilder b, Verdict v) {
        Service s = v.service();
        b.append(" → Service ").append(s.metadata().namespace()).append('/').append(s.metadata().name());
        if (ProxyRules.protocolCode(v.protocol()) == 0) {
            b.append(": kube-proxy's rules match only TCP, UDP and SCTP, not ").append(v.protocol()).append('\n');
        } else {
            b.append(" does not expose ").append(v.dstPort()).append('/').append(v.protocol())
                    .append(" (it exposes ").append(exposed(s)).append(")\n");
        }
        if (v.mode() == ProxyMode.IPVS) {
            b.append("KUBE-IPVS-FILTER rejects new connections to ports of Service addresses that no Service uses "
                    + "(connection refused)");
        } else {
            b.append("no iptables rule matches, so the packet is not translated, leaves by the default route and "
                    + "nothing answers: the connection times out (the iptables mode has no reject rule for unused "
                    + "ports of a Service IP; the nftables and IPVS modes reject them)");
        }
    }

    private static String exposed(Service s) {
        List<String> ports = new ArrayList<>();
        for (ServicePort p : s.spec().ports()) {
            ports.add(p.port() + "/" + (p.protocol().isEmpty() ? "TCP" : p.protocol()));
        }
        return ports.isEmpty() ? "no ports" : String.join(", ", ports);
    }

    private static void noEndpoints(StringBuilder b, Verdict v) {
        String spn = v.rule().servicePortName();
        b.append(" → Service ").append(spn).append('\n');
        b.append("Service ").append(spn).append(" has no endpoints: kube-proxy rejects (connection refused)");
        if (v.mode() == ProxyMode.IPVS) {
            b.append(" — the IPVS virtual server has no real servers, so IPVS answers ICMP port unreachable");
        } else {
            b.append(" — REJECT rule \"").append(v.ruleComment()).append('"');
        }
        int total = v.rule().endpoints().size();
        if (total > 0) {
            b.append('\n').append(total).append(total == 1 ? " endpoint is" : " endpoints are")
                    .append(" listed, but none is ready, nor serving while terminating");
        }
    }

    private static void noLocalEndpoints(StringBuilder b, Verdict v) {
        String policy = v.entry() == Entry.CLUSTER_IP ? "internalTrafficPolicy" : "externalTrafficPolicy";
        b.append(" → Service ").append(v.rule().servicePortName()).append('\n');
        b.append("no local endpoint on ").append(v.node()).append(" under ").append(policy)
                .append(" Local: dropped (\"").append(v.ruleComment()).append("\"); the client waits until it times out");
    }

    private static void picked(StringBuilder b, Verdict v) {
        ProxyEndpoint ep = v.endpoint();
        b.append(" → Service ").append(v.rule().servicePortName()).append("; ");
        if (v.n() == 1) {
            b.append("picked its only endpoint");
        } else {
            b.append("picked endpoint ").append(v.position() + 1).append(" of ").append(v.n());
            if (v.pickedBy() == PickedBy.ROUND_ROBIN) {
                b.append(" by round robin");
            } else if (v.pickedBy() == PickedBy.AFFINITY) {
                b.append(" by ClientIP affinity");
            } else if (v.probability() != null) {
                b.append(", probability ").append(v.probability());
            } else {
                b.append(", the last rule, which always matches");
            }
        }
        b.append(" (").append(ep.address()).append(')');
        affinity(b, v);
        policies(b, v);
        masquerade(b, v);
    }

    private static void affinity(StringBuilder b, Verdict v) {
        if (v.pinnedUntilMillis() < 0) {
            return;
        }
        String who = v.endpoint().label();
        b.append("\nClientIP affinity").append(v.mode() == ProxyMode.IPVS ? " (IPVS persistence)" : "").append(": ")
                .append(ip(v.srcIp()));
        if (v.pickedBy() == PickedBy.AFFINITY) {
            b.append(" is pinned to ").append(who).append("; the pin is renewed until ");
        } else {
            b.append(" pinned to ").append(who).append(" until ");
        }
        b.append(clock(v.pinnedUntilMillis()));
    }

    private static void policies(StringBuilder b, Verdict v) {
        String policy = v.entry() == Entry.CLUSTER_IP ? "internalTrafficPolicy" : "externalTrafficPolicy";
        if (v.localOnly()) {
            b.append('\n').append(policy).append(" Local: only endpoints on ").append(v.node()).append(" are eligible");
            if (v.entry() != Entry.CLUSTER_IP && !v.masquerade()) {
                b.append("; no SNAT, so the pod sees the client address ").append(ip(v.srcIp()));
            }
        }
        if (v.podTrafficShortCircuit()) {
            b.append("\npod traffic for ").append(v.rule().servicePortName()).append(" external destinations: a pod's "
                    + "packet skips externalTrafficPolicy Local and may go to any endpoint");
        }
        if (v.localFallbackToCluster()) {
            b.append('\n').append(policy).append(" Local, but ").append(v.node())
                    .append(" has no endpoint: IPVS uses all endpoints instead");
            b.append(v.entry() == Entry.CLUSTER_IP ? " (the iptables mode would drop)" : "");
        }
        if (v.replyLost()) {
            b.append("\nthe packet reaches ").append(v.endpoint().ip()).append(" without SNAT; the reply comes from the "
                    + "pod's own address, which the client does not expect, so it discards it: the connection times out");
        }
        if (v.terminatingFallback()) {
            b.append("\nno ready endpoint").append(v.localOnly() ? " on " + v.node() : "")
                    .append(": kube-proxy falls back to the ").append(v.n()).append(" serving, terminating endpoint")
                    .append(v.n() == 1 ? "" : "s");
        }
    }

    private static void masquerade(StringBuilder b, Verdict v) {
        Masquerade m = v.masqueradeWhy();
        if (m == Masquerade.NONE) {
            return;
        }
        b.append("\nmasquerade: ");
        b.append(switch (m) {
            case EXTERNAL_TRAFFIC_CLUSTER -> "externalTrafficPolicy Cluster SNATs the packet to " + v.node()
                    + "'s address, so the pod does not see the client address " + ip(v.srcIp());
            case HOST_ORIGINATED -> "the node itself sent the packet, so it is SNATed to the node's address";
            case OFF_CLUSTER_SOURCE -> ip(v.srcIp()) + " is outside the pod network, so the packet is SNATed to "
                    + v.node() + "'s address";
            case HAIRPIN -> "hairpin: the pod reached itself through the Service, so the packet is SNATed to the "
                    + "node's address";
            case NONE -> "";
        });
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
