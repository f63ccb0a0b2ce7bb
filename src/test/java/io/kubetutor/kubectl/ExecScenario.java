package io.kubetutor.kubectl;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real simulated cluster for kubectl exec: the manifests applied, the cluster settled (containers
 * started, probes passed), and kubectl run against it. {@code exec.yaml} puts client (10.244.1.3)
 * and web-a (10.244.1.2) on node2, web-b (10.244.2.2) and db-0 (10.244.2.3) on node3; Service web
 * is 10.109.97.245, empty (no endpoints) 10.99.157.239, db is headless.
 */
final class ExecScenario {
    static final Path EXEC_YAML = Path.of("src/test/resources/scenarios/exec.yaml");

    final Cluster cluster = new Cluster(ClusterTopology.defaults(), 1);
    final KubectlCluster kubectl = new SimulatedKubectlCluster(cluster);

    /** The exec.yaml cluster, settled. */
    static ExecScenario settled() {
        return settled(read(EXEC_YAML));
    }

    static ExecScenario settled(String yaml) {
        ExecScenario s = applied(yaml);
        s.cluster.settle(10 * 60_000);
        return s;
    }

    /** The manifests applied and nothing more: pods are scheduled, their containers still being created. */
    static ExecScenario applied(String yaml) {
        ExecScenario s = new ExecScenario();
        s.apply(yaml);
        return s;
    }

    void apply(String yaml) {
        LoadedManifests m = ManifestLoader.load("scenario.yaml", yaml);
        for (Diagnostic d : m.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new AssertionError(d.format());
            }
        }
        ApplyResult r = cluster.apply("scenario.yaml", m.objects(), false);
        if (r.failed()) {
            throw new AssertionError(String.join("\n", r.lines()));
        }
    }

    Kubectl.Output run(String... args) {
        return Kubectl.run(kubectl, new PrinterViews(), List.of(args));
    }

    /** {@code kubectl exec client -c client -- ARGV}: a program run in the client container. */
    Kubectl.Output inClient(String... argv) {
        List<String> args = new java.util.ArrayList<>(List.of("exec", "client", "-c", "client", "--"));
        args.addAll(List.of(argv));
        return run(args.toArray(String[]::new));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
