package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.List;

/**
 * Who sends, as a lesson writes it: a client by name, a node by name, or a {@link PodRef}. A plain
 * name is a client or node when the topology has one, else a pod's name.
 */
final class Senders {
    private Senders() {
    }

    /** Throws IllegalArgumentException when {@code from} cannot name anything. */
    static void checkForm(String from) {
        PodRef.parse(from);
    }

    /**
     * The sender as the session takes it: a client or node name, or {@code NS/NAME} of the first
     * usable pod; throws IllegalArgumentException saying what exists when nothing matches.
     */
    static String resolve(String from, ClusterTopology topology, ClusterSnapshot snapshot) {
        if (isMachine(from, topology)) {
            return from;
        }
        PodRef ref = PodRef.parse(from);
        List<Pod> pods = ref.resolve(snapshot);
        if (pods.isEmpty() || !PodRef.usable(pods.get(0))) {
            throw new IllegalArgumentException(pods.isEmpty()
                    ? "no client, node or pod is named \"" + from + "\" (clients: " + names(topology.clients().stream()
                    .map(ClusterTopology.Client::name).toList()) + "; nodes: " + names(topology.nodes().stream()
                    .map(ClusterTopology.Node::name).toList()) + ")"
                    : "pod " + pods.get(0).namespace() + "/" + pods.get(0).name() + " has no address yet: it cannot send");
        }
        return pods.get(0).namespace() + "/" + pods.get(0).name();
    }

    static boolean isMachine(String from, ClusterTopology topology) {
        return topology.clients().stream().anyMatch(c -> c.name().equals(from))
                || topology.nodes().stream().anyMatch(n -> n.name().equals(from));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
