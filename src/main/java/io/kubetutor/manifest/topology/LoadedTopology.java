package io.kubetutor.manifest.topology;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import java.util.List;

/**
 * A cluster file as read: the topology, or null when any error was found (an invalid cluster
 * file must never run as some other cluster), and every diagnostic, located in the file.
 * Warnings (a CIDR written with host bits, which is used as its network) keep the topology.
 */
public record LoadedTopology(ClusterTopology topology, List<Diagnostic> diagnostics) {
    public LoadedTopology {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
