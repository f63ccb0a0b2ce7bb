package io.kubetutor.sim;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import java.util.List;

/** Clusters built from YAML text, as a learner would write it. */
final class Clusters {
    static final String FILE = "scenario.yaml";

    private Clusters() {
    }

    static Cluster fresh() {
        return new Cluster(ClusterTopology.defaults(), 1);
    }

    /** Applies {@code yaml} to {@code c}, failing the test on any error diagnostic. */
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

    static Cluster with(String yaml) {
        Cluster c = fresh();
        apply(c, yaml);
        return c;
    }

    /**
     * The objects of a kind in the learner's namespace: what {@code kubectl get} shows without
     * {@code -n}, leaving out the cluster's own workloads in kube-system.
     */
    static <T extends KubeObject> List<T> inDefault(Cluster c, Class<T> type) {
        return c.snapshot().all(type).stream().filter(o -> o.namespace().equals("default")).toList();
    }

    static Pod pod(Cluster c, String name) {
        return c.get(Pod.class, "default", name).orElseThrow(() -> new AssertionError("no pod " + name));
    }
}
