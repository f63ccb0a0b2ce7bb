package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Places pods on nodes as the default scheduler would for pods without resource requests: a
 * control-plane node is tainted, a node takes at most 110 pods (the kubelet's default maxPods),
 * and among the nodes that fit it prefers the one with the fewest pods of the same owner
 * (topology spreading), then the fewest pods at all; equal nodes are chosen at random with the
 * simulation's seeded generator, as the scheduler picks among equal scores.
 */
final class Scheduler {
    static final int MAX_PODS = 110;
    static final String CONTROL_PLANE_TAINT = "{node-role.kubernetes.io/control-plane: }";

    /** One node as the scheduler and the kubelet's IPAM see it. */
    static final class NodeState {
        final ClusterTopology.Node node;
        final PodAddresses addresses;
        int pods;
        final Map<String, Integer> podsByOwner = new HashMap<>();

        NodeState(ClusterTopology.Node node) {
            this.node = node;
            this.addresses = new PodAddresses(Ipv4.Cidr.parse(node.podCIDR()).orElseThrow(
                    () -> new IllegalArgumentException("node " + node.name() + " has no valid podCIDR")));
        }
    }

    /** Where a pod goes: a node, or why none fits (the FailedScheduling message). */
    record Placement(String node, String failure) {
    }

    private final Map<String, NodeState> nodes = new LinkedHashMap<>();
    private final RandomGenerator random;

    Scheduler(ClusterTopology topology, RandomGenerator random) {
        this.random = random;
        for (ClusterTopology.Node n : topology.nodes()) {
            nodes.put(n.name(), new NodeState(n));
        }
    }

    NodeState node(String name) {
        return nodes.get(name);
    }

    List<NodeState> nodes() {
        return new ArrayList<>(nodes.values());
    }

    /** Chooses a node for an unscheduled pod; a pinned pod IP restricts it to the node owning that range. */
    Placement place(Pod pod) {
        String owner = ownerUid(pod);
        int tainted = 0;
        int full = 0;
        int wrongRange = 0;
        List<NodeState> best = new ArrayList<>();
        long bestScore = Long.MAX_VALUE;
        for (NodeState n : nodes.values()) {
            if (n.node.controlPlane()) {
                tainted++;
                continue;
            }
            if (n.pods >= MAX_PODS) {
                full++;
                continue;
            }
            String pinned = pod.status().podIP();
            if (!pinned.isEmpty() && !n.addresses.contains(pinned)) {
                wrongRange++;
                continue;
            }
            long score = (long) n.podsByOwner.getOrDefault(owner, 0) * (MAX_PODS + 1) + n.pods;
            if (score < bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(n);
            }
        }
        if (!best.isEmpty()) {
            NodeState chosen = best.size() == 1 ? best.get(0) : best.get(random.nextInt(best.size()));
            return new Placement(chosen.node.name(), null);
        }
        return new Placement(null, failure(tainted, full, wrongRange));
    }

    /** The scheduler's FitError text: reasons counted, sorted, then the preemption summary. */
    private String failure(int tainted, int full, int wrongRange) {
        int total = nodes.size();
        List<String> reasons = new ArrayList<>();
        List<String> preemption = new ArrayList<>();
        if (tainted > 0) {
            reasons.add(tainted + " node(s) had untolerated taint " + CONTROL_PLANE_TAINT);
            preemption.add(tainted + " Preemption is not helpful for scheduling");
        }
        if (full > 0) {
            reasons.add(full + " Too many pods");
            preemption.add(full + " No preemption victims found for incoming pod");
        }
        if (wrongRange > 0) {
            // A pinned pod IP is scenario state; a real scheduler knows nothing of it, so say it plainly.
            reasons.add(wrongRange + " node(s) do not own the pod's pinned IP");
            preemption.add(wrongRange + " Preemption is not helpful for scheduling");
        }
        reasons.sort(null);
        preemption.sort(null);
        if (total == 0) {
            return "no nodes available to schedule pods";
        }
        return "0/" + total + " nodes are available: " + String.join(", ", reasons) + ". preemption: 0/" + total
                + " nodes are available: " + String.join(", ", preemption) + ".";
    }

    void bind(String nodeName, Pod pod) {
        NodeState n = nodes.get(nodeName);
        if (n != null) {
            n.pods++;
            n.podsByOwner.merge(ownerUid(pod), 1, Integer::sum);
        }
    }

    /**
     * A pod began terminating: topology spreading stops counting it (the scheduler skips pods with a
     * deletionTimestamp there), though it holds its place on the node until it is gone.
     */
    void terminating(String nodeName, Pod pod) {
        NodeState n = nodes.get(nodeName);
        if (n != null) {
            n.podsByOwner.merge(ownerUid(pod), -1, Integer::sum);
        }
    }

    /** The pod is gone from the node; {@code terminated}: {@link #terminating} was called for it. */
    void unbind(String nodeName, Pod pod, boolean terminated) {
        NodeState n = nodes.get(nodeName);
        if (n != null) {
            n.pods--;
            if (!terminated) {
                n.podsByOwner.merge(ownerUid(pod), -1, Integer::sum);
            }
        }
    }

    private static String ownerUid(Pod pod) {
        ObjectMeta.OwnerReference ref = pod.metadata().controller();
        return ref == null ? "" : ref.uid();
    }
}
