package io.kubetutor.bench;

import io.kubetutor.sim.ApiServer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 NodePort Services and 10,000 bare Pods read, decoded, validated and applied into a new
 * cluster. The fork runs with a 512 MB heap, so finishing at all shows the work fits in it; after
 * each iteration the heap still in use with the cluster held is printed (after a full GC).
 * Goals: at most 1 s and 512 MB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class LargeManifestBenchmark {
    private static final int SERVICES = 1_000;
    private static final int PODS_PER_SERVICE = 10;
    private static final int OBJECTS = SERVICES * (1 + PODS_PER_SERVICE);

    private List<String> files;
    private long heapWithoutCluster;
    private ApiServer cluster;

    @Setup(Level.Trial)
    public void checkThePipeline() {
        files = SampleManifests.large(SERVICES, PODS_PER_SERVICE);
        requireEveryObjectCreated(files);
        // measured here, where the checked cluster is out of reach: an interpreted frame keeps its locals
        heapWithoutCluster = heapAfterFullGc();
        System.out.printf(Locale.ROOT, "%n%d files, %,d bytes of text; heap after a full GC without a cluster: %.1f MB%n",
                files.size(), files.stream().mapToLong(String::length).sum(), heapWithoutCluster / 1e6);
    }

    private static void requireEveryObjectCreated(List<String> files) {
        ApiServer server = Pipeline.freshServer();
        int objects = 0;
        long created = 0;
        for (int f = 0; f < files.size(); f++) {
            Pipeline run = Pipeline.run(server, fileName(f), files.get(f), false);
            int read = run.loaded().objects().size();
            run.require(read, " created", read);
            objects += read;
            created += run.linesEndingWith(" created");
        }
        if (objects != OBJECTS || created != OBJECTS) {
            throw new IllegalStateException("expected " + OBJECTS + " objects created, read " + objects
                    + ", created " + created);
        }
    }

    @Benchmark
    public ApiServer applyToFreshCluster() {
        ApiServer server = Pipeline.freshServer();
        for (int f = 0; f < files.size(); f++) {
            Pipeline.run(server, fileName(f), files.get(f), false);
        }
        cluster = server;
        return server;
    }

    @TearDown(Level.Iteration)
    public void measureTheHeldCluster() {
        // 11,000 applied plus what a fresh cluster holds (namespaces, kubernetes and kube-dns Services)
        if (cluster == null || cluster.objects().size() < OBJECTS) {
            throw new IllegalStateException("the cluster does not hold the " + OBJECTS + " objects");
        }
        long held = heapAfterFullGc();
        System.out.printf(Locale.ROOT, "  heap after a full GC with the cluster held: %.1f MB (the cluster: %.1f MB)%n",
                held / 1e6, (held - heapWithoutCluster) / 1e6);
        cluster = null;
    }

    private static String fileName(int index) {
        return "cluster/part-" + index + ".yaml";
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
