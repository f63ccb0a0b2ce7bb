package io.kubetutor.bench;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApiServer;
import io.kubetutor.sim.ApplyResult;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * What the editor runs on a text: read and decode it ({@link ManifestLoader}), then apply the
 * objects to a simulated API server, which defaults, allocates and validates them.
 */
record Pipeline(LoadedManifests loaded, ApplyResult applied) {
    /** The seed of the cluster's random choices; fixed so every run allocates the same. */
    static final long SEED = 1;

    static ApiServer freshServer() {
        return new ApiServer(ClusterTopology.defaults(), new SplittableRandom(SEED));
    }

    static Pipeline run(ApiServer server, String file, String text, boolean prune) {
        LoadedManifests loaded = ManifestLoader.load(file, text);
        return new Pipeline(loaded, server.apply(file, loaded.objects(), prune));
    }

    List<Diagnostic> errors() {
        return Stream.concat(loaded.diagnostics().stream(), applied.diagnostics().stream())
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
    }

    long linesEndingWith(String suffix) {
        return applied.lines().stream().filter(l -> l.endsWith(suffix)).count();
    }

    /**
     * Throws unless the run read {@code objects} objects, reported no error, and printed
     * {@code count} lines ending with {@code suffix}: a benchmark must never time the wrong path.
     */
    Pipeline require(int objects, String suffix, long count) {
        List<Diagnostic> errors = errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the pipeline reported errors, first: " + errors.get(0).format());
        }
        if (loaded.objects().size() != objects) {
            throw new IllegalStateException("expected " + objects + " objects, read " + loaded.objects().size());
        }
        if (linesEndingWith(suffix) != count) {
            throw new IllegalStateException("expected " + count + " lines ending with \"" + suffix + "\", got "
                    + linesEndingWith(suffix) + ": " + applied.lines());
        }
        return this;
    }
}
