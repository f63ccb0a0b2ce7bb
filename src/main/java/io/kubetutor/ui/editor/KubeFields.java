package io.kubetutor.ui.editor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes fields the editor suggests, per kind, as the v1.33 API defines them (the
 * fields of the objects the tutor simulates; the names and the allowed values of enumerations
 * come from the API types). A field is a scalar (perhaps with its allowed values), an object
 * with known fields, a free-form map (labels, selectors), a list of objects or a list of scalars.
 */
public final class KubeFields {
    public enum Shape { SCALAR, OBJECT, MAP, LIST, SCALAR_LIST }

    public record Field(String name, Shape shape, List<String> values, List<Field> children) {
        public Field child(String childName) {
            for (Field f : children) {
                if (f.name.equals(childName)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** The kinds the simulated API server serves, for the value of {@code kind:}. */
    public static final List<String> KINDS = List.of("Service", "Deployment", "Pod", "StatefulSet", "ReplicaSet",
            "Endpoints", "EndpointSlice", "Ingress", "IngressClass", "Namespace", "ReplicationController");

    private static final Map<String, Field> ROOTS = new LinkedHashMap<>();

    private static final String[] BOOL = {"true", "false"};
    private static final String[] PROTOCOLS = {"TCP", "UDP", "SCTP"};

    static {
        Field metadata = object("metadata", scalar("name"), scalar("namespace"), map("labels"), map("annotations"),
                scalar("generateName"));
        Field probe = object("", object("httpGet", scalar("path"), scalar("port"), scalar("host"),
                        scalar("scheme", "HTTP", "HTTPS"), list("httpHeaders", scalar("name"), scalar("value"))),
                object("tcpSocket", scalar("port"), scalar("host")), object("exec", scalars("command")),
                object("grpc", scalar("port"), scalar("service")),
                scalar("initialDelaySeconds"), scalar("periodSeconds"), scalar("timeoutSeconds"),
                scalar("successThreshold"), scalar("failureThreshold"), scalar("terminationGracePeriodSeconds"));
        Field[] container = {scalar("name"), scalar("image"),
                scalar("imagePullPolicy", "Always", "IfNotPresent", "Never"), scalars("command"), scalars("args"),
                scalar("workingDir"),
                list("ports", scalar("containerPort"), scalar("name"), scalar("protocol", PROTOCOLS),
                        scalar("hostPort"), scalar("hostIP")),
                list("env", scalar("name"), scalar("value"), object("valueFrom",
                        object("fieldRef", scalar("fieldPath"), scalar("apiVersion")),
                        object("configMapKeyRef", scalar("name"), scalar("key")),
                        object("secretKeyRef", scalar("name"), scalar("key")))),
                renamed(probe, "readinessProbe"), renamed(probe, "livenessProbe"), renamed(probe, "startupProbe"),
                object("resources", map("limits"), map("requests"))};
        Field podSpec = object("spec", list("containers", container), list("initContainers", container),
                scalar("restartPolicy", "Always", "OnFailure", "Never"), scalar("nodeName"), map("nodeSelector"),
                scalar("hostNetwork", BOOL), scalar("hostname"), scalar("subdomain"),
                scalar("dnsPolicy", "ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"),
                scalar("serviceAccountName"), scalar("terminationGracePeriodSeconds"), scalar("priorityClassName"),
                scalar("schedulerName"), scalar("setHostnameAsFQDN", BOOL),
                list("tolerations", scalar("key"), scalar("operator", "Exists", "Equal"), scalar("value"),
                        scalar("effect", "NoSchedule", "PreferNoSchedule", "NoExecute"), scalar("tolerationSeconds")));
        Field template = object("template", metadata, podSpec);
        Field selector = object("selector", map("matchLabels"),
                list("matchExpressions", scalar("key"), scalar("operator", "In", "NotIn", "Exists", "DoesNotExist"),
                        scalars("values")));
        Field serviceBackend = object("service", scalar("name"), object("port", scalar("number"), scalar("name")));
        Field backend = object("backend", serviceBackend,
                object("resource", scalar("apiGroup"), scalar("kind"), scalar("name")));

        root("Service", "v1", object("spec",
                scalar("type", "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"),
                map("selector"),
                list("ports", scalar("name"), scalar("protocol", PROTOCOLS), scalar("appProtocol"), scalar("port"),
                        scalar("targetPort"), scalar("nodePort")),
                scalar("clusterIP"), scalars("clusterIPs"), scalars("externalIPs"), scalar("externalName"),
                scalar("sessionAffinity", "None", "ClientIP"),
                object("sessionAffinityConfig", object("clientIP", scalar("timeoutSeconds"))),
                scalar("externalTrafficPolicy", "Cluster", "Local"),
                scalar("internalTrafficPolicy", "Cluster", "Local"),
                scalar("publishNotReadyAddresses", BOOL), scalar("healthCheckNodePort"),
                scalar("loadBalancerIP"), scalars("loadBalancerSourceRanges"), scalar("loadBalancerClass"),
                scalar("allocateLoadBalancerNodePorts", BOOL),
                scalars("ipFamilies", "IPv4", "IPv6"),
                scalar("ipFamilyPolicy", "SingleStack", "PreferDualStack", "RequireDualStack"),
                scalar("trafficDistribution", "PreferClose")), metadata);
        root("Deployment", "apps/v1", object("spec", scalar("replicas"), selector, template,
                object("strategy", scalar("type", "RollingUpdate", "Recreate"),
                        object("rollingUpdate", scalar("maxSurge"), scalar("maxUnavailable"))),
                scalar("minReadySeconds"), scalar("revisionHistoryLimit"), scalar("progressDeadlineSeconds"),
                scalar("paused", BOOL)), metadata);
        root("StatefulSet", "apps/v1", object("spec", scalar("replicas"), selector, template, scalar("serviceName"),
                scalar("podManagementPolicy", "OrderedReady", "Parallel"),
                object("updateStrategy", scalar("type", "RollingUpdate", "OnDelete"),
                        object("rollingUpdate", scalar("partition"), scalar("maxUnavailable"))),
                scalar("minReadySeconds"), scalar("revisionHistoryLimit")), metadata);
        root("ReplicaSet", "apps/v1", object("spec", scalar("replicas"), selector, template,
                scalar("minReadySeconds")), metadata);
        root("ReplicationController", "v1", object("spec", scalar("replicas"), map("selector"), template,
                scalar("minReadySeconds")), metadata);
        root("Pod", "v1", podSpec, metadata);
        Field address = object("", scalar("ip"), scalar("hostname"), scalar("nodeName"),
                object("targetRef", scalar("kind"), scalar("name"), scalar("namespace"), scalar("uid")));
        root("Endpoints", "v1", list("subsets", list("addresses", address.children().toArray(Field[]::new)),
                list("notReadyAddresses", address.children().toArray(Field[]::new)),
                list("ports", scalar("name"), scalar("port"), scalar("protocol", PROTOCOLS), scalar("appProtocol"))),
                metadata);
        root("EndpointSlice", "discovery.k8s.io/v1", scalar("addressType", "IPv4", "IPv6", "FQDN"),
                list("endpoints", scalars("addresses"), object("conditions", scalar("ready", BOOL),
                                scalar("serving", BOOL), scalar("terminating", BOOL)),
                        scalar("nodeName"), scalar("hostname"), object("targetRef", scalar("kind"), scalar("name"),
                                scalar("namespace"))),
                list("ports", scalar("name"), scalar("port"), scalar("protocol", PROTOCOLS), scalar("appProtocol")),
                metadata);
        root("Ingress", "networking.k8s.io/v1", object("spec", scalar("ingressClassName"), renamed(backend, "defaultBackend"),
                list("rules", scalar("host"), object("http", list("paths", scalar("path"),
                        scalar("pathType", "Exact", "Prefix", "ImplementationSpecific"), backend))),
                list("tls", scalars("hosts"), scalar("secretName"))), metadata);
        root("IngressClass", "networking.k8s.io/v1", object("spec", scalar("controller"),
                object("parameters", scalar("apiGroup"), scalar("kind"), scalar("name"), scalar("namespace"),
                        scalar("scope", "Cluster", "Namespace"))), metadata);
        root("Namespace", "v1", metadata);
        ROOTS.put("", object("", scalar("apiVersion", "v1", "apps/v1", "networking.k8s.io/v1", "discovery.k8s.io/v1"),
                scalar("kind", KINDS.toArray(String[]::new)), metadata));
    }

    private KubeFields() {
    }

    /** The fields that may go at {@code path} in an object of {@code kind} (all kinds' common ones if unknown). */
    public static List<Field> fieldsAt(String kind, List<String> path) {
        Field node = node(kind, path);
        return node == null ? List.of() : node.children();
    }

    /** The values {@code key} may take at {@code path} (empty when free text). */
    public static List<String> valuesOf(String kind, List<String> path, String key) {
        Field node = node(kind, path);
        Field field = node == null ? null : node.child(key);
        return field == null ? List.of() : field.values();
    }

    private static Field node(String kind, List<String> path) {
        Field at = ROOTS.getOrDefault(kind == null ? "" : kind, ROOTS.get(""));
        for (String step : path) {
            boolean entry = step.endsWith("[]");
            Field next = at.child(entry ? step.substring(0, step.length() - 2) : step);
            if (next == null || next.shape() != (entry ? Shape.LIST : Shape.OBJECT)) {
                return null;
            }
            at = next;
        }
        return at;
    }

    private static void root(String kind, String apiVersion, Field... fields) {
        Field[] all = new Field[fields.length + 2];
        all[0] = scalar("apiVersion", apiVersion);
        all[1] = scalar("kind", kind);
        System.arraycopy(fields, 0, all, 2, fields.length);
        // metadata first after kind: the order a manifest is written in
        Arrays.sort(all, 2, all.length, (a, b) -> Boolean.compare(!a.name().equals("metadata"), !b.name().equals("metadata")));
        ROOTS.put(kind, object("", all));
    }

    private static Field scalar(String name, String... values) {
        return new Field(name, Shape.SCALAR, List.of(values), List.of());
    }

    private static Field scalars(String name, String... values) {
        return new Field(name, Shape.SCALAR_LIST, List.of(values), List.of());
    }

    private static Field object(String name, Field... children) {
        return new Field(name, Shape.OBJECT, List.of(), List.of(children));
    }

    private static Field map(String name) {
        return new Field(name, Shape.MAP, List.of(), List.of());
    }

    private static Field list(String name, Field... children) {
        return new Field(name, Shape.LIST, List.of(), List.of(children));
    }

    private static Field renamed(Field f, String name) {
        return new Field(name, f.shape(), f.values(), f.children());
    }
}
