package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;

/**
 * A YAML scalar with the type YAML 1.1 resolves it to, as Kubernetes' YAML-to-JSON conversion
 * does: {@code 8080} is INT, {@code "8080"} is STR, {@code yes} is BOOL, {@code ~} is NULL.
 */
public record YScalar(String text, Tag tag, SourcePos pos) implements YNode {

    public enum Tag {
        STR, INT, FLOAT, BOOL, NULL
    }

    @Override
    public String jsonType() {
        return switch (tag) {
            case STR -> "string";
            case INT, FLOAT -> "number";
            case BOOL -> "bool";
            case NULL -> "null";
        };
    }
}
