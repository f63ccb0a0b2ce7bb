package io.kubetutor.manifest.validate;

import io.kubetutor.model.KubeObject;

/** API defaulting (SetDefaults_*) applied at decode time, before allocation and validation. */
public final class Defaults {
    private Defaults() {
    }

    /** Returns the object with every v1 default applied; objects of other kinds come back as they are. */
    public static KubeObject apply(KubeObject o) {
        return o; // SKELETON: filled in by the validation work
    }
}
