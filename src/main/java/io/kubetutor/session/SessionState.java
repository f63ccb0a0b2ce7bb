package io.kubetutor.session;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.sim.ClusterEvent;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.sim.net.proxy.AffinityPin;
import java.util.List;

/**
 * Everything the window shows of the simulated cluster at one moment, immutable, published by the
 * engine thread after each change. Views redraw from it; they never reach into the engine.
 *
 * @param version     increases by one with every state a session publishes
 * @param topology    the cluster around the manifests
 * @param nodes       the nodes with their schedulability and health
 * @param snapshot    the API server's objects (the last valid apply while {@code stale})
 * @param now         the cluster's virtual time, milliseconds
 * @param diagnostics of the editor text last submitted: parse, validation and apply problems
 * @param stale       the text could not be read (YAML or validation errors), so the cluster still shows the
 *                    last text that applied; objects the API server refused leave {@code stale} false
 *                    (the rest applied) and show as error diagnostics
 * @param applyLines  what {@code kubectl apply} printed for the last text that applied
 * @param newEvents   cluster events since the previous state, in order
 * @param newTraces   fully traced requests since the previous state, in order (traffic, kubectl exec)
 * @param burst       the latest burst, or null; {@code burstSeq} changes when a new one arrives
 * @param pins        live ClientIP affinity pins
 * @param keptAlive   the kept-alive connections' latest traces (one per open connection)
 */
public record SessionState(long version, ClusterTopology topology, List<NodeStatus> nodes, ClusterSnapshot snapshot,
                           long now, List<Diagnostic> diagnostics, boolean stale, List<String> applyLines,
                           List<ClusterEvent> newEvents, List<Trace> newTraces, Burst burst, long burstSeq,
                           List<AffinityPin> pins, List<Trace> keptAlive) {
    public SessionState {
        nodes = List.copyOf(nodes);
        diagnostics = List.copyOf(diagnostics);
        applyLines = List.copyOf(applyLines);
        newEvents = List.copyOf(newEvents);
        newTraces = List.copyOf(newTraces);
        pins = List.copyOf(pins);
        keptAlive = List.copyOf(keptAlive);
    }
}
