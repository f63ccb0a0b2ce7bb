package io.kubetutor.kubectl;

import io.kubetutor.model.GoValues;
import io.kubetutor.model.KubeObject;
import io.kubetutor.sim.ObjectKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One kubectl command being run: the cluster, the views, the parsed flags and arguments, the
 * namespace in effect, and what has been written to stdout and stderr so far.
 */
final class Invocation {
    final KubectlCluster cluster;
    final Views views;
    final FlagParser.Parsed flags;
    final String commandPath;
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    Invocation(KubectlCluster cluster, Views views, FlagParser.Parsed flags, String commandPath) {
        this.cluster = cluster;
        this.views = views;
        this.flags = flags;
        this.commandPath = commandPath;
    }

    List<String> args() {
        return flags.args();
    }

    /** -n/--namespace, or "default" as kubeconfig's context gives it when none is set. */
    String namespace() {
        String ns = flags.get("namespace");
        return ns == null || ns.isEmpty() ? "default" : ns;
    }

    boolean allNamespaces() {
        return flags.flag("all-namespaces");
    }

    /**
     * Every request for v1 Endpoints gets the API server's deprecation warning (v1.33+), which
     * kubectl prints to stderr once per command (its warning writer deduplicates).
     */
    private void warnIfDeprecated(ResourceType type) {
        if (type.kind().equals("Endpoints") && type.group().isEmpty()) {
            String line = "Warning: " + ENDPOINTS_DEPRECATED + "\n";
            if (err.indexOf(line) < 0) {
                err.append(line);
            }
        }
    }

    static final String ENDPOINTS_DEPRECATED = "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

    /** The stored object a ref names, looked up in the namespace in effect. */
    Optional<KubeObject> find(ResourceType type, String name) {
        warnIfDeprecated(type);
        String ns = type.namespaced() ? namespace() : "";
        return cluster.snapshot().get(new ObjectKey(type.group(), type.kind(), ns, name));
    }

    /**
     * Every object of a type in the namespace in effect (every namespace with -A), in the order the
     * API server lists them: by namespace, then name.
     */
    List<KubeObject> list(ResourceType type, boolean allNamespaces) {
        warnIfDeprecated(type);
        List<KubeObject> found = new ArrayList<>();
        for (KubeObject o : cluster.snapshot().all(type.type())) {
            if (!type.namespaced() || allNamespaces || o.namespace().equals(namespace())) {
                found.add(o);
            }
        }
        found.sort(Comparator.comparing(KubeObject::namespace, GoValues.STRING_ORDER)
                .thenComparing(KubeObject::name, GoValues.STRING_ORDER));
        return found;
    }

    /** The dry-run strategy from --dry-run, with GetDryRunStrategy's error for a bad value. */
    DryRun dryRun() throws KubectlError {
        String v = flags.getOr("dry-run", "none");
        switch (v) {
            case "unchanged", "client":
                return DryRun.CLIENT;
            case "server":
                throw KubectlError.plain("the tutor does not simulate --dry-run=server; use --dry-run=client");
            case "none":
                return DryRun.NONE;
            default:
                if (FlagParser.isBool(v)) {
                    return FlagParser.parseBool(v) ? DryRun.CLIENT : DryRun.NONE;
                }
                throw KubectlError.plain("Invalid dry-run value (" + v + "). Must be \"none\", \"server\", or \"client\".");
        }
    }

    enum DryRun {
        NONE, CLIENT, SERVER
    }
}
