package io.kubetutor.kubectl;

import io.kubetutor.kubectl.exec.ExecRequest;
import io.kubetutor.kubectl.exec.ExecResult;
import io.kubetutor.kubectl.print.EventRow;
import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Severity;
import io.kubetutor.sim.ApiServer;
import io.kubetutor.sim.ApplyResult;
import io.kubetutor.sim.ClusterSnapshot;
import io.kubetutor.sim.ObjectKey;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A KubectlCluster over the simulated API server alone (no controllers): creates and updates go
 * through apply, so defaulting, allocation and validation answer as the server does.
 */
final class TestCluster implements KubectlCluster {
    final ApiServer server = new ApiServer(ClusterTopology.defaults(), new SplittableRandom(1));

    /** A cluster holding the objects of a manifest text. */
    static TestCluster with(String yaml) {
        TestCluster c = new TestCluster();
        LoadedManifests loaded = ManifestLoader.load("test.yaml", yaml);
        for (Diagnostic d : loaded.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new IllegalArgumentException(d.format());
            }
        }
        ApplyResult r = c.server.apply("test.yaml", loaded.objects(), false);
        if (r.failed()) {
            throw new IllegalArgumentException(String.join("\n", r.lines()));
        }
        return c;
    }

    @Override
    public ClusterSnapshot snapshot() {
        return server.snapshot();
    }

    @Override
    public long now() {
        return server.clock().now();
    }

    @Override
    public WriteResult create(KubeObject object) {
        if (server.get(ObjectKey.of(object)).isPresent()) {
            return WriteResult.refused("Error from server (AlreadyExists): " + io.kubetutor.sim.ResourceNames
                    .groupResource(object) + " \"" + object.name() + "\" already exists");
        }
        return write(object);
    }

    @Override
    public WriteResult update(KubeObject updated) {
        return write(updated);
    }

    private WriteResult write(KubeObject object) {
        Optional<KubeObject> before = server.get(ObjectKey.of(object));
        ApplyResult r = server.apply("kubectl", List.of(object), false);
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                return WriteResult.refused(d.message());
            }
        }
        KubeObject stored = server.get(ObjectKey.of(object)).orElseThrow();
        return WriteResult.ok(stored, before.map(b -> !b.equals(stored)).orElse(true));
    }

    @Override
    public WriteResult delete(ObjectKey key) {
        Optional<KubeObject> found = server.get(key);
        if (found.isEmpty()) {
            return WriteResult.refused("Error from server (NotFound): " + key.name() + " not found");
        }
        server.delete(key);
        return WriteResult.ok(found.get(), true);
    }

    @Override
    public List<EventRow> events(ObjectKey about) {
        return List.of();
    }

    /** The API server alone runs no kubelet, so no container is ever running to exec into. */
    @Override
    public ExecResult exec(ExecRequest request) {
        return ExecResult.failed("error: unable to upgrade connection: container not found (\"" + request.container()
                + "\")");
    }

    /** Views that name what they were asked to print, so tests see what reached the printers. */
    static final Views NAMING_VIEWS = new Views() {
        @Override
        public String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces,
                               long now) {
            StringBuilder b = new StringBuilder("TABLE ").append(resource);
            for (KubeObject o : objects) {
                b.append(' ').append(allNamespaces ? o.namespace() + "/" : "").append(o.name());
            }
            return b.append(wide ? " (wide)" : "").append('\n').toString();
        }

        @Override
        public String describe(KubeObject object, KubectlCluster cluster) {
            return "DESCRIBE " + object.kind() + " " + object.namespace() + "/" + object.name() + "\n";
        }
    };

    Kubectl.Output run(String... args) {
        return Kubectl.run(this, NAMING_VIEWS, List.of(args));
    }
}
