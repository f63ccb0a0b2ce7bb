package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.RequestKind;

/** What the Burst button asks for: {@code count} requests at once, counted per pod and node. */
@FunctionalInterface
public interface BurstHandler {
    void burst(String from, String to, RequestKind kind, int count, boolean spreadClients);
}
