package io.kubetutor.sim.workload;

/** A Normal event a controller records on its object (reason and message as upstream writes them). */
public record WorkloadEvent(String reason, String message) {
}
