package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.ANY;
import static io.kubetutor.manifest.decode.SchemaDsl.BOOL;
import static io.kubetutor.manifest.decode.SchemaDsl.INT32;
import static io.kubetutor.manifest.decode.SchemaDsl.INT_OR_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.MAP_STRING_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRINGS;
import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.list;
import static io.kubetutor.manifest.decode.SchemaDsl.str;
import static io.kubetutor.manifest.decode.SchemaDsl.struct;
import static io.kubetutor.manifest.decode.SchemaDsl.typeMeta;

import io.kubetutor.manifest.decode.GoType.Struct;

/** core/v1 Service, Endpoints and Namespace, field for field as in k8s.io/api v1.33. */
public final class ServiceSchema {
    private ServiceSchema() {
    }

    static final Struct SERVICE_PORT = struct("ServicePort",
            field("name", STRING),
            field("protocol", str("Protocol")),
            field("appProtocol", STRING),
            field("port", INT32),
            field("targetPort", INT_OR_STRING),
            field("nodePort", INT32));

    static final Struct CLIENT_IP_CONFIG = struct("ClientIPConfig", field("timeoutSeconds", INT32));

    static final Struct SESSION_AFFINITY_CONFIG = struct("SessionAffinityConfig",
            field("clientIP", CLIENT_IP_CONFIG));

    /** The Go names of the policy types (the *Type spellings are aliases, so Go prints these). */
    public static final Struct SERVICE_SPEC = struct("ServiceSpec",
            field("ports", list(SERVICE_PORT)),
            field("selector", MAP_STRING_STRING),
            field("clusterIP", STRING),
            field("clusterIPs", STRINGS),
            field("type", str("ServiceType")),
            field("externalIPs", STRINGS),
            field("sessionAffinity", str("ServiceAffinity")),
            field("loadBalancerIP", STRING),
            field("loadBalancerSourceRanges", STRINGS),
            field("externalName", STRING),
            field("externalTrafficPolicy", str("ServiceExternalTrafficPolicy")),
            field("healthCheckNodePort", INT32),
            field("publishNotReadyAddresses", BOOL),
            field("sessionAffinityConfig", SESSION_AFFINITY_CONFIG),
            field("ipFamilies", list(str("IPFamily"))),
            field("ipFamilyPolicy", str("IPFamilyPolicy")),
            field("allocateLoadBalancerNodePorts", BOOL),
            field("loadBalancerClass", STRING),
            field("internalTrafficPolicy", str("ServiceInternalTrafficPolicy")),
            field("trafficDistribution", STRING));

    static final Struct LOAD_BALANCER_INGRESS = struct("LoadBalancerIngress",
            field("ip", STRING),
            field("hostname", STRING),
            field("ipMode", str("LoadBalancerIPMode")),
            field("ports", ANY));

    static final Struct LOAD_BALANCER_STATUS = struct("LoadBalancerStatus",
            field("ingress", list(LOAD_BALANCER_INGRESS)));

    public static final Struct SERVICE_STATUS = struct("ServiceStatus",
            field("loadBalancer", LOAD_BALANCER_STATUS),
            field("conditions", ANY));

    public static final Struct SERVICE = struct("Service",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", SERVICE_SPEC),
            field("status", SERVICE_STATUS));

    static final Struct ENDPOINT_ADDRESS = struct("EndpointAddress",
            field("ip", STRING),
            field("hostname", STRING),
            field("nodeName", STRING),
            field("targetRef", MetaSchema.OBJECT_REFERENCE));

    static final Struct ENDPOINT_PORT = struct("EndpointPort",
            field("name", STRING),
            field("port", INT32),
            field("protocol", str("Protocol")),
            field("appProtocol", STRING));

    static final Struct ENDPOINT_SUBSET = struct("EndpointSubset",
            field("addresses", list(ENDPOINT_ADDRESS)),
            field("notReadyAddresses", list(ENDPOINT_ADDRESS)),
            field("ports", list(ENDPOINT_PORT)));

    public static final Struct ENDPOINTS = struct("Endpoints",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("subsets", list(ENDPOINT_SUBSET)));

    static final Struct NAMESPACE_SPEC = struct("NamespaceSpec", field("finalizers", list(str("FinalizerName"))));

    static final Struct NAMESPACE_STATUS = struct("NamespaceStatus",
            field("phase", str("NamespacePhase")),
            field("conditions", ANY));

    public static final Struct NAMESPACE = struct("Namespace",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", NAMESPACE_SPEC),
            field("status", NAMESPACE_STATUS));
}
