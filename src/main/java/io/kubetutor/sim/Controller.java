package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;

/**
 * A controller of the simulated control plane, told of every change as an informer would tell it.
 * {@code cause} says in plain words what happened ("pod web-0 deleted"), so that what the
 * controller does in turn can be explained by it.
 */
interface Controller {
    /** A pod was created (before null), changed, or removed from the store (after null). */
    default void podChanged(Pod before, Pod after, String cause) {
    }

    /** Any other object was created (before null), changed, or deleted (after null). */
    default void objectChanged(KubeObject before, KubeObject after, String cause) {
    }

    /**
     * Everything the cluster held at start has been listed: the controller may start acting on
     * what it queued meanwhile (WaitForCacheSync, then the workers start).
     */
    default void cachesSynced() {
    }
}
