package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.ANY;
import static io.kubetutor.manifest.decode.SchemaDsl.BOOL;
import static io.kubetutor.manifest.decode.SchemaDsl.INT32;
import static io.kubetutor.manifest.decode.SchemaDsl.INT64;
import static io.kubetutor.manifest.decode.SchemaDsl.INT_OR_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.MAP_STRING_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.QUANTITY;
import static io.kubetutor.manifest.decode.SchemaDsl.STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRINGS;
import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.inline;
import static io.kubetutor.manifest.decode.SchemaDsl.list;
import static io.kubetutor.manifest.decode.SchemaDsl.map;
import static io.kubetutor.manifest.decode.SchemaDsl.str;
import static io.kubetutor.manifest.decode.SchemaDsl.struct;
import static io.kubetutor.manifest.decode.SchemaDsl.typeMeta;

import io.kubetutor.manifest.decode.GoType.Struct;

/**
 * core/v1 Pod and its parts, with every field name of k8s.io/api v1.33 so that real-world
 * manifests raise no false warnings. Parts the tutor does not simulate (volumes, affinity,
 * securityContext, lifecycle...) are {@link SchemaDsl#ANY}.
 */
public final class PodSchema {
    private PodSchema() {
    }

    static final Struct EXEC_ACTION = struct("ExecAction", field("command", STRINGS));

    static final Struct HTTP_HEADER = struct("HTTPHeader", field("name", STRING), field("value", STRING));

    static final Struct HTTP_GET_ACTION = struct("HTTPGetAction",
            field("path", STRING),
            field("port", INT_OR_STRING),
            field("host", STRING),
            field("scheme", str("URIScheme")),
            field("httpHeaders", list(HTTP_HEADER)));

    static final Struct TCP_SOCKET_ACTION = struct("TCPSocketAction",
            field("port", INT_OR_STRING),
            field("host", STRING));

    static final Struct GRPC_ACTION = struct("GRPCAction", field("port", INT32), field("service", STRING));

    /** Probe embeds ProbeHandler inline, which Go names in error paths. */
    public static final Struct PROBE = struct("Probe",
            inline("ProbeHandler",
                    field("exec", EXEC_ACTION),
                    field("httpGet", HTTP_GET_ACTION),
                    field("tcpSocket", TCP_SOCKET_ACTION),
                    field("grpc", GRPC_ACTION)),
            field("initialDelaySeconds", INT32),
            field("timeoutSeconds", INT32),
            field("periodSeconds", INT32),
            field("successThreshold", INT32),
            field("failureThreshold", INT32),
            field("terminationGracePeriodSeconds", INT64));

    static final Struct CONTAINER_PORT = struct("ContainerPort",
            field("name", STRING),
            field("hostPort", INT32),
            field("containerPort", INT32),
            field("protocol", str("Protocol")),
            field("hostIP", STRING));

    static final Struct ENV_VAR = struct("EnvVar",
            field("name", STRING),
            field("value", STRING),
            field("valueFrom", ANY));

    static final GoType RESOURCE_LIST = map("ResourceList", QUANTITY);

    static final Struct RESOURCE_REQUIREMENTS = struct("ResourceRequirements",
            field("limits", RESOURCE_LIST),
            field("requests", RESOURCE_LIST),
            field("claims", ANY));

    public static final Struct CONTAINER = struct("Container",
            field("name", STRING),
            field("image", STRING),
            field("command", STRINGS),
            field("args", STRINGS),
            field("workingDir", STRING),
            field("ports", list(CONTAINER_PORT)),
            field("envFrom", ANY),
            field("env", list(ENV_VAR)),
            field("resources", RESOURCE_REQUIREMENTS),
            field("resizePolicy", ANY),
            field("restartPolicy", str("ContainerRestartPolicy")),
            field("volumeMounts", ANY),
            field("volumeDevices", ANY),
            field("livenessProbe", PROBE),
            field("readinessProbe", PROBE),
            field("startupProbe", PROBE),
            field("lifecycle", ANY),
            field("terminationMessagePath", STRING),
            field("terminationMessagePolicy", str("TerminationMessagePolicy")),
            field("imagePullPolicy", str("PullPolicy")),
            field("securityContext", ANY),
            field("stdin", BOOL),
            field("stdinOnce", BOOL),
            field("tty", BOOL));

    public static final Struct POD_SPEC = struct("PodSpec",
            field("volumes", ANY),
            field("initContainers", list(CONTAINER)),
            field("containers", list(CONTAINER)),
            field("ephemeralContainers", ANY),
            field("restartPolicy", str("RestartPolicy")),
            field("terminationGracePeriodSeconds", INT64),
            field("activeDeadlineSeconds", INT64),
            field("dnsPolicy", str("DNSPolicy")),
            field("nodeSelector", MAP_STRING_STRING),
            field("serviceAccountName", STRING),
            field("serviceAccount", STRING),
            field("automountServiceAccountToken", BOOL),
            field("nodeName", STRING),
            field("hostNetwork", BOOL),
            field("hostPID", BOOL),
            field("hostIPC", BOOL),
            field("shareProcessNamespace", BOOL),
            field("securityContext", ANY),
            field("imagePullSecrets", ANY),
            field("hostname", STRING),
            field("subdomain", STRING),
            field("affinity", ANY),
            field("schedulerName", STRING),
            field("tolerations", ANY),
            field("hostAliases", ANY),
            field("priorityClassName", STRING),
            field("priority", INT32),
            field("dnsConfig", ANY),
            field("readinessGates", ANY),
            field("runtimeClassName", STRING),
            field("enableServiceLinks", BOOL),
            field("preemptionPolicy", str("PreemptionPolicy")),
            field("overhead", ANY),
            field("topologySpreadConstraints", ANY),
            field("setHostnameAsFQDN", BOOL),
            field("os", ANY),
            field("hostUsers", BOOL),
            field("schedulingGates", ANY),
            field("resourceClaims", ANY),
            field("resources", RESOURCE_REQUIREMENTS));

    static final Struct POD_CONDITION = struct("PodCondition",
            field("type", str("PodConditionType")),
            field("observedGeneration", INT64),
            field("status", str("ConditionStatus")),
            field("lastProbeTime", ANY),
            field("lastTransitionTime", ANY),
            field("reason", STRING),
            field("message", STRING));

    static final Struct POD_IP = struct("PodIP", field("ip", STRING));

    static final Struct HOST_IP = struct("HostIP", field("ip", STRING));

    public static final Struct POD_STATUS = struct("PodStatus",
            field("observedGeneration", INT64),
            field("phase", str("PodPhase")),
            field("conditions", list(POD_CONDITION)),
            field("message", STRING),
            field("reason", STRING),
            field("nominatedNodeName", STRING),
            field("hostIP", STRING),
            field("hostIPs", list(HOST_IP)),
            field("podIP", STRING),
            field("podIPs", list(POD_IP)),
            field("startTime", ANY),
            field("initContainerStatuses", ANY),
            field("containerStatuses", ANY),
            field("qosClass", str("PodQOSClass")),
            field("ephemeralContainerStatuses", ANY),
            field("resize", str("PodResizeStatus")),
            field("resourceClaimStatuses", ANY));

    public static final Struct POD_TEMPLATE_SPEC = struct("PodTemplateSpec",
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", POD_SPEC));

    public static final Struct POD = struct("Pod",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", POD_SPEC),
            field("status", POD_STATUS));
}
