package io.kubetutor.manifest.decode;

import static io.kubetutor.manifest.decode.SchemaDsl.ANY;
import static io.kubetutor.manifest.decode.SchemaDsl.BOOL;
import static io.kubetutor.manifest.decode.SchemaDsl.INT32;
import static io.kubetutor.manifest.decode.SchemaDsl.INT_OR_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.MAP_STRING_STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.STRING;
import static io.kubetutor.manifest.decode.SchemaDsl.field;
import static io.kubetutor.manifest.decode.SchemaDsl.str;
import static io.kubetutor.manifest.decode.SchemaDsl.struct;
import static io.kubetutor.manifest.decode.SchemaDsl.typeMeta;

import io.kubetutor.manifest.decode.GoType.Struct;

/** apps/v1 Deployment, ReplicaSet, StatefulSet and core/v1 ReplicationController; status unchecked. */
public final class WorkloadSchema {
    private WorkloadSchema() {
    }

    static final Struct ROLLING_UPDATE_DEPLOYMENT = struct("RollingUpdateDeployment",
            field("maxUnavailable", INT_OR_STRING),
            field("maxSurge", INT_OR_STRING));

    static final Struct DEPLOYMENT_STRATEGY = struct("DeploymentStrategy",
            field("type", str("DeploymentStrategyType")),
            field("rollingUpdate", ROLLING_UPDATE_DEPLOYMENT));

    public static final Struct DEPLOYMENT_SPEC = struct("DeploymentSpec",
            field("replicas", INT32),
            field("selector", MetaSchema.LABEL_SELECTOR),
            field("template", PodSchema.POD_TEMPLATE_SPEC),
            field("strategy", DEPLOYMENT_STRATEGY),
            field("minReadySeconds", INT32),
            field("revisionHistoryLimit", INT32),
            field("paused", BOOL),
            field("progressDeadlineSeconds", INT32));

    public static final Struct DEPLOYMENT = struct("Deployment",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", DEPLOYMENT_SPEC),
            field("status", ANY));

    public static final Struct REPLICA_SET_SPEC = struct("ReplicaSetSpec",
            field("replicas", INT32),
            field("minReadySeconds", INT32),
            field("selector", MetaSchema.LABEL_SELECTOR),
            field("template", PodSchema.POD_TEMPLATE_SPEC));

    public static final Struct REPLICA_SET = struct("ReplicaSet",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", REPLICA_SET_SPEC),
            field("status", ANY));

    public static final Struct REPLICATION_CONTROLLER_SPEC = struct("ReplicationControllerSpec",
            field("replicas", INT32),
            field("minReadySeconds", INT32),
            field("selector", MAP_STRING_STRING),
            field("template", PodSchema.POD_TEMPLATE_SPEC));

    public static final Struct REPLICATION_CONTROLLER = struct("ReplicationController",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", REPLICATION_CONTROLLER_SPEC),
            field("status", ANY));

    static final Struct ROLLING_UPDATE_STATEFUL_SET = struct("RollingUpdateStatefulSetStrategy",
            field("partition", INT32),
            field("maxUnavailable", INT_OR_STRING));

    static final Struct STATEFUL_SET_UPDATE_STRATEGY = struct("StatefulSetUpdateStrategy",
            field("type", str("StatefulSetUpdateStrategyType")),
            field("rollingUpdate", ROLLING_UPDATE_STATEFUL_SET));

    static final Struct PVC_RETENTION_POLICY = struct("StatefulSetPersistentVolumeClaimRetentionPolicy",
            field("whenDeleted", str("PersistentVolumeClaimRetentionPolicyType")),
            field("whenScaled", str("PersistentVolumeClaimRetentionPolicyType")));

    static final Struct STATEFUL_SET_ORDINALS = struct("StatefulSetOrdinals", field("start", INT32));

    public static final Struct STATEFUL_SET_SPEC = struct("StatefulSetSpec",
            field("replicas", INT32),
            field("selector", MetaSchema.LABEL_SELECTOR),
            field("template", PodSchema.POD_TEMPLATE_SPEC),
            field("volumeClaimTemplates", ANY),
            field("serviceName", STRING),
            field("podManagementPolicy", str("PodManagementPolicyType")),
            field("updateStrategy", STATEFUL_SET_UPDATE_STRATEGY),
            field("revisionHistoryLimit", INT32),
            field("minReadySeconds", INT32),
            field("persistentVolumeClaimRetentionPolicy", PVC_RETENTION_POLICY),
            field("ordinals", STATEFUL_SET_ORDINALS));

    public static final Struct STATEFUL_SET = struct("StatefulSet",
            typeMeta(),
            field("metadata", MetaSchema.OBJECT_META),
            field("spec", STATEFUL_SET_SPEC),
            field("status", ANY));
}
