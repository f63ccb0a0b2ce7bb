package io.kubetutor.manifest.validate;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.StatefulSet;

/**
 * A manifest without {@code spec:} decodes to a null spec record; in Go the spec is a struct and
 * simply zero-valued. Defaulting and validation both work on that zero value.
 */
final class ZeroSpecs {
    private ZeroSpecs() {
    }

    static KubeObject fill(KubeObject o) {
        if (o instanceof Service s && s.spec() == null) {
            return s.withSpec(ServiceSpec.builder().build());
        }
        if (o instanceof Pod p && p.spec() == null) {
            return p.withSpec(new PodSpec(null, null, null, null, null, null, null, null, false));
        }
        if (o instanceof Deployment d && d.spec() == null) {
            return d.withSpec(new Deployment.Spec(null, null, null, null, 0));
        }
        if (o instanceof ReplicaSet rs && rs.spec() == null) {
            return rs.withSpec(new ReplicaSet.Spec(null, null, null, 0));
        }
        if (o instanceof ReplicationController rc && rc.spec() == null) {
            return rc.withSpec(new ReplicationController.Spec(null, null, null, 0));
        }
        if (o instanceof StatefulSet ss && ss.spec() == null) {
            return ss.withSpec(new StatefulSet.Spec(null, null, null, null, null, 0));
        }
        if (o instanceof Ingress ing && ing.spec() == null) {
            return new Ingress(ing.metadata(), new Ingress.Spec(null, null, null, null), ing.statusAddresses(), ing.origin());
        }
        return o;
    }
}
