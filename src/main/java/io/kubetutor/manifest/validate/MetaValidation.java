package io.kubetutor.manifest.validate;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ObjectMeta, label, annotation and label-selector validation (apimachinery's
 * pkg/api/validation/objectmeta.go, generic.go and pkg/apis/meta/v1/validation), plus the
 * small wrappers every kind uses. Maps are walked in the order they were written; Go walks
 * them in random order, so with several bad labels upstream's order is not stable anyway.
 */
final class MetaValidation {
    private MetaValidation() {
    }

    static final String FIELD_IMMUTABLE = "field is immutable";
    static final String IS_NEGATIVE = "must be greater than or equal to 0";
    private static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * (1 << 10);

    /** The ValidateNameFunc each kind uses for metadata.name. */
    enum NameRule {
        DNS1123_SUBDOMAIN, DNS1123_LABEL, DNS1035_LABEL;

        /** With {@code prefix}, a trailing dash is masked (a generated suffix will follow it). */
        List<String> check(String name, boolean prefix) {
            String n = prefix ? maskTrailingDash(name) : name;
            return switch (this) {
                case DNS1123_SUBDOMAIN -> Formats.isDns1123Subdomain(n);
                case DNS1123_LABEL -> Formats.isDns1123Label(n);
                case DNS1035_LABEL -> Formats.isDns1035Label(n);
            };
        }
    }

    /** Upstream drops the last two characters and appends "a"; kept as is because messages show it. */
    private static String maskTrailingDash(String name) {
        if (name.length() > 1 && name.endsWith("-")) {
            return name.substring(0, name.length() - 2) + "a";
        }
        return name;
    }

    /**
     * ValidateObjectMeta on create. Two deliberate departures, both because the API server never
     * sees these inputs through kubectl: an empty namespace of a namespaced object is filled from
     * the request (kubectl's current namespace) before validation, and a namespace on a
     * cluster-scoped object is cleared by the request handling, so neither yields an error here.
     * Likewise a name is generated from generateName before validation runs.
     */
    static List<FieldError> objectMeta(ObjectMeta m, boolean namespaced, NameRule rule) {
        List<FieldError> errs = new ArrayList<>();
        FieldPath meta = FieldPath.root("metadata");
        if (!m.generateName().isEmpty()) {
            for (String msg : rule.check(m.generateName(), true)) {
                errs.add(FieldError.invalid(meta.child("generateName").toString(), m.generateName(), msg));
            }
        }
        if (m.name().isEmpty()) {
            if (m.generateName().isEmpty()) {
                errs.add(FieldError.required(meta.child("name").toString(), "name or generateName is required"));
            }
        } else {
            for (String msg : rule.check(m.name(), false)) {
                errs.add(FieldError.invalid(meta.child("name").toString(), m.name(), msg));
            }
        }
        if (namespaced && !m.namespace().isEmpty()) {
            for (String msg : NameRule.DNS1123_LABEL.check(m.namespace(), false)) {
                errs.add(FieldError.invalid(meta.child("namespace").toString(), m.namespace(), msg));
            }
        }
        errs.addAll(labels(m.labels(), meta.child("labels")));
        errs.addAll(annotations(m.annotations(), meta.child("annotations")));
        return errs;
    }

    /** ValidateObjectMetaUpdate: name and namespace are immutable, labels and annotations re-checked. */
    static List<FieldError> objectMetaUpdate(ObjectMeta updated, ObjectMeta old) {
        List<FieldError> errs = new ArrayList<>();
        FieldPath meta = FieldPath.root("metadata");
        if (!updated.name().equals(old.name())) {
            errs.add(FieldError.invalid(meta.child("name").toString(), updated.name(), FIELD_IMMUTABLE));
        }
        if (!updated.namespace().equals(old.namespace())) {
            errs.add(FieldError.invalid(meta.child("namespace").toString(), updated.namespace(), FIELD_IMMUTABLE));
        }
        errs.addAll(labels(updated.labels(), meta.child("labels")));
        errs.addAll(annotations(updated.annotations(), meta.child("annotations")));
        return errs;
    }

