package io.kubetutor.ui.traffic;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.Source;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who can send a request in a cluster state, in the order the picker lists them: the topology's
 * machines outside the cluster (the laptop), then every pod as {@code NAMESPACE/NAME} (the
 * learner's first, the system's kube-* pods after them), then every node.
 */
public final class ClientChoices {
    private ClientChoices() {
    }

    public static List<ClientChoice> of(SessionState state) {
        List<ClientChoice> out = new ArrayList<>();
        for (ClusterTopology.Client c : state.topology().clients()) {
            out.add(new ClientChoice(c.name(), Source.Kind.CLIENT, "", false, true));
        }
        List<Pod> pods = new ArrayList<>(state.snapshot().all(Pod.class));
        pods.sort(Comparator.comparing((Pod p) -> isSystem(p.namespace())).thenComparing(Pod::namespace)
                .thenComparing(Pod::name));
        for (Pod p : pods) {
            boolean hasIp = !p.spec().nodeName().isEmpty() && !p.status().podIP().isEmpty();
            out.add(new ClientChoice(p.namespace() + "/" + p.name(), Source.Kind.POD, p.namespace(),
                    isSystem(p.namespace()), hasIp));
        }
        for (NodeStatus n : state.nodes()) {
            out.add(new ClientChoice(n.name(), Source.Kind.NODE, "", false, true));
        }
        return out;
    }

    /** The choice with {@code id} in {@code choices}. */
    public static Optional<ClientChoice> find(List<ClientChoice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** kube-system, kube-public, kube-node-lease: the cluster's own namespaces. */
    static boolean isSystem(String namespace) {
        return namespace.startsWith("kube-");
    }
}
