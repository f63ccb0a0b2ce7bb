package io.kubetutor.sim.net;

import io.kubetutor.sim.net.app.AppReply;
import io.kubetutor.sim.net.dns.Resolution;
import io.kubetutor.sim.net.ingress.IngressRoute;
import io.kubetutor.sim.net.proxy.Verdict;

/** What one request has met so far while it is routed; becomes a {@link Trace} at the end. */
final class Journey {
    final Source source;
    final Target target;
    final RequestKind kind;
    final Recorder rec;
    final long at;
    Outcome outcome;
    Reason summary = Reason.NONE;
    World.PodNet pod;
    String entryNode;
    HostPort podAddress;
    String sourceSeen;
    AppReply reply;
    Resolution dns;
    Verdict verdict;
    IngressRoute ingress;
    HostPort connectedTo;
    /** Extra request headers the client sends (curl -H), by name; a Host here overrides the URL's. */
    java.util.Map<String, String> headers = java.util.Map.of();

    Journey(Source source, Target target, RequestKind kind, Recorder rec, long at) {
        this.source = source;
        this.target = target;
        this.kind = kind;
        this.rec = rec;
        this.at = at;
    }

    /** Ends the journey (the first ending counts); the summary is only built when recording. */
    void end(Outcome o, java.util.function.Supplier<Reason> why) {
        if (outcome == null) {
            outcome = o;
            if (rec.isOn()) {
                summary = why.get();
            }
        }
    }

    Trace trace() {
        return new Trace(kind, source.name(), target.text(), outcome, rec.hops(),
                pod == null ? null : pod.name(), pod == null ? null : pod.namespace(),
                pod == null ? null : pod.node, entryNode, podAddress, sourceSeen, reply, dns, verdict, ingress,
                summary, at, connectedTo);
    }
}
