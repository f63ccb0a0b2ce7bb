package io.kubetutor.ui.layout;

import io.kubetutor.sim.ClusterEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which pods' apps were told to stop answering (the session keeps that in the engine, not in the
 * snapshot): read from the APP_ANSWERS_CHANGED events as they pass, so the pod menu offers the
 * opposite of the current state. Every app answers until told otherwise.
 */
public final class AppAnswers {
    private final Set<String> silent = new HashSet<>();

    /** Reads the events of one state, in order. */
    public void accept(List<ClusterEvent> events) {
        for (ClusterEvent e : events) {
            if (e.kind() == ClusterEvent.Kind.APP_ANSWERS_CHANGED && e.subject() != null) {
                String id = ElementIds.pod(e.subject().namespace(), e.subject().name());
                // The kubelet's words: "... stops answering" or "... answers again".
                if (e.effect().endsWith("stops answering")) {
                    silent.add(id);
                } else {
                    silent.remove(id);
                }
            } else if (e.kind() == ClusterEvent.Kind.POD_DELETED && e.subject() != null) {
                silent.remove(ElementIds.pod(e.subject().namespace(), e.subject().name()));
            }
        }
    }

    public boolean answers(String podId) {
        return !silent.contains(podId);
    }
}
