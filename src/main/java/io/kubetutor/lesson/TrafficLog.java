package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The requests a step has seen: every trace the session published since the step opened (the
 * learner's, the console's, the step's own, a burst's traced ones), in order. Goals about traffic
 * read only this — nothing is sent to check a goal unless the learner asks.
 */
final class TrafficLog {
    /** Beyond this the oldest requests are forgotten; goals read the latest few. */
    static final int LIMIT = 5000;

    private final List<Observed> seen = new ArrayList<>();
    private int numbered;
    private long burstSeq = -1;
    private SessionState latest;

    /** Forgets every request (a step opens). */
    void clear() {
        seen.clear();
        numbered = 0;
    }

    /** Takes the traces of one published state; call with every state, in order. */
    void observe(SessionState s) {
        if (latest != null && s.burst() != null && s.burstSeq() != burstSeq) {
            s.burst().traced().forEach(t -> add(t, s));
        }
        burstSeq = s.burstSeq();
        latest = s;
        for (Trace t : s.newTraces()) {
            add(t, s);
        }
    }

    SessionState latest() {
        return latest;
    }

    List<Observed> all() {
        return List.copyOf(seen);
    }

    private void add(Trace t, SessionState s) {
        ClusterSnapshot snap = s.snapshot();
        String senderNs = null;
        Map<String, String> senderLabels = Map.of();
        String senderIp = machineIp(s.topology(), t.from());
        if (senderIp == null) {
            Pod sender = senderPod(snap, t.from());
            senderIp = "";
            if (sender != null) {
                senderNs = sender.namespace();
                senderLabels = sender.metadata().labels();
                senderIp = sender.status().podIP();
            }
        }
        Map<String, String> podLabels = Map.of();
        if (t.pod() != null) {
            podLabels = snap.get(Pod.class, t.podNamespace(), t.pod()).map(p -> p.metadata().labels()).orElse(Map.of());
        }
        seen.add(new Observed(++numbered, t, senderNs, senderLabels, senderIp, podLabels));
        if (seen.size() > LIMIT) {
            seen.remove(0);
        }
    }

    static String machineIp(ClusterTopology topology, String name) {
        for (ClusterTopology.Client c : topology.clients()) {
            if (c.name().equals(name)) {
                return c.ip();
            }
        }
        for (ClusterTopology.Node n : topology.nodes()) {
            if (n.name().equals(name)) {
                return n.ip();
            }
        }
        return null;
    }

    /** The pod a trace names as its sender (by name; the namespace {@code default} first). */
    private static Pod senderPod(ClusterSnapshot snap, String name) {
        Pod found = null;
        for (Pod p : snap.all(Pod.class)) {
            if (p.name().equals(name) && (found == null || p.namespace().equals("default"))) {
                found = p;
            }
        }
        return found;
    }
}
