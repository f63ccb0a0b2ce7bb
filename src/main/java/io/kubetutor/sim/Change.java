package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;

/**
 * One thing the API server did, in order, so a UI can animate it: objects created, configured
 * or deleted, and the addresses and ports allocated or released for them.
 */
public sealed interface Change {

    record Created(KubeObject object) implements Change {
    }

    record Configured(KubeObject before, KubeObject after) implements Change {
    }

    /** {@code cause} says whether kubectl pruned it or it went with its namespace or Service. */
    record Deleted(KubeObject object, DeleteCause cause) implements Change {
    }

    /** A value taken from a pool for {@code owner} (a Service's key). */
    record Allocated(ObjectKey owner, Pool pool, String value) implements Change {
    }

    /** A value given back to its pool. */
    record Released(ObjectKey owner, Pool pool, String value) implements Change {
    }

    enum Pool {
        CLUSTER_IP, NODE_PORT, HEALTH_CHECK_NODE_PORT
    }

    enum DeleteCause {
        /** kubectl apply --prune removed it. */
        PRUNED,
        /** Deleted by a caller through {@link ApiServer#delete}. */
        DELETED,
        /** Removed with its namespace, or an Endpoints removed with its Service. */
        CASCADE
    }
}
