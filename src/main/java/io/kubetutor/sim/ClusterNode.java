package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Node object as the control plane keeps it (the model has no Node kind): spec.unschedulable,
 * spec.taints in the order they were added, the Ready condition, and the machine's own state, which
 * the API server learns only through the kubelet's heartbeats.
 */
final class ClusterNode {
    static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
    static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String NOT_READY = "node.kubernetes.io/not-ready";
    static final String NO_SCHEDULE = "NoSchedule";
    static final String NO_EXECUTE = "NoExecute";

    /** One entry of spec.taints; the simulation never sets a value. */
    record Taint(String key, String effect, long addedAt) {
        String text() {
            return key + ":" + effect;
        }

        /**
         * Whether every pod tolerates it: the DefaultTolerationSeconds admission plugin gives each pod
         * not-ready and unreachable NoExecute tolerations (for 300 s), so only those are tolerated
         * when the scheduler filters (the seconds matter only to the taint eviction controller).
         */
        boolean toleratedByDefault() {
            return effect.equals(NO_EXECUTE) && (key.equals(NOT_READY) || key.equals(UNREACHABLE));
        }
    }

    final ClusterTopology.Node spec;
    /** metadata.labels: the well-known ones and the cluster file's (see {@link NodeLabels}). */
    final Map<String, String> labels;
    /** A name-based uid: nodes exist before the simulation draws anything, so none is drawn for them. */
    final String uid;
    final ObjectKey key;
    boolean unschedulable;
    /** The Ready condition's status as stored: "True", "False" or "Unknown". */
    String ready = "True";
    /** The machine is off: no kubelet, no kube-proxy, no pods. */
    boolean down;
    /** When it went down (virtual ms); meaningful while {@link #down}. */
    long downSince;
    /** The node lifecycle controller's probe timestamp: when it last saw the kubelet renew its Lease. */
    long lastHeartbeat;
    /** Waiting in the node lifecycle controller's rate-limited queue for its NoExecute taint. */
    boolean queuedForNoExecute;
    private final Map<String, Taint> taints = new LinkedHashMap<>();

    ClusterNode(ClusterTopology.Node spec) {
        this.spec = spec;
        this.labels = NodeLabels.of(spec);
        this.uid = UUID.nameUUIDFromBytes(("node/" + spec.name()).getBytes(StandardCharsets.UTF_8)).toString();
        this.key = new ObjectKey("", "Node", "", spec.name());
        if (spec.controlPlane()) {
            // kubeadm registers a control-plane node with this taint.
            addTaint(CONTROL_PLANE, NO_SCHEDULE, 0);
        }
    }

    String name() {
        return spec.name();
    }

    boolean hasTaint(String key, String effect) {
        return taints.containsKey(key + ":" + effect);
    }

    /** Appends the taint (as AddOrUpdateTaint does); false when it is there already. */
    boolean addTaint(String key, String effect, long now) {
        return taints.putIfAbsent(key + ":" + effect, new Taint(key, effect, now)) == null;
    }

    boolean removeTaint(String key, String effect) {
        return taints.remove(key + ":" + effect) != null;
    }

    List<Taint> taints() {
        return new ArrayList<>(taints.values());
    }

    /** The first taint (in spec order) a pod without tolerations of its own cannot schedule onto, or null. */
    Taint firstUntolerated() {
        for (Taint t : taints.values()) {
            if ((t.effect().equals(NO_SCHEDULE) || t.effect().equals(NO_EXECUTE)) && !t.toleratedByDefault()) {
                return t;
            }
        }
        return null;
    }

    List<Taint> noExecuteTaints() {
        List<Taint> out = new ArrayList<>();
        for (Taint t : taints.values()) {
            if (t.effect().equals(NO_EXECUTE)) {
                out.add(t);
            }
        }
        return out;
    }

    NodeState state() {
        List<String> texts = new ArrayList<>();
        for (Taint t : taints.values()) {
            texts.add(t.text());
        }
        return new NodeState(spec.name(), spec.ip(), spec.podCIDR(), spec.controlPlane(), unschedulable, ready, down,
                texts, labels);
    }
}
