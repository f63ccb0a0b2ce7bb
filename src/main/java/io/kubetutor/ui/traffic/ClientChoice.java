package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.Source;

/**
 * One sender the traffic controls offer: {@code id} is what the session's send takes (a client or
 * node name, or a pod as {@code NAMESPACE/NAME}); {@code namespace} is the pod's ("" otherwise);
 * {@code system} marks kube-system's pods; {@code canSend} is false for a pod without an IP yet.
 */
public record ClientChoice(String id, Source.Kind kind, String namespace, boolean system, boolean canSend) {
    public ClientChoice {
        namespace = namespace == null ? "" : namespace;
    }
}
