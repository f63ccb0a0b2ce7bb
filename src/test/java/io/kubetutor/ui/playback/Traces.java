package io.kubetutor.ui.playback;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** Real traces from a simulated cluster, for the playback's tests and previews. */
public final class Traces {
    /** A Deployment of {@code replicas} echo servers behind NodePort 30080 with the given traffic policy. */
    public static String webNodePort(int replicas, String externalTrafficPolicy) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: %d
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
                  externalTrafficPolicy: %s
                  selector: {app: web}
                  ports:
                  - {port: 80, targetPort: 8080, nodePort: 30080}
                """.formatted(replicas, externalTrafficPolicy);
    }

    private final Session session;
    private final List<SessionState> states = new ArrayList<>();

    public Traces(ClusterTopology topology, String manifests) {
        session = new Session(topology, 1, states::add, Runnable::run);
        session.applyText(manifests);
        session.advanceBy(30_000);
    }

    public Traces(String manifests) {
        this(ClusterTopology.defaults(), manifests);
    }

    /** Sends {@code count} requests and returns their traces. */
    public List<Trace> send(String from, String to, RequestKind kind, int count) {
        int before = states.size();
        session.send(from, to, kind, count);
        List<Trace> out = new ArrayList<>();
        for (SessionState s : states.subList(before, states.size())) {
            out.addAll(s.newTraces());
        }
        return out;
    }

    public Trace curl(String from, String to) {
        List<Trace> t = send(from, to, RequestKind.CURL, 1);
        return t.get(t.size() - 1);
    }

    public SessionState last() {
        return states.get(states.size() - 1);
    }

    public Session session() {
        return session;
    }
}
