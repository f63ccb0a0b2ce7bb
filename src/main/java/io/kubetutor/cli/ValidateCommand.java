package io.kubetutor.cli;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.sim.ApiServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate [--cluster C] FILE...}: reads every file, applies them in order to a fresh
 * simulated cluster as {@code kubectl apply -f A -f B} would, and prints one
 * {@code FILE:LINE:COL: severity: TEXT} line per diagnostic. Exit 1 when any is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check manifests as a real API server would, with located messages.")
final class ValidateCommand implements Callable<Integer> {
    /** The seed of the cluster's random choices; fixed so every run prints the same. */
    static final long SEED = 1;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "cluster file (nodes, ranges, ...)")
    String clusterFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML manifest files, applied in order")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClusterTopology> topology = Inputs.topology(clusterFile, err);
        if (topology.isEmpty()) {
            return 1;
        }
        List<Diagnostic> diagnostics = validate(topology.get(), files, err);
        if (diagnostics == null) {
            return 1;
        }
        diagnostics.forEach(d -> out.println(d.format()));
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
    }

    /** The diagnostics of applying {@code files} in order, each file's sorted by position; null if a file is unreadable. */
    static List<Diagnostic> validate(ClusterTopology topology, List<String> files, PrintWriter err) {
        ApiServer server = new ApiServer(topology, new SplittableRandom(SEED));
        Optional<Inputs.Applied> applied = Inputs.applyInOrder(files, err,
                (file, objects) -> server.apply(file, objects, false).diagnostics());
        if (applied.isEmpty()) {
            return null;
        }
        List<Diagnostic> all = new ArrayList<>(applied.get().diagnostics());
        int objects = applied.get().objects();
        boolean anyError = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (objects == 0 && !anyError) {
            // kubectl refuses input without a single object.
            all.add(Diagnostic.error(files.get(0), SourcePos.START, ApiServer.NO_OBJECTS));
        }
        return all;
    }
}
