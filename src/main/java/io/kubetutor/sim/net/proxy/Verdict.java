package io.kubetutor.sim.net.proxy;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.sim.net.Reason;

/**
 * What one node's kube-proxy rules did with one packet. Immutable; {@link #because()} builds the
 * plain-words explanation only when asked, so routing itself builds no text.
 *
 * @param kind what happened to the packet
 * @param cause why (finer than {@code kind}: a DROP may be "no local endpoints" or "port not exposed")
 * @param entry how the packet was captured; null for {@link Kind#NO_RULE}
 * @param rule the service port that captured it; null for NO_RULE and PORT_NOT_EXPOSED
 * @param service the Service concerned (also for PORT_NOT_EXPOSED); null for NO_RULE
 * @param endpoint the endpoint the packet is DNATed to; null unless DNAT
 * @param position 0-based position of {@code endpoint} in the set it was picked from; -1 unless DNAT
 * @param n the size of that set; 0 unless DNAT
 * @param pinnedUntilMillis virtual time the ClientIP pin now lasts until; -1 without affinity
 * @param masqueradeWhy why the packet is SNATed, {@link Masquerade#NONE} when it is not
 * @param localOnly only this node's endpoints were eligible (a Local traffic policy applied)
 * @param podTrafficShortCircuit pod traffic to an external destination skipped externalTrafficPolicy Local
 * @param terminatingFallback the set held serving, terminating endpoints because none was ready
 * @param localFallbackToCluster IPVS: a Local policy found no local endpoint and used all endpoints
 * @param replyLost IPVS: forwarded without SNAT to another node's endpoint under externalTrafficPolicy
 *                  Local; the reply comes from the pod's address and the client discards it
 */
public record Verdict(Kind kind, Cause cause, ClusterTopology.ProxyMode mode, String node, Origin origin,
                      int srcIp, int dstIp, int dstPort, String protocol, long nowMillis,
                      Entry entry, ServicePortRule rule, Service service,
                      ProxyEndpoint endpoint, int position, int n, PickedBy pickedBy, long pinnedUntilMillis,
                      Masquerade masqueradeWhy, boolean localOnly, boolean podTrafficShortCircuit,
                      boolean terminatingFallback, boolean localFallbackToCluster, boolean replyLost) {

    public enum Kind {
        /** No kube-proxy rule matched: the packet is routed normally. */
        NO_RULE,
        /** Refused: the client gets ICMP port unreachable (connection refused). */
        REJECT,
        /** Silently dropped: the client waits until it times out. */
        DROP,
        /** Destination rewritten to {@link #endpoint()}. */
        DNAT
    }

    public enum Cause {
        NO_RULE,
        ENDPOINT_PICKED,
        /** A Service address on a port (or protocol) the Service does not expose. */
        PORT_NOT_EXPOSED,
        /** No ready and no serving-terminating endpoint anywhere. */
        NO_ENDPOINTS,
        /** A Local traffic policy and no usable endpoint on this node. */
        NO_LOCAL_ENDPOINTS,
        /** A load-balancer IP reached from outside loadBalancerSourceRanges. */
        SOURCE_NOT_ALLOWED
    }

    public enum Entry {
        CLUSTER_IP, NODE_PORT, EXTERNAL_IP, LOAD_BALANCER_IP
    }

    public enum PickedBy {
        /** iptables' statistic-module cascade. */
        RANDOM,
        /** IPVS's rr scheduler. */
        ROUND_ROBIN,
        /** A live ClientIP affinity pin (iptables recent list, IPVS persistence). */
        AFFINITY
    }

    public enum Masquerade {
        NONE,
        /** externalTrafficPolicy Cluster: "masquerade traffic for ... external destinations". */
        EXTERNAL_TRAFFIC_CLUSTER,
        /** The node itself sent it (its own address is the source; --src-type LOCAL). */
        HOST_ORIGINATED,
        /** A ClusterIP reached from outside the pod network (the local detector's "not local"). */
        OFF_CLUSTER_SOURCE,
        /** The chosen endpoint is the sender itself (the endpoint chain's -s podIP rule). */
        HAIRPIN
    }

    /** Whether the packet is marked for SNAT (KUBE-MARK-MASQ). */
    public boolean masquerade() {
        return masqueradeWhy != Masquerade.NONE;
    }

    /**
     * The --probability of the iptables rule that matched, formatted as kube-proxy does
     * ({@code %0.10f} of 1/(n-position)); null for the last rule, a single endpoint, an affinity or
     * round-robin pick, or no pick at all.
     */
    public String probability() {
        if (kind != Kind.DNAT || pickedBy != PickedBy.RANDOM || position >= n - 1) {
            return null;
        }
        return Probabilities.text(n - position);
    }

    /** The iptables rule comment of a REJECT or DROP kube-proxy wrote (without quotes); null otherwise. */
    public String ruleComment() {
        if (rule == null || mode != ClusterTopology.ProxyMode.IPTABLES) {
            return null;
        }
        return switch (cause) {
            case NO_ENDPOINTS -> rule.servicePortName() + " has no endpoints";
            case NO_LOCAL_ENDPOINTS -> rule.servicePortName() + " has no local endpoints";
            default -> null;
        };
    }

    /** The explanation in plain words, one fact per line, built on each call. */
    public String reason() {
        return because().english();
    }

    /** The explanation as a reason the window words in its language: one fact per line. */
    public Reason because() {
        return Reason.join(Reason.LINES, VerdictText.lines(this, true));
    }

    /**
     * The explanation without its masquerade line (the SNAT hop tells that), its facts on one line
     * joined by "; ": what the DNAT hop and a request's summary say.
     */
    public Reason becauseOnOneLine() {
        return Reason.join(Reason.SEMICOLON, VerdictText.lines(this, false));
    }
}
