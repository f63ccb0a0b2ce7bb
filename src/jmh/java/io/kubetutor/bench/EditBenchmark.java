package io.kubetutor.bench;

import io.kubetutor.sim.ApiServer;
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
 * What the editor does on every pause in typing, on a learner's ~200-line manifest: read, decode,
 * default, allocate, validate and apply it with pruning. SampleTime, so JMH prints the percentiles;
 * the goal is a p95 of at most 5 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EditBenchmark {
    private static final String FILE = "lesson.yaml";
    /** Deployments, Services, a StatefulSet, an Ingress and a ConfigMap. */
    private static final int OBJECTS = 11;

    private String typical;
    private String edited;
    /** Holds the previous version of the text, as the editor's cluster does. */
    private ApiServer cluster;
    private boolean nextIsEdited;
    private Pipeline lastReapply;

    @Setup(Level.Trial)
    public void checkThePipelineAndFillTheCluster() {
        typical = SampleManifests.typical();
        edited = SampleManifests.typicalWithOnePortChanged();
        Pipeline.run(Pipeline.freshServer(), FILE, typical, true).require(OBJECTS, " created", OBJECTS);
        cluster = Pipeline.freshServer();
        Pipeline.run(cluster, FILE, typical, true).require(OBJECTS, " created", OBJECTS);
        // Each way, the edit configures the one Service and leaves the other ten unchanged.
        requireOneConfigured(Pipeline.run(cluster, FILE, edited, true));
        requireOneConfigured(Pipeline.run(cluster, FILE, typical, true));
        nextIsEdited = true;
    }

    /** Into a new cluster: the first apply after opening a lesson, or after a reset. */
    @Benchmark
    public Pipeline applyToFreshCluster() {
        return Pipeline.run(Pipeline.freshServer(), FILE, typical, true);
    }

    /** A re-apply after one edit, to the cluster holding the text before it; the edit alternates back and forth. */
    @Benchmark
    public Pipeline reapplyAfterOneEdit() {
        String text = nextIsEdited ? edited : typical;
        nextIsEdited = !nextIsEdited;
        lastReapply = Pipeline.run(cluster, FILE, text, true);
        return lastReapply;
    }

    @TearDown(Level.Iteration)
    public void checkTheLastReapply() {
        if (lastReapply != null) {
            requireOneConfigured(lastReapply);
        }
    }

    private static void requireOneConfigured(Pipeline run) {
        run.require(OBJECTS, " configured", 1);
        if (!run.applied().lines().contains("service/web-lb configured")) {
            throw new IllegalStateException("the edit configured something else: " + run.applied().lines());
        }
        run.require(OBJECTS, " unchanged", OBJECTS - 1);
    }
}
