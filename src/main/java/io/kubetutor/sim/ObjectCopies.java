package io.kubetutor.sim;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.model.UnsimulatedObject;

/** Copies of any kind with other metadata or origin, which the records offer only per kind. */
final class ObjectCopies {
    private ObjectCopies() {
    }

    static KubeObject with(KubeObject o, ObjectMeta m, Origin origin) {
        if (o instanceof Service s) {
            return new Service(m, s.spec(), s.status(), origin);
        } else if (o instanceof Pod p) {
            return new Pod(m, p.spec(), p.status(), origin);
        } else if (o instanceof Endpoints e) {
            return new Endpoints(m, e.subsets(), origin);
        } else if (o instanceof EndpointSlice e) {
            return new EndpointSlice(m, e.addressType(), e.endpoints(), e.ports(), origin);
        } else if (o instanceof Namespace) {
            return new Namespace(m, origin);
        } else if (o instanceof Deployment d) {
            return new Deployment(m, d.spec(), origin);
        } else if (o instanceof ReplicaSet r) {
            return new ReplicaSet(m, r.spec(), origin);
        } else if (o instanceof ReplicationController r) {
            return new ReplicationController(m, r.spec(), origin);
        } else if (o instanceof StatefulSet s) {
            return new StatefulSet(m, s.spec(), origin);
        } else if (o instanceof Ingress i) {
            return new Ingress(m, i.spec(), i.statusAddresses(), origin);
        } else if (o instanceof IngressClass c) {
            return new IngressClass(m, c.controller(), origin);
        } else {
            UnsimulatedObject u = (UnsimulatedObject) o;
            return new UnsimulatedObject(u.apiVersion(), u.kind(), m, u.namespaced(), origin);
        }
    }

    static KubeObject withMetadata(KubeObject o, ObjectMeta m) {
        return with(o, m, o.origin());
    }

    static KubeObject withOrigin(KubeObject o, Origin origin) {
        return with(o, o.metadata(), origin);
    }

    /**
     * The written content of an object, without where it was written: two manifests that differ
     * only in position compare equal (kubectl's last-applied annotation holds content only).
     */
    static KubeObject content(KubeObject o) {
        return withOrigin(o, Origin.SYSTEM);
    }
}
