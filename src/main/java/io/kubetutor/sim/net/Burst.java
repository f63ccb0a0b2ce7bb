package io.kubetutor.sim.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many requests sent at once, and how they spread: requests per pod, per entry node and per
 * outcome. The first {@code traced} requests keep their full traces (hops and reasons); every
 * request keeps its compact record (outcome, pod, entry node, source seen) in primitive arrays, a
 * few bytes each, so a burst of 100,000 stays small. {@link #trace(int)} gives any request's trace,
 * without hops beyond the traced ones.
 */
public final class Burst {
    private final int count;
    private final List<Trace> traced;
    private final byte[] outcomes;
    private final int[] podIdx;
    private final int[] nodeIdx;
    private final int[] seenIdx;
    private final List<String> pods;
    private final List<String> nodes;
    private final List<String> seen;
    private final RequestKind kind;
    private final String to;

    private Burst(Builder b) {
        this.count = b.n;
        this.traced = List.copyOf(b.traced);
        this.outcomes = b.outcomes;
        this.podIdx = b.podIdx;
        this.nodeIdx = b.nodeIdx;
        this.seenIdx = b.seenIdx;
        this.pods = List.copyOf(b.pods.keys);
        this.nodes = List.copyOf(b.nodes.keys);
        this.seen = List.copyOf(b.seen.keys);
        this.kind = b.kind;
        this.to = b.to;
    }

    public int count() {
        return count;
    }

    /** The fully recorded traces (the first ones sent). */
    public List<Trace> traced() {
        return traced;
    }

    /** Request {@code i}'s trace: full when it was traced, else its compact record without hops. */
    public Trace trace(int i) {
        if (i < traced.size()) {
            return traced.get(i);
        }
        String pod = podIdx[i] < 0 ? null : pods.get(podIdx[i]);
        String ns = pod == null ? null : pod.substring(0, pod.indexOf('/'));
        return new Trace(kind, "", to, Outcome.values()[outcomes[i]], List.of(),
                pod == null ? null : pod.substring(pod.indexOf('/') + 1), ns, null,
                nodeIdx[i] < 0 ? null : nodes.get(nodeIdx[i]), null, seenIdx[i] < 0 ? null : seen.get(seenIdx[i]),
                null, null, null, null, Reason.NONE, 0, null);
    }

    /** Requests per serving pod ("namespace/name"), in the order pods were first hit. */
    public Map<String, Integer> perPod() {
        return tally(podIdx, pods);
    }

    /** Requests per node where they entered the cluster. */
    public Map<String, Integer> perEntryNode() {
        return tally(nodeIdx, nodes);
    }

    /** Requests per source address the pods saw. */
    public Map<String, Integer> perSourceSeen() {
        return tally(seenIdx, seen);
    }

    public Map<Outcome, Integer> perOutcome() {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        for (byte o : outcomes) {
            out.merge(Outcome.values()[o], 1, Integer::sum);
        }
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Integer> tally(int[] idx, List<String> names) {
        int[] counts = new int[names.size()];
        for (int i = 0; i < count; i++) {
            if (idx[i] >= 0) {
                counts[idx[i]]++;
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            out.put(names.get(i), counts[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Interns strings to small indexes. */
    private static final class Names {
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int of(String s) {
            if (s == null) {
                return -1;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = keys.size();
                keys.add(s);
                index.put(s, i);
            }
            return i;
        }
    }

    static final class Builder {
        private final int n;
        private final RequestKind kind;
        private final String to;
        private final List<Trace> traced = new ArrayList<>();
        private final byte[] outcomes;
        private final int[] podIdx;
        private final int[] nodeIdx;
        private final int[] seenIdx;
        private final Names pods = new Names();
        private final Names nodes = new Names();
        private final Names seen = new Names();
        private int next;

        Builder(int n, RequestKind kind, String to) {
            this.n = n;
            this.kind = kind;
            this.to = to;
            outcomes = new byte[n];
            podIdx = new int[n];
            nodeIdx = new int[n];
            seenIdx = new int[n];
        }

        void add(Trace t, boolean keep) {
            int i = next++;
            if (keep) {
                traced.add(t);
            }
            outcomes[i] = (byte) t.outcome().ordinal();
            podIdx[i] = pods.of(t.podKey());
            nodeIdx[i] = nodes.of(t.entryNode());
            seenIdx[i] = seen.of(t.sourceIpSeenByPod());
        }

        Burst build() {
            return new Burst(this);
        }
    }
}
