package io.kubetutor.ui.panels.model;

import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.ProxyEndpoint;
import io.kubetutor.sim.net.proxy.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A burst as bars: requests per pod (sorted by pod name, with the Service's ready pods that got
 * none), per entry node, and per outcome; plus why the spread is uneven when it is more uneven than
 * chance explains.
 *
 * @param total     requests sent
 * @param pods      one bar per pod, percentages of the requests that reached a pod (they sum to 100)
 * @param nodes     one bar per entry node, percentages of the requests that entered a node
 * @param outcomes  how many ended each way, in {@link Outcome} order, only those that occurred
 * @param uneven    why the pods' shares differ, or null when they look even
 * @param podsPerNode for {@link Uneven#LOCAL_POLICY}: the eligible pods on each node, by node name
 */
public record BurstBars(int total, List<Bar> pods, List<Bar> nodes, Map<Outcome, Integer> outcomes, Uneven uneven,
                        Map<String, Integer> podsPerNode) {
    public BurstBars {
        pods = List.copyOf(pods);
        nodes = List.copyOf(nodes);
        outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        podsPerNode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(podsPerNode));
    }

    /**
     * One bar. {@code share} is count divided by the largest count in its group (the longest bar is
     * full width); {@code percent} is the whole-number percentage, rounded so a group sums to 100.
     */
    public record Bar(String label, int count, int percent, double share) {
    }

    /** What made the spread uneven, as far as the traced requests tell. */
    public enum Uneven {
        /** A Local traffic policy: each node sends only to its own pods. */
        LOCAL_POLICY,
        /** ClientIP session affinity pinned the client to one pod. */
        AFFINITY,
        /** A browser's kept-alive connection stays on the pod it first reached. */
        KEEP_ALIVE,
        /** None of the above: more uneven than random picks usually are. */
        UNEXPLAINED
    }

    public static BurstBars of(Burst b) {
        Map<String, Integer> perPod = new TreeMap<>();
        for (Map.Entry<String, Integer> e : b.perPod().entrySet()) {
            perPod.put(podName(e.getKey()), e.getValue());
        }
        for (String pod : servicePods(b)) {
            perPod.putIfAbsent(pod, 0);
        }
        List<Bar> pods = bars(perPod);
        List<Bar> nodes = bars(new TreeMap<>(b.perEntryNode()));
        Map<Outcome, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            int n = b.perOutcome().getOrDefault(o, 0);
            if (n > 0) {
                outcomes.put(o, n);
            }
        }
        Map<String, Integer> podsPerNode = podsPerNode(b);
        return new BurstBars(b.count(), pods, nodes, outcomes, uneven(b, pods), podsPerNode);
    }

    /** Bars with whole percentages by the largest-remainder method, so they sum to exactly 100. */
    static List<Bar> bars(Map<String, Integer> counts) {
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> labels = new ArrayList<>(counts.keySet());
        int[] percent = new int[labels.size()];
        if (sum > 0) {
            double[] rest = new double[labels.size()];
            int given = 0;
            for (int i = 0; i < labels.size(); i++) {
                double exact = counts.get(labels.get(i)) * 100.0 / sum;
                percent[i] = (int) Math.floor(exact);
                rest[i] = exact - percent[i];
                given += percent[i];
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparing(i -> i));
            for (int k = 0; k < 100 - given; k++) {
                percent[order.get(k % order.size())]++;
            }
        }
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int c = counts.get(labels.get(i));
            out.add(new Bar(labels.get(i), c, percent[i], max == 0 ? 0 : (double) c / max));
        }
        return out;
    }

    /**
     * The ready pods of the Service the burst went to, from a traced request's kube-proxy rule, so a
     * pod that got nothing still shows (as an empty bar). Not for ingress: its rule is the controller's.
     */
    private static List<String> servicePods(Burst b) {
        for (Trace t : b.traced()) {
            Verdict v = t.verdict();
            if (t.ingress() == null && v != null && v.rule() != null) {
                List<String> out = new ArrayList<>();
                for (ProxyEndpoint e : v.rule().endpoints()) {
                    if (e.ready() && e.podName() != null && !e.podName().isEmpty()) {
                        out.add(e.podName());
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    private static Map<String, Integer> podsPerNode(Burst b) {
        Map<String, Integer> out = new TreeMap<>();
        for (Trace t : b.traced()) {
            Verdict v = t.verdict();
            if (t.ingress() == null && v != null && v.rule() != null) {
                for (ProxyEndpoint e : v.rule().endpoints()) {
                    if (e.ready() && e.nodeName() != null) {
                        out.merge(e.nodeName(), 1, Integer::sum);
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * Uneven when some pod's share is further from 1/n than both three binomial standard deviations
     * (what chance alone rarely reaches) and five percentage points (what a class would notice).
     */
    static Uneven uneven(Burst b, List<Bar> pods) {
        int n = pods.size();
        int sum = pods.stream().mapToInt(Bar::count).sum();
        if (n < 2 || sum == 0) {
            return null;
        }
        double p = 1.0 / n;
        double limit = Math.max(3 * Math.sqrt(p * (1 - p) / sum), 0.05);
        boolean uneven = pods.stream().anyMatch(bar -> Math.abs((double) bar.count() / sum - p) > limit);
        if (!uneven) {
            return null;
        }
        for (Trace t : b.traced()) {
            if (t.kind() == RequestKind.KEEP_ALIVE) {
                return Uneven.KEEP_ALIVE;
            }
            Verdict v = t.verdict();
            if (v != null && t.ingress() == null && v.pinnedUntilMillis() >= 0) {
                return Uneven.AFFINITY;
            }
            if (v != null && t.ingress() == null && v.localOnly()) {
                return Uneven.LOCAL_POLICY;
            }
        }
        return Uneven.UNEXPLAINED;
    }

    private static String podName(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
