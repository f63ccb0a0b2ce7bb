package io.kubetutor.kubectl;

import io.kubetutor.kubectl.print.TableLayout;
import io.kubetutor.model.KubeObject;
import java.util.List;

/**
 * The read-only views kubectl prints, written apart from the command line: the table of
 * {@code kubectl get} and the text of {@code kubectl describe}. Each returns exactly what kubectl
 * writes to stdout, trailing newline included.
 */
public interface Views {
    /**
     * The table for {@code resource} (canonical plural: services, endpoints, endpointslices, pods,
     * ingresses, deployments, replicasets, statefulsets, replicationcontrollers, namespaces).
     * {@code allNamespaces} adds the NAMESPACE column; {@code now} is the virtual time AGE is
     * measured against.
     */
    String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces, long now);

    /**
     * The table when one {@code kubectl get} lists several resource types ({@code get svc,ep}):
     * kubectl then writes each NAME as {@code service/web}. Printers that do not support it throw
     * UnsupportedOperationException, and kubectl says the tutor cannot print it yet.
     */
    default String getTable(String resource, List<KubeObject> objects, boolean wide, boolean allNamespaces,
                            boolean withKind, long now) {
        if (withKind) {
            throw new UnsupportedOperationException("tables with the kind in the NAME column");
        }
        return getTable(resource, objects, wide, allNamespaces, now);
    }

    /**
     * The table as kubectl decorates it ({@link TableLayout}: -o wide, -A, kind/name, -L and
     * --show-labels). Printers that cannot decorate so throw UnsupportedOperationException.
     */
    default String getTable(String resource, List<KubeObject> objects, TableLayout layout, long now) {
        if (!layout.labelColumns().isEmpty() || layout.showLabels()) {
            throw new UnsupportedOperationException("tables with label columns");
        }
        return getTable(resource, objects, layout.wide(), layout.allNamespaces(), !layout.kindPrefix().isEmpty(), now);
    }

    /** {@code kubectl describe} of one object. */
    String describe(KubeObject object, KubectlCluster cluster);
}
