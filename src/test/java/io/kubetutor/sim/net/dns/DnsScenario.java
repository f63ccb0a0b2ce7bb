package io.kubetutor.sim.net.dns;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.NetworkState;

/** A simulated cluster built from YAML as a learner writes it, settled, and read as the data plane reads it. */
final class DnsScenario {
    private static final String FILE = "dns.yaml";
    private final Cluster cluster = new Cluster(ClusterTopology.defaults(), 7);

    /** Applies {@code yaml}, failing the test on any error, then lets the cluster come to rest. */
    DnsScenario apply(String yaml) {
        LoadedManifests m = ManifestLoader.load(FILE, yaml);
        for (Diagnostic d : m.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new AssertionError(d.format());
            }
        }
        ApplyResult r = cluster.apply(FILE, m.objects(), false);
        if (r.failed()) {
            throw new AssertionError(String.join("\n", r.lines()));
        }
        cluster.settle(120_000);
        return this;
    }

    static DnsScenario of(String yaml) {
        return new DnsScenario().apply(yaml);
    }

    Cluster cluster() {
        return cluster;
    }

    NetworkState state() {
        return cluster.networkState();
    }

    ClusterDns dns() {
        return ClusterDns.build(state());
    }

    Pod pod(String namespace, String name) {
        Pod p = state().pod(namespace, name);
        if (p == null) {
            throw new AssertionError("no pod " + namespace + "/" + name);
        }
        return p;
    }

    ResolvConf resolvConf(String namespace, String pod) {
        return ResolvConf.forPod(pod(namespace, pod), state());
    }

    /** getaddrinfo-style lookup from inside {@code pod}. */
    Resolution resolveFrom(String namespace, String pod, String name, RecordType type) {
        return StubResolver.resolve(name, resolvConf(namespace, pod), dns(), type);
    }

    String podIp(String namespace, String name) {
        return pod(namespace, name).status().podIP();
    }
}
