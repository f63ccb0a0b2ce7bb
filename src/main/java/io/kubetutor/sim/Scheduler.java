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
 * Places pods on nodes as the default scheduler would for pods without resource requests. Its
 * filters run in the default profile's order, and a node is rejected by the first that fails:
 * NodeUnschedulable (a cordoned node), TaintToleration (the first NoSchedule or NoExecute taint a
 * pod does not tolerate: a control-plane node's, or those the node lifecycle controller adds; pods
 * tolerate only the default not-ready and unreachable NoExecute taints), NodeAffinity (every entry
 * of spec.nodeSelector among the node's labels; the pod's rejection cannot be solved by preemption),
 * NodeResourcesFit (at most 110 pods, the kubelet's default maxPods). Among the nodes that fit it prefers the one with the
 * fewest pods of the same owner (topology spreading), then the fewest pods at all; equal nodes are
 * chosen at random with the simulation's seeded generator, as the scheduler picks among equal scores.
 */
final class Scheduler {
    static final int MAX_PODS = 110;
    /** NodeUnschedulable's ErrReasonUnschedulable. */
    static final String UNSCHEDULABLE = "node(s) were unschedulable";
    static final String NOT_HELPFUL = "Preemption is not helpful for scheduling";
    /** NodeAffinity's ErrReasonPod (pkg/scheduler/framework/plugins/nodeaffinity). */
    static final String NODE_SELECTOR_MISMATCH = "node(s) didn't match Pod's node affinity/selector";

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
    /** The Node objects (spec.unschedulable and spec.taints) the filters read. */
    private final Map<String, ClusterNode> nodeObjects;
    private final RandomGenerator random;

    Scheduler(ClusterTopology topology, RandomGenerator random, Map<String, ClusterNode> nodeObjects) {
        this.random = random;
        this.nodeObjects = nodeObjects;
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
        // Each rejected node counts once, under the reason of the first filter that failed it.
        Map<String, Integer> reasons = new LinkedHashMap<>();
        Map<String, Integer> preemption = new LinkedHashMap<>();
        List<NodeState> best = new ArrayList<>();
        long bestScore = Long.MAX_VALUE;
        for (NodeState n : nodes.values()) {
            String rejected = rejection(n, pod);
            if (rejected != null) {
                reasons.merge(rejected, 1, Integer::sum);
                preemption.merge(rejected.equals(TOO_MANY_PODS) ? "No preemption victims found for incoming pod"
                        : NOT_HELPFUL, 1, Integer::sum);
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
        return new Placement(null, failure(reasons, preemption));
    }

    private static final String TOO_MANY_PODS = "Too many pods";

    /** Why the filters turn the node down for this pod, or null when it fits. */
    private String rejection(NodeState n, Pod pod) {
        ClusterNode object = nodeObjects.get(n.node.name());
        if (object != null && object.unschedulable) {
            return UNSCHEDULABLE;
        }
        ClusterNode.Taint taint = object == null ? null : object.firstUntolerated();
        if (taint != null) {
            return "node(s) had untolerated taint {" + taint.key() + ": }";
        }
        if (!pod.spec().nodeSelector().isEmpty()
                && !NodeLabels.matches(pod.spec().nodeSelector(), object == null ? NodeLabels.of(n.node) : object.labels)) {
            return NODE_SELECTOR_MISMATCH;
        }
        if (n.pods >= MAX_PODS) {
            return TOO_MANY_PODS;
        }
        String pinned = pod.status().podIP();
        if (!pinned.isEmpty() && !n.addresses.contains(pinned)) {
            // A pinned pod IP is scenario state; a real scheduler knows nothing of it, so say it plainly.
            return "node(s) do not own the pod's pinned IP";
        }
        return null;
    }

    /**
     * The scheduler's FitError text: each reason with its node count, sorted as strings, then the
     * preemption plugin's own summary, counted the same way.
     */
    private String failure(Map<String, Integer> reasons, Map<String, Integer> preemption) {
        int total = nodes.size();
        if (total == 0) {
            return "no nodes available to schedule pods";
        }
        return "0/" + total + " nodes are available: " + histogram(reasons) + ". preemption: 0/" + total
                + " nodes are available: " + histogram(preemption) + ".";
    }

    private static String histogram(Map<String, Integer> counts) {
        List<String> lines = new ArrayList<>();
        counts.forEach((reason, n) -> lines.add(n + " " + reason));
        lines.sort(null);
        return String.join(", ", lines);
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
