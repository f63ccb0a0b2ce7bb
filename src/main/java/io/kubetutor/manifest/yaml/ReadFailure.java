package io.kubetutor.manifest.yaml;

import io.kubetutor.model.SourcePos;

/** A document that cannot be read, with the message to show and where. */
final class ReadFailure extends Exception {
    private final SourcePos pos;

    ReadFailure(String message, SourcePos pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    SourcePos pos() {
        return pos;
    }
}
