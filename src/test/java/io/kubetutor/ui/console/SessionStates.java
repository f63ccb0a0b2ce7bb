package io.kubetutor.ui.console;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** Real cluster states for the console's and the traffic controls' tests: a session run synchronously. */
public final class SessionStates {
    /** One web pod behind a NodePort Service on 30080. */
    public static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: registry.k8s.io/echoserver:1.10
                    ports: [{containerPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
            """;

    private SessionStates() {
    }

    /** The state after applying {@code yaml} to the default topology and letting 30 s pass. */
    public static SessionState after(String yaml) {
        return after(ClusterTopology.defaults(), yaml);
    }

    public static SessionState after(ClusterTopology topology, String yaml) {
        List<SessionState> states = new ArrayList<>();
        Session s = new Session(topology, 1, states::add, Runnable::run);
        s.applyText(yaml);
        s.advanceBy(30_000);
        return states.get(states.size() - 1);
    }

    /** A session with {@code yaml} applied and settled, publishing into {@code states}. */
    public static Session session(String yaml, List<SessionState> states) {
        Session s = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        s.applyText(yaml);
        s.advanceBy(30_000);
        return s;
    }
}
