package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.RequestKind;

/** What the Send button asks for: {@code count} (at most 20) requests, each traced, one after another. */
@FunctionalInterface
public interface SendHandler {
    void send(String from, String to, RequestKind kind, int count);
}
