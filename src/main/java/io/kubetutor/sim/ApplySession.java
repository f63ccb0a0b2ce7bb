package io.kubetutor.sim;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Service;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One {@code kubectl apply [--prune --all] -f FILE} against the simulated API server: each object
 * in order is created, configured or left unchanged; failures are collected and printed at the end
 * as kubectl prints them; pruning runs only when every object succeeded (kubectl returns before its
 * post-processor on any error).
 */
final class ApplySession {
    static final String ENDPOINTS_WARNING = "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final ObjectStore store;
    private final ServiceWriter services;
    private final Deletions deletions;
    private final ServerChecks checks;
    private final String file;
    private final List<String> lines = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<ApplyFailure> failures = new ArrayList<>();
    private final Set<ObjectKey> visited = new HashSet<>();
    private final Set<String> visitedNamespaces = new TreeSet<>();
    private boolean endpointsWarned;

    private final UnaryOperator<KubeObject> stamp;

    ApplySession(ObjectStore store, ServiceWriter services, Deletions deletions, ServerChecks checks, String file,
                 UnaryOperator<KubeObject> stamp) {
        this.stamp = stamp;
        this.store = store;
        this.services = services;
        this.deletions = deletions;
        this.checks = checks;
        this.file = file;
    }

    ApplyResult run(List<KubeObject> objects, boolean prune) {
        if (objects.isEmpty()) {
            // kubectl refuses an empty input outright, so an emptied file prunes nothing.
            String message = ApiServer.NO_OBJECTS;
            diagnostics.add(Diagnostic.error(file, SourcePos.START, message));
            return new ApplyResult(List.of("error: " + message), diagnostics, changes);
        }
        for (KubeObject o : objects) {
            applyOne(o);
        }
        if (failures.isEmpty() && prune) {
            new Pruner(store, deletions, this).prune(visited, visitedNamespaces);
        }
        if (failures.size() == 1) {
            lines.add(failures.get(0).alone());
        } else {
            for (ApplyFailure f : failures) {
                lines.add(f.amongOthers());
            }
        }
        return new ApplyResult(lines, diagnostics, changes);
    }

    /**
     * A direct write, as kubectl create/expose (POST, no last-applied configuration) or a command
     * that changed a fetched object (PUT: label, scale, patch) sends it.
     */
    WriteOutcome write(KubeObject raw, boolean create) {
        KubeObject o = raw.namespaced() && raw.namespace().isEmpty()
                ? ObjectCopies.withMetadata(raw, raw.metadata().withNamespace("default")) : raw;
        ObjectKey key = ObjectKey.of(o);
        ObjectStore.Entry existing = store.get(key);
        if (create && existing != null) {
            return WriteOutcome.refused("Error from server (AlreadyExists): " + ResourceNames.groupResource(o) + " \""
                    + o.name() + "\" already exists", changes);
        }
        if (!create && existing == null) {
            return WriteOutcome.refused("Error from server (NotFound): " + ResourceNames.groupResource(o) + " \""
                    + o.name() + "\" not found", changes);
        }
        if (create) {
            create(o, key);
        } else {
            if (ObjectCopies.content(o).equals(ObjectCopies.content(existing.object()))) {
                return new WriteOutcome(existing.object(), false, null, changes);
            }
            replace(o, existing);
        }
        if (!failures.isEmpty()) {
            return WriteOutcome.refused(failures.get(0).alone(), changes);
        }
        KubeObject stored = store.get(key).object();
        return new WriteOutcome(stored, true, null, changes);
    }

    /** PUT: the whole object as the client sent it; the last-applied configuration stays as it was. */
    private void replace(KubeObject o, ObjectStore.Entry existing) {
        KubeObject live = existing.object();
        KubeObject updated = withServerFields(canonical(checks.defaults(o)), live.metadata());
        AllocationJournal journal = null;
        if (updated instanceof Service svc) {
            try {
                ServiceWriter.Prepared p = services.beginUpdate((Service) live, null, svc);
                updated = p.service();
                journal = p.journal();
            } catch (Refused r) {
                fail(o, false, r.error());
                return;
            }
        }
        List<FieldError> errors = checks.validateUpdate(live, updated);
        if (!errors.isEmpty()) {
            revert(journal);
            fail(updated, false, new ApiError.Invalid(errors));
            return;
        }
        store.put(new ObjectStore.Entry(updated, existing.lastApplied(), existing.system()));
        changes.add(new Change.Configured(live, updated));
        commit(journal);
    }

    private void applyOne(KubeObject raw) {
        KubeObject o = raw.namespaced() && raw.namespace().isEmpty()
                ? ObjectCopies.withMetadata(raw, raw.metadata().withNamespace("default")) : raw;
        if (o.namespaced()) {
            visitedNamespaces.add(o.namespace());
        }
        if (o.name().isEmpty()) {
            failNameless(o);
            return;
        }
        if (o.kind().equals("Endpoints") && o.apiVersion().equals("v1")) {
            endpointsTouched();
            diagnostics.add(Diagnostic.warning(file, o.origin().start(), ENDPOINTS_WARNING));
        }
        ObjectKey key = ObjectKey.of(o);
        ObjectStore.Entry existing = store.get(key);
        if (existing == null) {
            create(o, key);
        } else {
            update(o, key, existing);
        }
    }

