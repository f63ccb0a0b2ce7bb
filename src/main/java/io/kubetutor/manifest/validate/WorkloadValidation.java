package io.kubetutor.manifest.validate;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Maps;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * apps/v1 Deployment, ReplicaSet, StatefulSet (pkg/apis/apps/validation) and v1
 * ReplicationController (core validation), v1.33. Selector immutability of Deployments and
 * ReplicaSets is checked by their registry strategies after the spec validation; it is
 * appended in that order here.
 */
final class WorkloadValidation {
    private WorkloadValidation() {
    }

    private static final String MISMATCH = "`selector` does not match template `labels`";
    private static final FieldPath SPEC = FieldPath.root("spec");

    static List<FieldError> deployment(Deployment d) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(d.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        errs.addAll(deploymentSpec(d.spec()));
        return errs;
    }

    private static List<FieldError> deploymentSpec(Deployment.Spec s) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.nonNegative(replicas(s.replicas()), SPEC.child("replicas")));
        errs.addAll(selectorAndTemplate(s.selector(), s.template(), "deployment"));
        errs.addAll(DeploymentStrategyValidation.validate(s.strategyType(), s.rollingUpdate(),
                SPEC.child("strategy").toString()));
        errs.addAll(MetaValidation.nonNegative(s.minReadySeconds(), SPEC.child("minReadySeconds")));
        return errs;
    }

    static List<FieldError> deploymentUpdate(Deployment d, Deployment old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(d.metadata(), old.metadata()));
        errs.addAll(deploymentSpec(d.spec()));
        errs.addAll(immutableSelector(d.spec().selector(), old.spec().selector()));
        return errs;
    }

    static List<FieldError> replicaSet(ReplicaSet rs) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(rs.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        errs.addAll(replicaSetSpec(rs.spec()));
        return errs;
    }

    private static List<FieldError> replicaSetSpec(ReplicaSet.Spec s) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.nonNegative(replicas(s.replicas()), SPEC.child("replicas")));
        errs.addAll(MetaValidation.nonNegative(s.minReadySeconds(), SPEC.child("minReadySeconds")));
        // Upstream's ReplicaSet check reuses the Deployment wording.
        errs.addAll(selectorAndTemplate(s.selector(), s.template(), "deployment"));
        return errs;
    }

    static List<FieldError> replicaSetUpdate(ReplicaSet rs, ReplicaSet old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(rs.metadata(), old.metadata()));
        errs.addAll(replicaSetSpec(rs.spec()));
        errs.addAll(immutableSelector(rs.spec().selector(), old.spec().selector()));
        return errs;
    }

    /** Selector rules then ValidatePodTemplateSpecForReplicaSet, as Deployment and ReplicaSet share them. */
    private static List<FieldError> selectorAndTemplate(LabelSelector selector, PodTemplateSpec template, String kind) {
        List<FieldError> errs = new ArrayList<>();
        if (selector == null) {
            errs.add(FieldError.required(SPEC.child("selector").toString(), ""));
        } else {
            errs.addAll(MetaValidation.labelSelector(selector, SPEC.child("selector")));
            if (selector.isEmpty()) {
                errs.add(FieldError.invalid(SPEC.child("selector").toString(), BadValues.labelSelector(selector),
                        "empty selector is invalid for " + kind));
            }
        }
        if (!MetaValidation.selectorConvertible(selector)) {
            errs.add(FieldError.invalid(SPEC.child("selector").toString(), BadValues.labelSelector(selector),
                    "invalid label selector"));
            return errs;
        }
        PodTemplateSpec t = orEmpty(template);
        FieldPath tp = SPEC.child("template");
        errs.addAll(templateMatches(selector, t, tp));
        errs.addAll(PodValidation.template(t, tp));
        errs.addAll(restartAlways(t, tp));
        return errs;
    }

    /** A nil selector becomes labels.Nothing(), which is not "empty" and matches nothing. */
    private static List<FieldError> templateMatches(LabelSelector selector, PodTemplateSpec t, FieldPath tp) {
        Map<String, String> labels = labelsOf(t);
        if (!MetaValidation.selectorIsEmpty(selector) && !MetaValidation.selectorMatches(selector, labels)) {
            return List.of(FieldError.invalid(tp.child("metadata", "labels").toString(), BadValues.map(labels), MISMATCH));
        }
        return List.of();
    }

    private static List<FieldError> restartAlways(PodTemplateSpec t, FieldPath tp) {
        String policy = t.spec().restartPolicy();
        if (!policy.equals("Always")) {
            return List.of(FieldError.notSupported(tp.child("spec", "restartPolicy").toString(), BadValues.typed(policy),
                    List.of("Always")));
        }
        return List.of();
    }

    /** Registry strategy check: the selector may not change (empty and nil compare equal, as Semantic does). */
    private static List<FieldError> immutableSelector(LabelSelector updated, LabelSelector old) {
        if (!sameSelector(updated, old)) {
            return List.of(FieldError.invalid(SPEC.child("selector").toString(), BadValues.labelSelector(updated),
                    MetaValidation.FIELD_IMMUTABLE));
        }
        return List.of();
    }

    private static boolean sameSelector(LabelSelector a, LabelSelector b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.matchLabels().equals(b.matchLabels()) && a.matchExpressions().equals(b.matchExpressions());
    }

    static List<FieldError> statefulSet(StatefulSet ss) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(ss.metadata(), true,
                MetaValidation.NameRule.DNS1123_LABEL));
        errs.addAll(statefulSetSpec(ss.spec()));
        return errs;
    }

    /**
     * ValidateStatefulSetSpec. serviceName is not validated at all (it is optional in current
     * releases), and the pod template's spec is not validated by the API server either — only its
     * labels, annotations and restartPolicy are.
     */
    private static List<FieldError> statefulSetSpec(StatefulSet.Spec s) {
        List<FieldError> errs = new ArrayList<>();
        String policy = s.podManagementPolicy();
        if (policy.isEmpty()) {
            errs.add(FieldError.required(SPEC.child("podManagementPolicy").toString(), ""));
        } else if (!policy.equals("OrderedReady") && !policy.equals("Parallel")) {
            errs.add(FieldError.invalid(SPEC.child("podManagementPolicy").toString(), BadValues.typed(policy),
                    "must be 'OrderedReady' or 'Parallel'"));
        }
        errs.addAll(MetaValidation.nonNegative(replicas(s.replicas()), SPEC.child("replicas")));
        errs.addAll(MetaValidation.nonNegative(s.minReadySeconds(), SPEC.child("minReadySeconds")));
        LabelSelector selector = s.selector();
        if (selector == null) {
            errs.add(FieldError.required(SPEC.child("selector").toString(), ""));
        } else {
            errs.addAll(MetaValidation.labelSelector(selector, SPEC.child("selector")));
            if (selector.isEmpty()) {
                errs.add(FieldError.invalid(SPEC.child("selector").toString(), BadValues.labelSelector(selector),
                        "empty selector is invalid for statefulset"));
            }
        }
        PodTemplateSpec t = orEmpty(s.template());
        FieldPath tp = SPEC.child("template");
        if (!MetaValidation.selectorConvertible(selector)) {
            errs.add(FieldError.invalid(SPEC.child("selector").toString(), BadValues.labelSelector(selector), ""));
        } else {
            errs.addAll(templateMatches(selector, t, tp));
            ObjectMeta meta = t.metadata() == null ? ObjectMeta.named("", "") : t.metadata();
            errs.addAll(MetaValidation.labels(meta.labels(), tp.child("labels")));
            errs.addAll(MetaValidation.annotations(meta.annotations(), tp.child("annotations")));
        }
        errs.addAll(restartAlways(t, tp));
        return errs;
    }

    /** ValidateStatefulSetUpdate: the spec is re-validated, then only some fields may differ. */
    static List<FieldError> statefulSetUpdate(StatefulSet ss, StatefulSet old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(ss.metadata(), old.metadata()));
        errs.addAll(statefulSetSpec(ss.spec()));
        StatefulSet.Spec n = ss.spec();
        StatefulSet.Spec o = old.spec();
        boolean same = sameSelector(n.selector(), o.selector()) && n.serviceName().equals(o.serviceName())
                && n.podManagementPolicy().equals(o.podManagementPolicy());
        if (!same) {
            errs.add(FieldError.forbidden(SPEC.toString(), "updates to statefulset spec for fields other than 'replicas',"
                    + " 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and"
                    + " 'minReadySeconds' are forbidden"));
        }
        return errs;
    }

    static List<FieldError> replicationController(ReplicationController rc) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(rc.metadata(), true,
                MetaValidation.NameRule.DNS1123_SUBDOMAIN));
        errs.addAll(replicationControllerSpec(rc.spec()));
        return errs;
    }

    /** The RC selector is a plain map and only has to be non-empty; its syntax is not validated. */
    private static List<FieldError> replicationControllerSpec(ReplicationController.Spec s) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.nonNegative(s.minReadySeconds(), SPEC.child("minReadySeconds")));
        Map<String, String> selector = s.selector() == null ? Map.of() : s.selector();
        if (selector.isEmpty()) {
            errs.add(FieldError.required(SPEC.child("selector").toString(), ""));
        }
        errs.addAll(MetaValidation.nonNegative(replicas(s.replicas()), SPEC.child("replicas")));
        FieldPath tp = SPEC.child("template");
        if (s.template() == null) {
            errs.add(FieldError.required(tp.toString(), ""));
            return errs;
        }
        PodTemplateSpec t = orEmpty(s.template());
        Map<String, String> labels = labelsOf(t);
        if (!selector.isEmpty() && !selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            errs.add(FieldError.invalid(tp.child("metadata", "labels").toString(), BadValues.map(labels), MISMATCH));
        }
        errs.addAll(PodValidation.template(t, tp));
        errs.addAll(restartAlways(t, tp));
        return errs;
    }

    static List<FieldError> replicationControllerUpdate(ReplicationController rc, ReplicationController old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMetaUpdate(rc.metadata(), old.metadata()));
        errs.addAll(replicationControllerSpec(rc.spec()));
        return errs;
    }

    /** Defaulting makes replicas 1 when absent; validation sees the defaulted int32. */
    private static long replicas(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }

    /** An absent template is Go's zero-valued struct: no labels and a spec without containers. */
    static PodTemplateSpec orEmpty(PodTemplateSpec t) {
        ObjectMeta meta = t == null || t.metadata() == null ? ObjectMeta.named("", "") : t.metadata();
        PodSpec spec = t == null || t.spec() == null ? Defaults.emptyPodSpec() : t.spec();
        return new PodTemplateSpec(meta, spec);
    }

    private static Map<String, String> labelsOf(PodTemplateSpec t) {
        return t.metadata() == null ? Map.of() : Objects.requireNonNullElse(Maps.ordered(t.metadata().labels()), Map.of());
    }
}
