package io.kubetutor.bench;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import java.util.List;
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
 * How long {@link ManifestLoader#load} takes to refuse each hostile input (and to read the one
 * that is within the limits). Goal: each well under a second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class HostileInputBenchmark {
    private static final String FILE = "hostile.yaml";

    @Param
    public HostileInput input;

    private String text;

    @Setup(Level.Trial)
    public void checkTheOutcome() {
        text = input.text();
        LoadedManifests loaded = ManifestLoader.load(FILE, text);
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (input.refusal == null) {
            if (!errors.isEmpty() || loaded.objects().size() != 1) {
                throw new IllegalStateException(input + " should load as one object without errors: "
                        + loaded.objects().size() + " objects, " + errors);
            }
        } else if (errors.size() != 1 || !errors.get(0).message().startsWith(input.refusal)
                || !loaded.objects().isEmpty()) {
            throw new IllegalStateException(input + " should be refused with \"" + input.refusal + "...\", got "
                    + loaded.objects().size() + " objects, " + errors);
        }
        System.out.printf("%n%s: %,d chars, %,d lines%n", input, text.length(), text.lines().count());
    }

    @Benchmark
    public LoadedManifests load() {
        return ManifestLoader.load(FILE, text);
    }
}