    private void create(KubeObject o, ObjectKey key) {
        if (o.namespaced() && !store.namespaceExists(o.namespace())) {
            // NamespaceLifecycle admission runs before the registry: no allocation, no validation.
            fail(o, true, new ApiError.ServerStatus("NotFound", "namespaces \"" + o.namespace() + "\" not found",
                    "metadata.namespace"));
            return;
        }
        KubeObject stored = canonical(checks.defaults(o));
        AllocationJournal journal = null;
        if (stored instanceof Service svc) {
            try {
                ServiceWriter.Prepared p = services.beginCreate(svc);
                stored = p.service();
                journal = p.journal();
            } catch (Refused r) {
                fail(o, true, r.error());
                return;
            }
        }
        List<FieldError> errors = checks.validateCreate(stored);
        if (!errors.isEmpty()) {
            revert(journal);
            fail(stored, true, new ApiError.Invalid(errors));
            return;
        }
        stored = stamp.apply(stored);
        store.put(new ObjectStore.Entry(stored, file == null ? null : ObjectCopies.content(o), false));
        visited.add(key);
        changes.add(new Change.Created(stored));
        commit(journal);
        if (file != null) {
            lines.add(ResourceNames.printed(o) + " created");
        }
    }

    private void update(KubeObject o, ObjectKey key, ObjectStore.Entry existing) {
        visited.add(key); // kubectl marks it visited before it patches
        KubeObject content = ObjectCopies.content(o);
        if (existing.lastApplied() == null) {
            String warning = "resource " + ResourceNames.groupResource(o) + "/" + o.name() + " is missing the "
                    + LAST_APPLIED + " annotation which is required by kubectl apply. kubectl apply should only be "
                    + "used on resources created declaratively by either kubectl create --save-config or kubectl "
                    + "apply. The missing annotation will be patched automatically.";
            lines.add("Warning: " + warning);
            diagnostics.add(Diagnostic.warning(file, o.origin().start(), warning));
        } else if (content.equals(existing.lastApplied())) {
            lines.add(ResourceNames.printed(o) + " unchanged");
            return;
        }
        KubeObject live = existing.object();
        KubeObject updated = withServerFields(canonical(checks.defaults(o)), live.metadata());
        AllocationJournal journal = null;
        if (updated instanceof Service svc) {
            try {
                ServiceWriter.Prepared p = services.beginUpdate((Service) live, (Service) existing.lastApplied(), svc);
                updated = p.service();
                journal = p.journal();
            } catch (Refused r) {
                fail(o, false, r.error());
                return;
            }
        } else if (updated instanceof Pod pod && pod.status().equals(PodStatus.EMPTY)) {
            // A manifest that pins no status leaves the simulated one (IP, readiness) in place.
            updated = pod.withStatus(((Pod) live).status());
        } else if (updated instanceof io.kubetutor.model.Ingress ing && live instanceof io.kubetutor.model.Ingress was) {
            // status is a subresource: an update of the main resource leaves what the controller wrote.
            updated = new io.kubetutor.model.Ingress(ing.metadata(), ing.spec(), was.statusAddresses(), ing.origin());
        }
        List<FieldError> errors = checks.validateUpdate(live, updated);
        if (!errors.isEmpty()) {
            revert(journal);
            fail(updated, false, new ApiError.Invalid(errors));
            return;
        }
        store.put(new ObjectStore.Entry(updated, content, existing.system()));
        changes.add(new Change.Configured(live, updated));
        commit(journal);
        lines.add(ResourceNames.printed(o) + " configured");
    }

    /**
     * An update keeps what the server and controllers set (uid, creation time, owners, deletion):
     * a manifest never carries them, and apply's three-way merge leaves them alone.
     */
    private static KubeObject withServerFields(KubeObject o, ObjectMeta live) {
        ObjectMeta m = o.metadata().withServerFields(live.uid(), live.creationTimestamp())
                .withOwnerReferences(live.ownerReferences()).withDeletionTimestamp(live.deletionTimestamp());
        return ObjectCopies.withMetadata(o, m);
    }

    /** The namespace strategy forces the kubernetes.io/metadata.name label on every write. */
    private static KubeObject canonical(KubeObject o) {
        if (!(o instanceof Namespace ns)) {
            return o;
        }
        Map<String, String> labels = new LinkedHashMap<>(ns.metadata().labels());
        labels.put("kubernetes.io/metadata.name", ns.name());
        return ObjectCopies.withMetadata(ns, ns.metadata().withLabels(labels));
    }

    /** kubectl refuses objects without a name before it talks to the server. */
    private void failNameless(KubeObject o) {
        ObjectMeta m = o.metadata();
        if (!m.generateName().isEmpty()) {
            fail(o, true, new ApiError.ClientError("from " + m.generateName() + ": cannot use generate name with apply"));
            return;
        }
        String message = "error when retrieving current configuration of:\nResource: \""
                + ResourceNames.groupVersionResource(o) + "\", GroupVersionKind: \""
                + ResourceNames.groupVersionKind(o) + "\"\nName: \"\", Namespace: \"" + o.namespace()
                + "\"\nfrom server for: \"" + file + "\": resource name may not be empty";
        fail(o, true, new ApiError.ClientError(message));
    }

    private void fail(KubeObject o, boolean creating, ApiError error) {
        ApplyFailure f = new ApplyFailure(o, file, creating, error);
        failures.add(f);
        diagnostics.add(f.diagnostic());
    }

    private void commit(AllocationJournal journal) {
        if (journal != null) {
            changes.addAll(journal.commit());
        }
    }

    private static void revert(AllocationJournal journal) {
        if (journal != null) {
            journal.revert();
        }
    }

    /** Every v1 Endpoints request carries the deprecation warning; kubectl prints it once per run. */
    void endpointsTouched() {
        if (!endpointsWarned) {
            endpointsWarned = true;
            lines.add("Warning: " + ENDPOINTS_WARNING);
        }
    }

    void pruned(KubeObject o, List<Change> deleted) {
        lines.add(ResourceNames.printed(o) + " pruned");
        changes.addAll(deleted);
    }
}
