package io.kubetutor.kubectl;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.model.UnsimulatedObject;

/** Copies of any kind with other metadata or replicas, for the commands that change one field. */
final class Copies {
    private Copies() {
    }

    static KubeObject withMetadata(KubeObject o, ObjectMeta m) {
        if (o instanceof Service s) {
            return s.withMetadata(m);
        } else if (o instanceof Pod p) {
            return p.withMetadata(m);
        } else if (o instanceof Endpoints e) {
            return new Endpoints(m, e.subsets(), e.origin());
        } else if (o instanceof EndpointSlice e) {
            return new EndpointSlice(m, e.addressType(), e.endpoints(), e.ports(), e.origin());
        } else if (o instanceof Namespace n) {
            return new Namespace(m, n.origin());
        } else if (o instanceof Deployment d) {
            return new Deployment(m, d.spec(), d.origin());
        } else if (o instanceof ReplicaSet r) {
            return new ReplicaSet(m, r.spec(), r.origin());
        } else if (o instanceof ReplicationController r) {
            return new ReplicationController(m, r.spec(), r.origin());
        } else if (o instanceof StatefulSet s) {
            return new StatefulSet(m, s.spec(), s.origin());
        } else if (o instanceof Ingress i) {
            return new Ingress(m, i.spec(), i.statusAddresses(), i.origin());
        } else if (o instanceof IngressClass c) {
            return new IngressClass(m, c.controller(), c.origin());
        }
        UnsimulatedObject u = (UnsimulatedObject) o;
        return new UnsimulatedObject(u.apiVersion(), u.kind(), m, u.namespaced(), u.origin());
    }

    /** spec.replicas of a scalable kind; null for kinds without a scale subresource. */
    static Integer replicas(KubeObject o) {
        if (o instanceof Deployment d) {
            return d.spec().replicas() == null ? 1 : d.spec().replicas();
        } else if (o instanceof ReplicaSet r) {
            return r.spec().replicas() == null ? 1 : r.spec().replicas();
        } else if (o instanceof StatefulSet s) {
            return s.spec().replicas() == null ? 1 : s.spec().replicas();
        } else if (o instanceof ReplicationController r) {
            return r.spec().replicas() == null ? 1 : r.spec().replicas();
        }
        return null;
    }

    static KubeObject withReplicas(KubeObject o, int n) {
        if (o instanceof Deployment d) {
            Deployment.Spec s = d.spec();
            return d.withSpec(s.withReplicas(n));
        } else if (o instanceof ReplicaSet r) {
            ReplicaSet.Spec s = r.spec();
            return r.withSpec(new ReplicaSet.Spec(n, s.selector(), s.template(), s.minReadySeconds()));
        } else if (o instanceof StatefulSet st) {
            StatefulSet.Spec s = st.spec();
            return st.withSpec(new StatefulSet.Spec(n, s.selector(), s.template(), s.serviceName(),
                    s.podManagementPolicy(), s.minReadySeconds()));
        }
        ReplicationController r = (ReplicationController) o;
        ReplicationController.Spec s = r.spec();
        return r.withSpec(new ReplicationController.Spec(n, s.selector(), s.template(), s.minReadySeconds()));
    }
}
