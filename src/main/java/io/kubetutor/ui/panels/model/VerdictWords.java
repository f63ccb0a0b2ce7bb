package io.kubetutor.ui.panels.model;

import io.kubetutor.model.Ipv4;
import io.kubetutor.sim.net.proxy.ProxyEndpoint;
import io.kubetutor.sim.net.proxy.Verdict;
import io.kubetutor.sim.net.proxy.Verdict.Entry;
import io.kubetutor.sim.net.proxy.Verdict.PickedBy;
import io.kubetutor.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * kube-proxy's decision in short phrases of the window's language, from the Verdict's fields (its
 * own explanation, {@link Verdict#because()}, is shown next to these in full by {@link ReasonWords}).
 */
public final class VerdictWords {
    private VerdictWords() {
    }

    /**
     * How the packet was captured: {@code NodePort 30080}, {@code ClusterIP 10.96.0.15:80}. The
     * Kubernetes terms stay in English in every language; only "load balancer IP" is translated.
     */
    public static String entry(Verdict v, Messages m) {
        String addr = ip(v.dstIp()) + ":" + v.dstPort();
        return switch (v.entry()) {
            case CLUSTER_IP -> "ClusterIP " + addr;
            case NODE_PORT -> "NodePort " + v.dstPort();
            case EXTERNAL_IP -> "externalIP " + addr;
            case LOAD_BALANCER_IP -> m.format("panels.entry.LOAD_BALANCER_IP", addr);
        };
    }

    /** The traffic policy that decided which endpoints were eligible. */
    public static String policyName(Verdict v) {
        return v.entry() == Entry.CLUSTER_IP ? "internalTrafficPolicy" : "externalTrafficPolicy";
    }

    /** "web-7p4j7 (10.244.2.2:8080)" or just the address for an endpoint without a pod. */
    public static String endpoint(ProxyEndpoint e) {
        return e.podName() == null || e.podName().isEmpty() ? e.address() : e.podName() + " (" + e.address() + ")";
    }

    /** How the endpoint was picked: random with its chance, round robin, or the affinity pin. */
    public static List<String> choice(Verdict v, Messages m) {
        List<String> out = new ArrayList<>();
        if (v.kind() != Verdict.Kind.DNAT) {
            return out;
        }
        String who = v.endpoint().label();
        if (v.pickedBy() == PickedBy.AFFINITY) {
            out.add(m.format("panels.choice.affinity", ip(v.srcIp()), who, TraceFacts.clock(v.pinnedUntilMillis())));
            return out;
        }
        if (v.n() == 1) {
            out.add(m.text("panels.choice.only"));
        } else if (v.pickedBy() == PickedBy.ROUND_ROBIN) {
            out.add(m.format("panels.choice.roundRobin", v.position() + 1, v.n()));
        } else {
            out.add(m.format("panels.choice.random", v.position() + 1, v.n()));
            out.add(v.probability() == null ? m.text("panels.choice.lastRule")
                    : m.format("panels.choice.probability", v.probability()));
        }
        if (v.pinnedUntilMillis() >= 0) {
            out.add(m.format("panels.choice.pinned", ip(v.srcIp()), who, TraceFacts.clock(v.pinnedUntilMillis())));
        }
        return out;
    }

    /** The traffic-policy facts that narrowed or widened the eligible endpoints. */
    public static List<String> policies(Verdict v, Messages m) {
        List<String> out = new ArrayList<>();
        String policy = policyName(v);
        if (v.localOnly()) {
            out.add(m.format("panels.policy.localOnly", policy, v.node()));
        } else if (v.rule() != null && v.kind() == Verdict.Kind.DNAT) {
            out.add(m.format("panels.policy.cluster", policy));
        }
        if (v.podTrafficShortCircuit()) {
            out.add(m.text("panels.policy.podShortCircuit"));
        }
        if (v.localFallbackToCluster()) {
            out.add(m.format("panels.policy.ipvsFallback", policy, v.node()));
        }
        if (v.terminatingFallback()) {
            out.add(m.format("panels.policy.terminatingFallback", v.n()));
        }
        if (v.replyLost()) {
            out.add(m.format("panels.policy.replyLost"));
        }
        return out;
    }

    /** Why the packet was SNATed, or null when it was not. */
    public static String masquerade(Verdict v, Messages m) {
        if (!v.masquerade()) {
            return null;
        }
        return m.format("panels.masquerade." + v.masqueradeWhy().name(), v.node(), ip(v.srcIp()));
    }

    /** Why kube-proxy sent the packet nowhere (DROP, REJECT, no rule); null for a DNAT. */
    public static String refusal(Verdict v, Messages m) {
        return switch (v.cause()) {
            case ENDPOINT_PICKED -> null;
            case NO_RULE -> m.format("panels.cause.NO_RULE", ip(v.dstIp()) + ":" + v.dstPort());
            case NO_LOCAL_ENDPOINTS -> m.format("panels.cause.NO_LOCAL_ENDPOINTS", policyName(v), v.node());
            default -> m.text("panels.cause." + v.cause().name());
        };
    }

    static String ip(int bits) {
        return new Ipv4(bits).toString();
    }
}
