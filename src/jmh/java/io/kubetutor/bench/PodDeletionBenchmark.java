package io.kubetutor.bench;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Pod;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.ObjectKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Deployment of N pods across 100 nodes behind one Service, then pod deletions one at a time.
 * Each operation is the whole reconcile of one deletion: the pod terminates and leaves the
 * Endpoints, its ReplicaSet makes a replacement, the scheduler places it, the kubelet starts it and
 * the Endpoints controllers add its new address, with every event recorded. The goal is at most
 * 1 ms per deletion at N = 10,000, and about the same figure at N = 1,000 (cost follows what a
 * change touches, not the cluster's size). SingleShotTime over batches of 1,000 deletions: the
 * figure printed is for 1,000, so divide by 1,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 1000)
@Measurement(iterations = 5, batchSize = 1000)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PodDeletionBenchmark {
    static final int NODES = 100;
    /** Pod terminates (1 s), replacement starts (2 s): a little more, so both finish in one step. */
    static final long STEP_MILLIS = 3_500;

    @Param({"1000", "10000"})
    public int pods;

    private Cluster cluster;
    private List<String> victims;
    private int next;

    static ClusterTopology hundredNodes() {
        List<ClusterTopology.Node> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new ClusterTopology.Node("node" + (i + 1), "192.168." + (1 + i / 200) + "." + (2 + i % 200),
                    "10.244." + i + ".0/24", false));
        }
        ClusterTopology d = ClusterTopology.defaults();
        return new ClusterTopology(nodes, d.clients(), d.serviceCIDR(), d.nodePortRange(), d.cloudLoadBalancer(),
                d.proxyMode());
    }

    static String manifest(int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80, name: http}]}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: http}]
                """.formatted(replicas);
    }

    /** The cluster with every pod running and ready. */
    static Cluster build(int replicas) {
        Cluster c = new Cluster(hundredNodes(), 1);
        LoadedManifests m = ManifestLoader.load("bench.yaml", manifest(replicas));
        c.apply("bench.yaml", m.objects(), false);
        c.advanceBy(STEP_MILLIS);
        // The benchmark's pods: CoreDNS runs beside them in kube-system.
        long ready = c.snapshot().all(Pod.class).stream()
                .filter(p -> p.namespace().equals("default") && p.status().ready()).count();
        if (ready != replicas) {
            throw new IllegalStateException(ready + " of " + replicas + " pods ready");
        }
        return c;
    }

    @Setup(Level.Iteration)
    public void freshClusterAndVictims() {
        cluster = build(pods);
        victims = new ArrayList<>();
        for (Pod p : cluster.snapshot().all(Pod.class)) {
            if (p.namespace().equals("default")) {
                victims.add(p.name());
            }
        }
        Collections.shuffle(victims, new Random(7));
        next = 0;
    }

    @Benchmark
    public long deleteOnePodAndReconcile() {
        cluster.delete(new ObjectKey("", "Pod", "default", victims.get(next++)), "benchmark");
        cluster.advanceBy(STEP_MILLIS);
        return cluster.events().lastSeq();
    }

    /** Checks the reconcile kept its promise: as many ready addresses as replicas. */
    static int readyAddresses(Cluster c) {
        Endpoints e = c.get(Endpoints.class, "default", "web").orElseThrow();
        return e.subsets().stream().mapToInt(s -> s.addresses().size()).sum();
    }
}
