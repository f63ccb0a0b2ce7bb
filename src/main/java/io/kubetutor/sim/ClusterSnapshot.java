package io.kubetutor.sim;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable copy of the cluster's objects at one moment, in the order they were created. */
public final class ClusterSnapshot {
    /** Group and kind of each simulated class, so callers can look up by class. */
    private static final Map<Class<? extends KubeObject>, String[]> KINDS = Map.ofEntries(
            Map.entry(Service.class, new String[] {"", "Service"}),
            Map.entry(Pod.class, new String[] {"", "Pod"}),
            Map.entry(Endpoints.class, new String[] {"", "Endpoints"}),
            Map.entry(Namespace.class, new String[] {"", "Namespace"}),
            Map.entry(ReplicationController.class, new String[] {"", "ReplicationController"}),
            Map.entry(EndpointSlice.class, new String[] {"discovery.k8s.io", "EndpointSlice"}),
            Map.entry(Deployment.class, new String[] {"apps", "Deployment"}),
            Map.entry(ReplicaSet.class, new String[] {"apps", "ReplicaSet"}),
            Map.entry(StatefulSet.class, new String[] {"apps", "StatefulSet"}),
            Map.entry(Ingress.class, new String[] {"networking.k8s.io", "Ingress"}),
            Map.entry(IngressClass.class, new String[] {"networking.k8s.io", "IngressClass"}));

    private final Map<ObjectKey, KubeObject> index;
    private final List<KubeObject> objects;

    ClusterSnapshot(Map<ObjectKey, KubeObject> index) {
        this.index = Collections.unmodifiableMap(index);
        this.objects = List.copyOf(index.values());
    }

    public List<KubeObject> objects() {
        return objects;
    }

    public Optional<KubeObject> get(ObjectKey key) {
        return Optional.ofNullable(index.get(key));
    }

    /** Looks up a simulated kind; {@code namespace} is ignored for cluster-scoped kinds. */
    public <T extends KubeObject> Optional<T> get(Class<T> type, String namespace, String name) {
        return get(key(type, namespace, name)).map(type::cast);
    }

    /** Every object of one simulated kind, in creation order. */
    public <T extends KubeObject> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (KubeObject o : objects) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    static ObjectKey key(Class<? extends KubeObject> type, String namespace, String name) {
        String[] gk = KINDS.get(type);
        if (gk == null) {
            throw new IllegalArgumentException("look up unsimulated kinds by ObjectKey, not by " + type.getSimpleName());
        }
        boolean clusterScoped = type == Namespace.class || type == IngressClass.class;
        return new ObjectKey(gk[0], gk[1], clusterScoped ? "" : namespace, name);
    }
}
