package io.kubetutor.model;

/** v1 PodTemplateSpec. */
public record PodTemplateSpec(ObjectMeta metadata, PodSpec spec) {
}
