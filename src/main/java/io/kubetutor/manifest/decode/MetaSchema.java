package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.ANY;
import static io.kubetutor.manifest.decode.SchemaDsl.INT64;
import static io.kubetutor.manifest.decode.SchemaDsl.MAP_STRING_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRINGS;
import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.list;
import static io.kubetutor.manifest.decode.SchemaDsl.namedString;
import static io.kubetutor.manifest.decode.SchemaDsl.str;
import static io.kubetutor.manifest.decode.SchemaDsl.struct;

import io.kubetutor.manifest.decode.GoType.Struct;

/** k8s.io/apimachinery meta/v1 types and the small core/v1 reference types every kind shares. */
public final class MetaSchema {
    private MetaSchema() {
    }

    /** metav1.ObjectMeta; timestamps, owner references and managed fields are accepted unchecked. */
    public static final Struct OBJECT_META = struct("ObjectMeta",
            field("name", STRING),
            field("generateName", STRING),
            field("namespace", STRING),
            field("selfLink", STRING),
            field("uid", namedString("types.UID")),
            field("resourceVersion", STRING),
            field("generation", INT64),
            field("creationTimestamp", ANY),
            field("deletionTimestamp", ANY),
            field("deletionGracePeriodSeconds", INT64),
            field("labels", MAP_STRING_STRING),
            field("annotations", MAP_STRING_STRING),
            field("ownerReferences", ANY),
            field("finalizers", STRINGS),
            field("managedFields", ANY));

    public static final Struct LABEL_SELECTOR_REQUIREMENT = struct("LabelSelectorRequirement",
            field("key", STRING),
            field("operator", str("LabelSelectorOperator")),
            field("values", STRINGS));

    public static final Struct LABEL_SELECTOR = struct("LabelSelector",
            field("matchLabels", MAP_STRING_STRING),
            field("matchExpressions", list(LABEL_SELECTOR_REQUIREMENT)));

    /** core/v1 ObjectReference, as Endpoints and EndpointSlices point at pods. */
    public static final Struct OBJECT_REFERENCE = struct("ObjectReference",
            field("kind", STRING),
            field("namespace", STRING),
            field("name", STRING),
            field("uid", namedString("types.UID")),
            field("apiVersion", STRING),
            field("resourceVersion", STRING),
            field("fieldPath", STRING));

    /** core/v1 TypedLocalObjectReference (an Ingress resource backend). */
    public static final Struct TYPED_LOCAL_OBJECT_REFERENCE = struct("TypedLocalObjectReference",
            field("apiGroup", STRING),
            field("kind", STRING),
            field("name", STRING));
}
