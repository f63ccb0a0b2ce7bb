package io.kubetutor.cli;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.kubectl.PrinterViews;
import io.kubetutor.kubectl.SimulatedKubectlCluster;
import io.kubetutor.sim.Cluster;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kubectl [--cluster C] -f FILE... -- ARGS}: applies the files in order to a fresh
 * simulated cluster, lets it settle (containers start, probes reach their verdicts), then prints
 * exactly what kubectl prints for ARGS. Problems in the files go to stderr as located diagnostics
 * first; the exit status is kubectl's, or 1 when a file had an error.
 */
@Command(name = "kubectl", mixinStandardHelpOptions = true,
        description = "Apply manifests to a simulated cluster and run one kubectl command against it.")
final class KubectlCommand implements Callable<Integer> {
    /** The longest the cluster is let run before the command; a crash-looping pod never settles. */
    static final long MAX_SETTLE_MILLIS = 10 * 60_000;

    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "cluster file (nodes, ranges, ...)")
    String clusterFile;

    @Option(names = "-f", paramLabel = "FILE", description = "manifest file, applied in order; may repeat")
    List<String> files = new ArrayList<>();

    @Parameters(paramLabel = "ARGS", description = "the kubectl command, after --")
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Inputs.Settled> settled = Inputs.settledCluster(clusterFile, files, ValidateCommand.SEED,
                MAX_SETTLE_MILLIS, err);
        if (settled.isEmpty()) {
            return 1;
        }
        Cluster cluster = settled.get().cluster();
        boolean failed = settled.get().anyError();
        Kubectl.Output o = Kubectl.run(new SimulatedKubectlCluster(cluster), new PrinterViews(), args);
        // On a terminal: the API server's warnings, then the output, then the errors.
        err.print(o.warnings());
        err.flush();
        out.print(o.stdout());
        out.flush();
        err.print(o.errors());
        return o.exitCode() != 0 ? o.exitCode() : failed ? 1 : 0;
    }
}
