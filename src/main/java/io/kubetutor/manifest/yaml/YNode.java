package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;

/**
 * A YAML node with the place it was written, as the YAML parser composed it (aliases already
 * expanded, within limits). Immutable.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {
    /** Where the node starts (for a mapping value: the value's first character). */
    SourcePos pos();

    /** The JSON type name Go's encoding/json uses in its errors: object, array, string, number, bool, null. */
    String jsonType();
}
