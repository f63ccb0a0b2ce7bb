package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.openStruct;
import static io.kubetutor.manifest.decode.SchemaDsl.typeMeta;

import io.kubetutor.manifest.decode.GoType.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apiVersion/kind pairs a v1.33 cluster serves (built-in kinds, plus the Gateway API's CRDs,
 * which lessons may mention). Each says whether it is namespaced and whether the tutor simulates
 * it; everything else is what kubectl's REST mapper cannot find.
 */
public final class KindRegistry {
    private KindRegistry() {
    }

    /** One served kind. {@code schema} is its Go struct; for kinds we do not simulate only metadata is typed. */
    public record KindInfo(String apiVersion, String kind, boolean namespaced, boolean simulated, Struct schema) {
        public String group() {
            int slash = apiVersion.indexOf('/');
            return slash < 0 ? "" : apiVersion.substring(0, slash);
        }

        public String version() {
            return apiVersion.substring(apiVersion.indexOf('/') + 1);
        }
    }

    private static final Map<String, KindInfo> KINDS = new LinkedHashMap<>();

    static {
        simulated("v1", ServiceSchema.SERVICE, true);
        simulated("v1", PodSchema.POD, true);
        simulated("v1", ServiceSchema.ENDPOINTS, true);
        simulated("v1", ServiceSchema.NAMESPACE, false);
        simulated("v1", WorkloadSchema.REPLICATION_CONTROLLER, true);
        simulated("apps/v1", WorkloadSchema.DEPLOYMENT, true);
        simulated("apps/v1", WorkloadSchema.REPLICA_SET, true);
        simulated("apps/v1", WorkloadSchema.STATEFUL_SET, true);
        simulated("networking.k8s.io/v1", NetworkingSchema.INGRESS, true);
        simulated("networking.k8s.io/v1", NetworkingSchema.INGRESS_CLASS, false);
        simulated("discovery.k8s.io/v1", NetworkingSchema.ENDPOINT_SLICE, true);

        namespaced("v1", "ConfigMap", "Secret", "ServiceAccount", "PersistentVolumeClaim", "LimitRange",
                "ResourceQuota", "PodTemplate", "Event");
        clusterScoped("v1", "PersistentVolume", "Node");
        namespaced("apps/v1", "DaemonSet", "ControllerRevision");
        namespaced("batch/v1", "Job", "CronJob");
        namespaced("autoscaling/v1", "HorizontalPodAutoscaler");
        namespaced("autoscaling/v2", "HorizontalPodAutoscaler");
        namespaced("policy/v1", "PodDisruptionBudget");
        namespaced("networking.k8s.io/v1", "NetworkPolicy");
        clusterScoped("networking.k8s.io/v1", "IPAddress", "ServiceCIDR");
        namespaced("rbac.authorization.k8s.io/v1", "Role", "RoleBinding");
        clusterScoped("rbac.authorization.k8s.io/v1", "ClusterRole", "ClusterRoleBinding");
        clusterScoped("storage.k8s.io/v1", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment");
        namespaced("storage.k8s.io/v1", "CSIStorageCapacity");
        clusterScoped("scheduling.k8s.io/v1", "PriorityClass");
        clusterScoped("apiextensions.k8s.io/v1", "CustomResourceDefinition");
        namespaced("coordination.k8s.io/v1", "Lease");
        clusterScoped("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration",
                "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding");
        clusterScoped("node.k8s.io/v1", "RuntimeClass");
        clusterScoped("certificates.k8s.io/v1", "CertificateSigningRequest");
        namespaced("events.k8s.io/v1", "Event");
        clusterScoped("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "PriorityLevelConfiguration");
        clusterScoped("apiregistration.k8s.io/v1", "APIService");
        // Gateway API (CRDs of the standard channel, assumed installed so lessons can show them).
        namespaced("gateway.networking.k8s.io/v1", "Gateway", "HTTPRoute", "GRPCRoute", "ReferenceGrant");
        clusterScoped("gateway.networking.k8s.io/v1", "GatewayClass");
        namespaced("gateway.networking.k8s.io/v1beta1", "Gateway", "HTTPRoute", "ReferenceGrant");
        clusterScoped("gateway.networking.k8s.io/v1beta1", "GatewayClass");
    }

    private static void simulated(String apiVersion, Struct schema, boolean namespaced) {
        add(new KindInfo(apiVersion, schema.shortName(), namespaced, true, schema));
    }

    private static void namespaced(String apiVersion, String... kinds) {
        for (String k : kinds) {
            add(new KindInfo(apiVersion, k, true, false, metadataOnly(k)));
        }
    }

    private static void clusterScoped(String apiVersion, String... kinds) {
        for (String k : kinds) {
            add(new KindInfo(apiVersion, k, false, false, metadataOnly(k)));
        }
    }

    /** A kind we load without simulating: its metadata is decoded (and checked), the rest accepted. */
    private static Struct metadataOnly(String kind) {
        return openStruct(kind, typeMeta(), field("metadata", MetaSchema.OBJECT_META));
    }

    private static void add(KindInfo info) {
        KINDS.put(info.apiVersion() + " " + info.kind(), info);
    }

    /** The kind served at exactly this apiVersion (case-sensitive, as kubectl's REST mapper), or null. */
    public static KindInfo find(String apiVersion, String kind) {
        return KINDS.get(apiVersion + " " + kind);
    }

    /** Every apiVersion at which this kind is served (empty when the cluster has no such kind). */
    public static List<String> versionsOf(String kind) {
        List<String> out = new ArrayList<>();
        for (KindInfo k : KINDS.values()) {
            if (k.kind().equals(kind)) {
                out.add(k.apiVersion());
            }
        }
        return out;
    }

    public static List<KindInfo> all() {
        return Collections.unmodifiableList(new ArrayList<>(KINDS.values()));
    }
}
