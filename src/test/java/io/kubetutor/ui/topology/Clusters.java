package io.kubetutor.ui.topology;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Real clusters for the topology's tests and previews, built through a {@link Session} on a
 * direct executor (synchronous, deterministic): the classroom case (3 nodes, 3 web pods behind a
 * NodePort Service, plus kube-system), a crowded one (10 nodes, 100 pods) and the shop scenario
 * on a cloud with a load balancer.
 */
public final class Clusters {
    public final Session session;
    public final List<SessionState> states = new ArrayList<>();

    private Clusters(ClusterTopology topology) {
        session = new Session(topology, 1, states::add, Runnable::run);
    }

    /** A fresh, empty cluster on {@code topology}, for tests that apply their own text. */
    public static Clusters empty(ClusterTopology topology) {
        return new Clusters(topology);
    }

    /** Three nodes, a Deployment of three web pods and a NodePort Service on 30080, all Ready. */
    public static Clusters small() {
        Clusters c = new Clusters(ClusterTopology.defaults());
        c.session.applyText(web(3, "NodePort"));
        c.session.advanceBy(30_000);
        return c;
    }

    /** Ten nodes and a Deployment of a hundred pods behind a NodePort Service, all Ready. */
    public static Clusters large() {
        Clusters c = new Clusters(tenNodes());
        c.session.applyText(web(100, "NodePort"));
        c.session.advanceBy(30_000);
        return c;
    }

    /** The shop scenario (web, shop LoadBalancer, headless db, Ingress) with a cloud load balancer. */
    public static Clusters shop() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology cloud = new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, "203.0.113.0/28"), d.proxyMode(),
                new ClusterTopology.IngressController(true));
        Clusters c = new Clusters(cloud);
        c.session.applyText(scenario("shop.yaml"));
        c.session.advanceBy(30_000);
        return c;
    }

    public SessionState last() {
        return states.get(states.size() - 1);
    }

    /** Ten nodes node1..node10 on 192.168.1.2-11 with pod ranges 10.244.0-9.0/24; the laptop at .100. */
    public static ClusterTopology tenNodes() {
        List<ClusterTopology.Node> nodes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nodes.add(new ClusterTopology.Node("node" + (i + 1), "192.168.1." + (i + 2), "10.244." + i + ".0/24",
                    false));
        }
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(nodes, List.of(new ClusterTopology.Client("laptop", "192.168.1.100")),
                d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(), d.proxyMode());
    }

    /** A web Deployment of {@code replicas} echo servers with a readiness probe, and its Service. */
    public static String web(int replicas, String serviceType) {
        String nodePort = serviceType.equals("ClusterIP") ? "" : ", nodePort: 30080";
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {app: web}}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web, tier: frontend, track: stable}}
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
                  type: %s
                  selector: {app: web}
                  ports:
                  - {name: http, port: 80, targetPort: http%s}
                """.formatted(replicas, serviceType, nodePort);
    }

    static String scenario(String name) {
        try (InputStream in = Clusters.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + name + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
