package io.kubetutor.kubectl;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.StatefulSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * kubectl's REST mapping of a resource argument to a simulated resource: the plural, singular and
 * short names discovery publishes, the kind, and the group-qualified forms
 * ({@code endpointslices.discovery.k8s.io}, {@code deployments.v1.apps}), case-insensitively as the
 * RESTMapper lowercases what it is given.
 */
final class ResourceTypes {
    static final List<ResourceType> ALL = List.of(
            new ResourceType("services", "service", List.of("svc"), "Service", "", true, Service.class),
            new ResourceType("endpoints", "endpoints", List.of("ep"), "Endpoints", "", true, Endpoints.class),
            new ResourceType("endpointslices", "endpointslice", List.of(), "EndpointSlice", "discovery.k8s.io", true,
                    EndpointSlice.class),
            new ResourceType("pods", "pod", List.of("po"), "Pod", "", true, Pod.class),
            new ResourceType("ingresses", "ingress", List.of("ing"), "Ingress", "networking.k8s.io", true,
                    Ingress.class),
            new ResourceType("ingressclasses", "ingressclass", List.of(), "IngressClass", "networking.k8s.io", false,
                    IngressClass.class),
            new ResourceType("deployments", "deployment", List.of("deploy"), "Deployment", "apps", true,
                    Deployment.class),
            new ResourceType("replicasets", "replicaset", List.of("rs"), "ReplicaSet", "apps", true, ReplicaSet.class),
            new ResourceType("statefulsets", "statefulset", List.of("sts"), "StatefulSet", "apps", true,
                    StatefulSet.class),
            new ResourceType("replicationcontrollers", "replicationcontroller", List.of("rc"), "ReplicationController",
                    "", true, ReplicationController.class),
            new ResourceType("namespaces", "namespace", List.of("ns"), "Namespace", "", false, Namespace.class));

    /** Versions each group serves, for the resource.version.group form. */
    private static final Set<String> VERSIONS = Set.of("v1");

    /** Real resources a v1.33 cluster serves that the tutor does not simulate (names and short names). */
    private static final Set<String> UNSIMULATED = Set.of("configmaps", "configmap", "cm", "secrets", "secret",
            "nodes", "node", "no", "networkpolicies", "networkpolicy", "netpol", "serviceaccounts", "serviceaccount",
            "sa", "persistentvolumeclaims", "persistentvolumeclaim", "pvc", "persistentvolumes", "persistentvolume",
            "pv", "daemonsets", "daemonset", "ds", "jobs", "job", "cronjobs", "cronjob", "cj", "events", "event", "ev",
            "horizontalpodautoscalers", "horizontalpodautoscaler", "hpa", "all", "limitranges", "limits",
            "resourcequotas", "quota", "roles", "rolebindings", "clusterroles", "clusterrolebindings",
            "storageclasses", "sc", "customresourcedefinitions", "crd", "crds", "leases", "poddisruptionbudgets", "pdb",
            "podtemplates", "controllerrevisions", "servicecidrs", "ipaddresses");

    private ResourceTypes() {
    }

    /**
     * The simulated resource {@code arg} names, or a KubectlError with kubectl's text for a resource
     * the server does not have (or the tutor's own sentence for a real one it does not simulate).
     */
    static ResourceType resolve(String arg) throws KubectlError {
        String a = arg.toLowerCase(Locale.ROOT);
        for (ResourceType t : ALL) {
            if (matchesName(t, a)) {
                return t;
            }
        }
        String[] parts = a.split("\\.", 3);
        if (parts.length >= 2) {
            // resource.group, or resource.version.group when the middle part is a served version
            String resource = parts[0];
            String rest = a.substring(resource.length() + 1);
            for (ResourceType t : ALL) {
                if (!matchesName(t, resource)) {
                    continue;
                }
                if (rest.equals(t.group())) {
                    return t;
                }
                int dot = rest.indexOf('.');
                String version = dot < 0 ? rest : rest.substring(0, dot);
                String group = dot < 0 ? "" : rest.substring(dot + 1);
                if (VERSIONS.contains(version) && group.equals(t.group())) {
                    return t;
                }
            }
        }
        if (UNSIMULATED.contains(a) || (parts.length > 1 && UNSIMULATED.contains(parts[0]))) {
            throw KubectlError.plain("the tutor's cluster does not simulate " + GoText.quote(arg)
                    + "; it simulates services, endpoints, endpointslices, pods, ingresses, deployments,"
                    + " replicasets, statefulsets, replicationcontrollers and namespaces");
        }
        throw KubectlError.plain(noSuchType(arg));
    }

    /** checkErr's text for a NoResourceMatchError, with the group and version kubectl parsed out of the argument. */
    private static String noSuchType(String arg) {
        String[] parts = arg.split("\\.", 3);
        if (parts.length == 3) {
            // ParseResourceArg tries resource.version.group first, then falls back to resource.group
            return "the server doesn't have a resource type " + GoText.quote(parts[0]) + " in group "
                    + GoText.quote(arg.substring(parts[0].length() + 1));
        }
        if (parts.length == 2) {
            return "the server doesn't have a resource type " + GoText.quote(parts[0]) + " in group "
                    + GoText.quote(parts[1]);
        }
        return "the server doesn't have a resource type " + GoText.quote(arg);
    }

    private static boolean matchesName(ResourceType t, String a) {
        return a.equals(t.plural()) || a.equals(t.singular()) || t.shortNames().contains(a);
    }
}
