package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.ANY;
import static io.kubetutor.manifest.decode.SchemaDsl.BOOL;
import static io.kubetutor.manifest.decode.SchemaDsl.INT32;
import static io.kubetutor.manifest.decode.SchemaDsl.MAP_STRING_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRINGS;
import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.inline;
import static io.kubetutor.manifest.decode.SchemaDsl.list;
import static io.kubetutor.manifest.decode.SchemaDsl.str;
import static io.kubetutor.manifest.decode.SchemaDsl.struct;
import static io.kubetutor.manifest.decode.SchemaDsl.typeMeta;

import io.kubetutor.manifest.decode.GoType.Struct;

/** networking.k8s.io/v1 Ingress and IngressClass, discovery.k8s.io/v1 EndpointSlice. */
public final class NetworkingSchema {
    private NetworkingSchema() {
    }

    static final Struct SERVICE_BACKEND_PORT = struct("ServiceBackendPort",
            field("name", STRING),
            field("number", INT32));

    static final Struct INGRESS_SERVICE_BACKEND = struct("IngressServiceBackend",
            field("name", STRING),
            field("port", SERVICE_BACKEND_PORT));

    static final Struct INGRESS_BACKEND = struct("IngressBackend",
            field("service", INGRESS_SERVICE_BACKEND),
            field("resource", MetaSchema.TYPED_LOCAL_OBJECT_REFERENCE));

    static final Struct HTTP_INGRESS_PATH = struct("HTTPIngressPath",
            field("path", STRING),
            field("pathType", str("PathType")),
            field("backend", INGRESS_BACKEND));

    static final Struct HTTP_INGRESS_RULE_VALUE = struct("HTTPIngressRuleValue",
            field("paths", list(HTTP_INGRESS_PATH)));

    /** IngressRule embeds IngressRuleValue inline, which Go names in error paths. */
    static final Struct INGRESS_RULE = struct("IngressRule",
            field("host", STRING),
            inline("IngressRuleValue", field("http", HTTP_INGRESS_RULE_VALUE)));

    static final Struct INGRESS_TLS = struct("IngressTLS",
            field("hosts", STRINGS),
            field("secretName", STRING));

    public static final Struct INGRESS_SPEC = struct("IngressSpec",
            field("ingressClassName", STRING),
            field("defaultBackend", INGRESS_BACKEND),
            field("tls", list(INGRESS_TLS)),
            field("rules", list(INGRESS_RULE)));

    public static final Struct INGRESS = struct("Ingress",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", INGRESS_SPEC),
            field("status", ANY));

    static final Struct INGRESS_CLASS_PARAMETERS = struct("IngressClassParametersReference",
            field("apiGroup", STRING),
            field("kind", STRING),
            field("name", STRING),
            field("scope", STRING),
            field("namespace", STRING));

    static final Struct INGRESS_CLASS_SPEC = struct("IngressClassSpec",
            field("controller", STRING),
            field("parameters", INGRESS_CLASS_PARAMETERS));

    public static final Struct INGRESS_CLASS = struct("IngressClass",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", INGRESS_CLASS_SPEC));

    static final Struct ENDPOINT_CONDITIONS = struct("EndpointConditions",
            field("ready", BOOL),
            field("serving", BOOL),
            field("terminating", BOOL));

    static final Struct ENDPOINT = struct("Endpoint",
            field("addresses", STRINGS),
            field("conditions", ENDPOINT_CONDITIONS),
            field("hostname", STRING),
            field("targetRef", MetaSchema.OBJECT_REFERENCE),
            field("deprecatedTopology", MAP_STRING_STRING),
            field("nodeName", STRING),
            field("zone", STRING),
            field("hints", ANY));

    /** discovery/v1 EndpointPort: its protocol is core's v1.Protocol. */
    static final Struct SLICE_ENDPOINT_PORT = struct("EndpointPort",
            field("name", STRING),
            field("protocol", str("Protocol")),
            field("port", INT32),
            field("appProtocol", STRING));

    public static final Struct ENDPOINT_SLICE = struct("EndpointSlice",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("addressType", str("AddressType")),
            field("endpoints", list(ENDPOINT)),
            field("ports", list(SLICE_ENDPOINT_PORT)));
}
