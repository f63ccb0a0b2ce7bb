package io.kubetutor.sim.net;

import io.kubetutor.sim.net.app.AppReply;
import io.kubetutor.sim.net.app.HttpResponse;
import io.kubetutor.sim.net.dns.Resolution;
import io.kubetutor.sim.net.ingress.IngressRoute;
import io.kubetutor.sim.net.proxy.Verdict;
import java.util.List;

/**
 * One request's journey, immutable: the hops in order (there and back), how it ended, which pod
 * served it and what that pod saw as the source. {@code hops} is empty for a request routed without
 * recording (the bulk of a burst); every other field is always filled.
 *
 * @param pod            the pod that took the request ("namespace/name" form is {@link #podKey()}), null if none
 * @param podNamespace   its namespace, null if none
 * @param node           the node that pod runs on, null if none
 * @param entryNode      the node where the request entered the cluster from outside (or the sender's node)
 * @param podAddress     the pod address:port the connection reached, null if none
 * @param sourceIpSeenByPod the source address the pod saw, null if none
 * @param reply          what the app answered (an HTTP response or a non-HTTP reaction), null if none
 * @param dns            the DNS lookup made first, null if none
 * @param verdict        kube-proxy's decision for the Service hop, null if none ("why this pod?")
 * @param ingress        the ingress controller's routing, null if none
 * @param summaryBecause how it ended, as a reason the window words in its language ({@link Reason#NONE}
 *                       when not recorded); {@link #summary()} is its English
 * @param at             virtual time the request was sent
 * @param connectedTo    the address:port the client sent to (after DNS), null when it never sent
 */
public record Trace(RequestKind kind, String from, String to, Outcome outcome, List<Hop> hops, String pod,
                    String podNamespace, String node, String entryNode, HostPort podAddress,
                    String sourceIpSeenByPod, AppReply reply, Resolution dns, Verdict verdict,
                    IngressRoute ingress, Reason summaryBecause, long at, HostPort connectedTo) {
    public Trace {
        hops = List.copyOf(hops);
    }

    /** A trace whose summary is only a text, kept as it is in every language ("" for none). */
    public Trace(RequestKind kind, String from, String to, Outcome outcome, List<Hop> hops, String pod,
                 String podNamespace, String node, String entryNode, HostPort podAddress,
                 String sourceIpSeenByPod, AppReply reply, Resolution dns, Verdict verdict,
                 IngressRoute ingress, String summary, long at, HostPort connectedTo) {
        this(kind, from, to, outcome, hops, pod, podNamespace, node, entryNode, podAddress, sourceIpSeenByPod, reply,
                dns, verdict, ingress, summary.isEmpty() ? Reason.NONE : Reason.literal(summary), at, connectedTo);
    }

    /** How it ended, in the simulator's English ("" when not recorded). */
    public String summary() {
        return summaryBecause.english();
    }

    /** "namespace/name" of the serving pod, or null. */
    public String podKey() {
        return pod == null ? null : podNamespace + "/" + pod;
    }

    /** The HTTP status the client got, 0 when it got no HTTP response. */
    public int httpStatus() {
        return reply instanceof HttpResponse r ? r.status() : 0;
    }
}
