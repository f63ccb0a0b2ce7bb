package io.kubetutor.manifest.validate;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.FieldError;
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
import java.util.List;
import java.util.Map;

/**
 * The API server's validation of objects (ValidateService, ValidateEndpoints, ...), in its order,
 * as kube-apiserver v1.33 does it. Inputs are defaulted ({@link Defaults#apply}) and, for
 * Services, normalized and IP-family-initialised ({@link ServiceAllocationDefaults}).
 * The namespace of namespaced objects is expected to be filled in (kubectl sends the current
 * namespace); an empty one is not reported, because the real server never sees it empty.
 */
public final class Validation {
    private Validation() {
    }

    /** Field errors for creating {@code o} (already defaulted and allocated), in the server's order. */
    public static List<FieldError> validateCreate(KubeObject o) {
        if (o instanceof Service s) {
            return ServiceValidation.validate(s);
        }
        if (o instanceof Pod p) {
            return PodValidation.validateCreate(p);
        }
        if (o instanceof Deployment d) {
            return WorkloadValidation.deployment(d);
        }
        if (o instanceof ReplicaSet rs) {
            return WorkloadValidation.replicaSet(rs);
        }
        if (o instanceof ReplicationController rc) {
            return WorkloadValidation.replicationController(rc);
        }
        if (o instanceof StatefulSet ss) {
            return WorkloadValidation.statefulSet(ss);
        }
        if (o instanceof Endpoints ep) {
            return EndpointsValidation.endpoints(ep);
        }
        if (o instanceof EndpointSlice es) {
            return EndpointsValidation.endpointSlice(es);
        }
        if (o instanceof Ingress ing) {
            return IngressValidation.ingressCreate(ing);
        }
        if (o instanceof IngressClass ic) {
            return IngressValidation.ingressClass(ic);
        }
        if (o instanceof Namespace ns) {
            return MetaValidation.objectMeta(ns.metadata(), false, MetaValidation.NameRule.DNS1123_LABEL);
        }
        return List.of();
    }

    /**
     * Field errors for replacing {@code old} with {@code updated} (immutable fields, then the create
     * rules). Both must be the same kind; otherwise there is nothing to compare and the create rules apply.
     */
    public static List<FieldError> validateUpdate(KubeObject old, KubeObject updated) {
        if (updated instanceof Service s && old instanceof Service o) {
            return ServiceIPValidation.validateUpdate(s, o);
        }
        if (updated instanceof Pod p && old instanceof Pod o) {
            return PodValidation.validateUpdate(p, o);
        }
        if (updated instanceof Deployment d && old instanceof Deployment o) {
            return WorkloadValidation.deploymentUpdate(d, o);
        }
        if (updated instanceof ReplicaSet rs && old instanceof ReplicaSet o) {
            return WorkloadValidation.replicaSetUpdate(rs, o);
        }
        if (updated instanceof ReplicationController rc && old instanceof ReplicationController o) {
            return WorkloadValidation.replicationControllerUpdate(rc, o);
        }
        if (updated instanceof StatefulSet ss && old instanceof StatefulSet o) {
            return WorkloadValidation.statefulSetUpdate(ss, o);
        }
        if (updated instanceof Endpoints ep && old instanceof Endpoints o) {
            return EndpointsValidation.endpointsUpdate(ep, o);
        }
        if (updated instanceof EndpointSlice es && old instanceof EndpointSlice o) {
            return EndpointsValidation.endpointSliceUpdate(es, o);
        }
        if (updated instanceof Ingress ing && old instanceof Ingress o) {
            return IngressValidation.ingressUpdate(ing, o);
        }
        if (updated instanceof IngressClass ic && old instanceof IngressClass o) {
            return IngressValidation.ingressClassUpdate(ic, o);
        }
        if (updated instanceof Namespace ns && old instanceof Namespace o) {
            // ValidateNamespaceUpdate checks the metadata only.
            return new ArrayList<>(MetaValidation.objectMetaUpdate(ns.metadata(), o.metadata()));
        }
        return validateCreate(updated);
    }

    /**
     * ValidateServiceClusterIPsRelatedFields: clusterIP/clusterIPs agreement, IP syntax, families and
     * policy. The API server also runs it early, while allocating, where its errors end the request.
     */
    public static List<FieldError> validateServiceClusterIPsRelatedFields(Service s) {
        return ServiceIPValidation.clusterIPsRelatedFields(s);
    }

    /**
     * apimachinery's ValidateLabels of {@code labels} at {@code path}: every bad key or value is an
     * Invalid error on the map's own path, as the API server reports metadata.labels. For label maps
     * outside API objects, such as a cluster file's node labels.
     */
    public static List<FieldError> validateLabels(Map<String, String> labels, String path) {
        return MetaValidation.labels(labels, FieldPath.root(path));
    }
}
