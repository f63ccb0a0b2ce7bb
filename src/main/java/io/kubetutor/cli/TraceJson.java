package io.kubetutor.cli;

import io.kubetutor.model.GoValues;
import io.kubetutor.sim.net.Hop;
import io.kubetutor.sim.net.Trace;

/**
 * The {@code trace --json} line of one request, with exactly DESIGN.md's keys in its order:
 * outcome, pod, node, podAddress, sourceIpSeenByPod, hops (at, action, src, dst, reason). An ICMP
 * packet has no port, so its addresses are bare IPs.
 */
final class TraceJson {
    private TraceJson() {
    }

    static String line(Trace t) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"outcome\": ").append(str(t.outcome().text()));
        b.append(", \"pod\": ").append(str(t.pod()));
        b.append(", \"node\": ").append(str(t.node()));
        b.append(", \"podAddress\": ").append(str(t.podAddress() == null ? null : t.podAddress().toString()));
        b.append(", \"sourceIpSeenByPod\": ").append(str(t.sourceIpSeenByPod()));
        b.append(", \"hops\": [");
        boolean first = true;
        for (Hop h : t.hops()) {
            b.append(first ? "" : ", ");
            first = false;
            b.append("{\"at\": ").append(str(h.at().name()));
            b.append(", \"action\": ").append(str(h.action().text()));
            b.append(", \"src\": ").append(str(h.src().toString()));
            b.append(", \"dst\": ").append(str(h.dst().toString()));
            b.append(", \"reason\": ").append(str(h.reason())).append('}');
        }
        return b.append("]}").toString();
    }

    /** A JSON string as Go's encoding/json writes it, or null. */
    static String str(String s) {
        return GoValues.json(s);
    }
}