    /** ValidateLabels: key and value errors both sit on the map's path, without the key. */
    static List<FieldError> labels(Map<String, String> labels, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (labels == null) {
            return errs;
        }
        for (Map.Entry<String, String> e : labels.entrySet()) {
            errs.addAll(labelName(e.getKey(), path));
            for (String msg : Formats.isValidLabelValue(e.getValue())) {
                errs.add(FieldError.invalid(path.toString(), e.getValue(), msg));
            }
        }
        return errs;
    }

    static List<FieldError> labelName(String key, FieldPath path) {
        return qualifiedName(key, path);
    }

    /** Annotation keys are qualified names compared in lower case; the bad value keeps the case written. */
    static List<FieldError> annotations(Map<String, String> annotations, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            for (String msg : Formats.isQualifiedName(e.getKey().toLowerCase(Locale.ROOT))) {
                errs.add(FieldError.invalid(path.toString(), e.getKey(), msg));
            }
            total += Formats.goLen(e.getKey()) + Formats.goLen(e.getValue());
        }
        if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
            errs.add(FieldError.tooLong(path.toString(), "may not be more than " + TOTAL_ANNOTATION_SIZE_LIMIT + " bytes"));
        }
        return errs;
    }

    /** ValidateLabelSelector (strict values): matchLabels first, then each expression. */
    static List<FieldError> labelSelector(LabelSelector s, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (s == null) {
            return errs;
        }
        errs.addAll(labels(s.matchLabels(), path.child("matchLabels")));
        for (int i = 0; i < s.matchExpressions().size(); i++) {
            LabelSelector.Requirement r = s.matchExpressions().get(i);
            FieldPath rp = path.child("matchExpressions").index(i);
            switch (r.operator()) {
                case "In", "NotIn" -> {
                    if (r.values().isEmpty()) {
                        errs.add(FieldError.required(rp.child("values").toString(),
                                "must be specified when `operator` is 'In' or 'NotIn'"));
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (!r.values().isEmpty()) {
                        errs.add(FieldError.forbidden(rp.child("values").toString(),
                                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                    }
                }
                default -> errs.add(FieldError.invalid(rp.child("operator").toString(), BadValues.typed(r.operator()),
                        "not a valid selector operator"));
            }
            errs.addAll(labelName(r.key(), rp.child("key")));
            for (int v = 0; v < r.values().size(); v++) {
                for (String msg : Formats.isValidLabelValue(r.values().get(v))) {
                    errs.add(FieldError.invalid(rp.child("values").index(v).toString(), r.values().get(v), msg));
                }
            }
        }
        return errs;
    }

    /**
     * Whether metav1.LabelSelectorAsSelector would succeed: it builds one labels.Requirement per
     * entry and fails on exactly the key, value, operator and value-count problems the strict
     * selector validation reports.
     */
    static boolean selectorConvertible(LabelSelector s) {
        return labelSelector(s, FieldPath.root("selector")).isEmpty();
    }

    /**
     * labels.Selector.Empty() for the converted selector: a nil selector converts to Nothing
     * (not empty, matches nothing), an empty one to Everything (empty, matches everything).
     */
    static boolean selectorIsEmpty(LabelSelector s) {
        return s != null && s.isEmpty();
    }

    static boolean selectorMatches(LabelSelector s, Map<String, String> labels) {
        if (s == null) {
            return false;
        }
        for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelector.Requirement r : s.matchExpressions()) {
            boolean has = labels.containsKey(r.key());
            boolean ok = switch (r.operator()) {
                case "In" -> has && r.values().contains(labels.get(r.key()));
                case "NotIn" -> !has || !r.values().contains(labels.get(r.key()));
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static List<FieldError> dns1123Label(String value, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String msg : Formats.isDns1123Label(value)) {
            errs.add(FieldError.invalid(path.toString(), value, msg));
        }
        return errs;
    }

    static List<FieldError> dns1123Subdomain(String value, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String msg : Formats.isDns1123Subdomain(value)) {
            errs.add(FieldError.invalid(path.toString(), value, msg));
        }
        return errs;
    }

    static List<FieldError> qualifiedName(String value, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String msg : Formats.isQualifiedName(value)) {
            errs.add(FieldError.invalid(path.toString(), value, msg));
        }
        return errs;
    }

    /** ValidateNonnegativeField; the value is an int64 upstream, so it prints plain. */
    static List<FieldError> nonNegative(long value, FieldPath path) {
        return value < 0 ? List.of(FieldError.invalid(path.toString(), value, IS_NEGATIVE)) : List.of();
    }
}
