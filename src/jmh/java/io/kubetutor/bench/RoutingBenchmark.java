package io.kubetutor.bench;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.Burst;
import io.kubetutor.sim.net.DataPlane;
import io.kubetutor.sim.net.Outcome;
import io.kubetutor.sim.net.RequestKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A burst of 100,000 curl requests from the laptop to a NodePort Service with 100 endpoints on 10
 * nodes, with 1 or 1,000 Services in the cluster. Each operation is the whole burst: for every
 * request the entry node's kube-proxy verdict, the SNAT, the extra hop, the pod's socket, and the
 * per-pod, per-node and per-source tallies; the first 100 requests keep their full hop-by-hop traces
 * and the rest their compact records. Goal: at least 1,000,000 routed requests per second, that is
 * at most 100 ms per operation, and the 1,000-Service figure within 1.5 times the 1-Service one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RoutingBenchmark {
    static final int REQUESTS = 100_000;
    static final int NODES = 10;

    @Param({"1", "1000"})
    public int services;

    private DataPlane plane;
    private String target;

    static ClusterTopology tenNodes() {
        List<ClusterTopology.Node> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new ClusterTopology.Node("node" + (i + 1), "192.168.1." + (2 + i), "10.244." + i + ".0/24",
                    false));
        }
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                d.proxyMode());
    }

    static String manifest(int services) {
        StringBuilder b = new StringBuilder("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 100
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80, name: http}]}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  type: NodePort
                  selector: {app: web}
                  ports: [{port: 80, targetPort: http, nodePort: 30080}]
                """);
        for (int i = 1; i < services; i++) {
            b.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: other-").append(i)
                    .append("}\nspec:\n  selector: {app: other-").append(i)
                    .append("}\n  ports: [{port: 80, targetPort: 8080}]\n");
        }
        return b.toString();
    }

    @Setup
    public void build() {
        Cluster c = new Cluster(tenNodes(), 1);
        LoadedManifests m = ManifestLoader.load("bench.yaml", manifest(services));
        c.apply("bench.yaml", m.objects(), false);
        c.settle(600_000);
        plane = c.dataPlane();
        target = "192.168.1.5:30080";
        Burst check = plane.burst("laptop", target, RequestKind.CURL, 1000, false, 0);
        if (check.perOutcome().getOrDefault(Outcome.DELIVERED, 0) != 1000 || check.perPod().size() < 90) {
            throw new IllegalStateException("the benchmark cluster does not serve: " + check.perOutcome() + " over "
                    + check.perPod().size() + " pods");
        }
    }

    @Benchmark
    public Burst burstOf100k() {
        return plane.burst("laptop", target, RequestKind.CURL, REQUESTS, false, 100);
    }
}
