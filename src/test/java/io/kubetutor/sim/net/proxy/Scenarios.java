package io.kubetutor.sim.net.proxy;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import java.util.List;

/** Real clusters built from YAML, settled, and the rules every node's kube-proxy would program from them. */
final class Scenarios {
    static final String FILE = "scenario.yaml";

    /** Three pods of a Deployment (one per node), port "http" = 8080, behind a NodePort Service on 30080. */
    static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]
            """;

    private Scenarios() {
    }

    /** A bare pod bound to {@code node} by spec.nodeName, labelled app=APP, serving "http" on 8080. */
    static String podOn(String name, String node, String app) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, labels: {app: %s}}
                spec: {nodeName: %s, containers: [{name: app, image: nginx:1.27, ports: [{name: http, containerPort: 8080}]}]}
                ---
                """.formatted(name, app, node);
    }

    /** Two pods of app "api" on node1 and one on node3, behind Service "api" shaped by {@code specExtra}. */
    static String api(String specExtra) {
        return podOn("api-1", "node1", "api") + podOn("api-2", "node1", "api") + podOn("api-3", "node3", "api") + """
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec:
                  selector: {app: api}
                  ports: [{name: http, port: 80, targetPort: http}]
                """ + specExtra.indent(2);
    }

    static ClusterTopology withLoadBalancer(ClusterTopology.ProxyMode mode) {
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, "203.0.113.0/28"), mode);
    }

    static Cluster cluster(String yaml) {
        return cluster(ClusterTopology.defaults(), yaml);
    }

    static Cluster cluster(ClusterTopology topology, String yaml) {
        Cluster c = new Cluster(topology, 7);
        apply(c, yaml);
        c.settle(60_000);
        return c;
    }

    static ApplyResult apply(Cluster c, String yaml) {
        LoadedManifests m = ManifestLoader.load(FILE, yaml);
        for (Diagnostic d : m.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new AssertionError(d.format());
            }
        }
        ApplyResult r = c.apply(FILE, m.objects(), false);
        if (r.failed()) {
            throw new AssertionError(String.join("\n", r.lines()));
        }
        return r;
    }

    static ProxyRules rules(Cluster c) {
        return ProxyRules.build(c.networkState());
    }

    static int ip(String text) {
        return Ipv4.parse(text).orElseThrow(() -> new AssertionError("not an address: " + text)).bits();
    }

    static String text(int bits) {
        return new Ipv4(bits).toString();
    }

    static Pod pod(Cluster c, String name) {
        return c.get(Pod.class, "default", name).orElseThrow(() -> new AssertionError("no pod " + name));
    }

    static List<Pod> pods(Cluster c) {
        return c.snapshot().all(Pod.class).stream().filter(p -> p.metadata().namespace().equals("default")).toList();
    }

    /** A node's address as Ipv4 bits. */
    static int nodeIp(Cluster c, String node) {
        return c.topology().nodes().stream().filter(n -> n.name().equals(node)).map(n -> ip(n.ip())).findFirst()
                .orElseThrow();
    }
}
