package io.kubetutor.manifest.validate;

import io.kubetutor.model.FieldError;
import io.kubetutor.model.KubeObject;
import java.util.List;

/** The API server's validation of objects (ValidateService, ValidateEndpoints, ...), in its order. */
public final class Validation {
    private Validation() {
    }

    /** Field errors for creating {@code o} (already defaulted and allocated), in the server's order. */
    public static List<FieldError> validateCreate(KubeObject o) {
        return List.of(); // SKELETON: filled in by the validation work
    }

    /** Field errors for replacing {@code old} with {@code updated} (immutable fields, then the create rules). */
    public static List<FieldError> validateUpdate(KubeObject old, KubeObject updated) {
        return List.of(); // SKELETON: filled in by the validation work
    }
}
