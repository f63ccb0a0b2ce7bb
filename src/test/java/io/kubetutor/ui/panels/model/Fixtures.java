package io.kubetutor.ui.panels.model;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** Real cluster data for the panels' tests: a Session on a direct executor, driven step by step. */
public final class Fixtures {
    /** Three echoserver replicas with a readiness probe behind NodePort 30080 (named port http). */
    public static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: registry.k8s.io/echoserver:1.10
                    ports: [{containerPort: 8080, name: http}]
                    readinessProbe: {httpGet: {path: /, port: http}, periodSeconds: 5}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: http, nodePort: 30080}
            """;

    /** A Service without endpoints, a Service without a selector and its hand-written Endpoints. */
    public static final String ODD_SERVICES = """
            apiVersion: v1
            kind: Service
            metadata: {name: empty}
            spec:
              type: NodePort
              selector: {app: nothing}
              ports: [{port: 80, targetPort: 8080, nodePort: 30091}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: external-db}
            spec:
              ports: [{port: 5432}]
            ---
            apiVersion: v1
            kind: Endpoints
            metadata: {name: external-db}
            subsets:
            - addresses: [{ip: 192.168.1.50}]
              ports: [{port: 5432}]
            """;

    /** Two web pods pinned to node1 and one to node2, behind Services with different policies. */
    public static final String SPLIT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web-a}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web, part: a}}
              template:
                metadata: {labels: {app: web, part: a}}
                spec:
                  nodeName: node1
                  containers: [{name: web, image: registry.k8s.io/echoserver:1.10, ports: [{containerPort: 8080}]}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web-b}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web, part: b}}
              template:
                metadata: {labels: {app: web, part: b}}
                spec:
                  nodeName: node2
                  containers: [{name: web, image: registry.k8s.io/echoserver:1.10, ports: [{containerPort: 8080}]}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: local}
            spec:
              type: NodePort
              externalTrafficPolicy: Local
              selector: {app: web}
              ports: [{port: 80, targetPort: 8080, nodePort: 30090}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: sticky}
            spec:
              type: NodePort
              sessionAffinity: ClientIP
              selector: {app: web}
              ports: [{port: 80, targetPort: 8080, nodePort: 30092}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: db}
            spec:
              clusterIP: None
              selector: {app: web, part: b}
              ports: [{port: 8080}]
            """;

    public final Session session;
    public final List<SessionState> states = new ArrayList<>();

    private Fixtures(ClusterTopology topology) {
        session = new Session(topology, 1, states::add, Runnable::run);
    }

    /** A fresh default cluster with {@code yaml} applied and 30 s passed (pods ready). */
    public static Fixtures with(String yaml) {
        return with(ClusterTopology.defaults(), yaml);
    }

    public static Fixtures with(ClusterTopology topology, String yaml) {
        Fixtures f = new Fixtures(topology);
        f.session.applyText(yaml);
        f.session.advanceBy(30_000);
        return f;
    }

    /** The default topology with a cloud load balancer (pool 203.0.113.0/28). */
    public static ClusterTopology withCloud() {
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, "203.0.113.0/28"), d.proxyMode(), d.ingressController());
    }

    public SessionState last() {
        return states.get(states.size() - 1);
    }

    /** Sends one request and returns its trace. */
    public Trace send(String from, String to) {
        return send(from, to, RequestKind.CURL);
    }

    public Trace send(String from, String to, RequestKind kind) {
        session.send(from, to, kind, 1);
        List<Trace> t = last().newTraces();
        return t.get(t.size() - 1);
    }

    /** The pods whose name starts with {@code prefix}, in creation order. */
    public List<Pod> pods(String prefix) {
        return last().snapshot().all(Pod.class).stream().filter(p -> p.metadata().name().startsWith(prefix)).toList();
    }

    public String kubectl(String... args) {
        return session.kubectl(List.of(args)).join().stdout();
    }
}
