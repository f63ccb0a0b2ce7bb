package io.kubetutor.kubectl.print;

import io.kubetutor.model.PodStatus;
import java.util.List;

/**
 * Values kubectl reads from objects the API server has already defaulted. The printers may be
 * handed objects straight from a manifest, so they apply the server's rule where the model keeps
 * Go's zero value, rather than print an empty protocol or lose a pinned pod IP.
 */
final class Defaulted {
    private Defaulted() {
    }

    /** Ports without a protocol are TCP (SetDefaults_ServicePort, _ContainerPort, _EndpointPort). */
    static String protocol(String protocol) {
        return protocol == null || protocol.isEmpty() ? "TCP" : protocol;
    }

    /** status.podIPs, whose first entry the server fills from status.podIP when only that is set. */
    static List<String> podIPs(PodStatus status) {
        if (!status.podIPs().isEmpty()) {
            return status.podIPs();
        }
        return status.podIP().isEmpty() ? List.of() : List.of(status.podIP());
    }
}
