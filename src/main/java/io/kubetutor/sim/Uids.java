package io.kubetutor.sim;

import io.kubetutor.model.KubeObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Object uids shaped as the API server's (random UUIDs), made deterministic without drawing from
 * the simulation's random generator: drawing would shift every later ClusterIP and NodePort choice.
 */
final class Uids {
    private long counter;

    String next(KubeObject o) {
        counter++;
        String seed = counter + "/" + o.kind() + "/" + o.namespace() + "/" + o.name();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
