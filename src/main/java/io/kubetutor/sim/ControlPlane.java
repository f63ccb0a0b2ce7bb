package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import java.util.random.RandomGenerator;

/** What the controllers may do to the cluster, each write telling the other controllers in turn. */
interface ControlPlane {
    ApiServer api();

    PodIndex pods();

    EventLog log();

    KubeEvents kubeEvents();

    RandomGenerator random();

    long now();

    /** Stores a pod a controller made (named already) and starts its life. */
    void createPod(Pod pod, String cause);

    /** Graceful deletion of a pod. */
    void deletePod(Pod pod, String cause);

    /** Replaces a stored pod's metadata (owner released or adopted) and tells the controllers. */
    void writePod(Pod before, Pod after, String cause);

    /** Stores an object a controller made or changed (a ReplicaSet) and tells the controllers. */
    void writeObject(KubeObject before, KubeObject after, String cause);

    /** Deletes an object with what goes with it and tells the controllers. */
    void deleteObject(ObjectKey key, String cause);
}
