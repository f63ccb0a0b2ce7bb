package io.kubetutor.sim.workload;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading pod templates (which may be absent in the model) and making pods from them. */
final class PodTemplates {
    private PodTemplates() {
    }

    static Map<String, String> labels(PodTemplateSpec t) {
        return t == null || t.metadata() == null ? Map.of() : t.metadata().labels();
    }

    static Map<String, String> annotations(PodTemplateSpec t) {
        return t == null || t.metadata() == null ? Map.of() : t.metadata().annotations();
    }

    /** The template with one more label (labelsutil.CloneAndAddLabel). */
    static PodTemplateSpec withLabel(PodTemplateSpec t, String key, String value) {
        ObjectMeta meta = t == null || t.metadata() == null ? ObjectMeta.named("", "") : t.metadata();
        return new PodTemplateSpec(meta.withLabels(plus(meta.labels(), key, value)), t == null ? null : t.spec());
    }

    /** The template without a label, for comparing templates while ignoring pod-template-hash. */
    static PodTemplateSpec withoutLabel(PodTemplateSpec t, String key) {
        if (t == null || t.metadata() == null || !t.metadata().labels().containsKey(key)) {
            return t;
        }
        Map<String, String> labels = new LinkedHashMap<>(t.metadata().labels());
        labels.remove(key);
        return new PodTemplateSpec(t.metadata().withLabels(labels), t.spec());
    }

    /** labelsutil.CloneSelectorAndAddLabel: the selector with one more matchLabels entry. */
    static LabelSelector selectorWithLabel(LabelSelector s, String key, String value) {
        if (s == null) {
            return LabelSelector.of(Map.of(key, value));
        }
        return new LabelSelector(plus(s.matchLabels(), key, value), s.matchExpressions());
    }

    static Map<String, String> plus(Map<String, String> labels, String key, String value) {
        Map<String, String> out = new LinkedHashMap<>(labels);
        out.put(key, value);
        return out;
    }

    /** metav1.NewControllerRef: the owner as controller (blockOwnerDeletion is implied by the model). */
    static ObjectMeta.OwnerReference controllerRef(KubeObject owner) {
        return new ObjectMeta.OwnerReference(owner.apiVersion(), owner.kind(), owner.name(),
                owner.metadata().uid(), true);
    }

    /**
     * controller.GetPodFromTemplate: the template's labels and annotations, the given name prefix,
     * the controller reference and a copy of the template's spec; nothing else of the template's
     * metadata. The pod is not yet created: no name unless the caller names it, no uid.
     */
    static Pod podFromTemplate(PodTemplateSpec t, String namespace, String generateName,
                               ObjectMeta.OwnerReference controllerRef) {
        ObjectMeta meta = new ObjectMeta("", generateName, namespace, labels(t), annotations(t))
                .withOwnerReferences(List.of(controllerRef));
        PodSpec spec = t == null ? null : t.spec();
        return new Pod(meta, spec, null, null);
    }
}
