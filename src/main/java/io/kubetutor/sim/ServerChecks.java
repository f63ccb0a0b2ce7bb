package io.kubetutor.sim;

import io.kubetutor.manifest.validate.Defaults;
import io.kubetutor.manifest.validate.Validation;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.KubeObject;
import java.util.List;

/**
 * The defaulting and validation the API server runs on every write. The real ones live in
 * {@code manifest.validate}; the interface lets a test give the server a validator with known
 * answers, to check what the server does when validation refuses an object. The early
 * clusterIP-related check of Service allocation is not part of it: the registry always runs the
 * real one (through ServiceAllocationDefaults), as upstream does.
 */
interface ServerChecks {
    KubeObject defaults(KubeObject o);

    List<FieldError> validateCreate(KubeObject o);

    List<FieldError> validateUpdate(KubeObject old, KubeObject updated);

    ServerChecks UPSTREAM = new ServerChecks() {
        @Override
        public KubeObject defaults(KubeObject o) {
            return Defaults.apply(o);
        }

        @Override
        public List<FieldError> validateCreate(KubeObject o) {
            return Validation.validateCreate(o);
        }

        @Override
        public List<FieldError> validateUpdate(KubeObject old, KubeObject updated) {
            return Validation.validateUpdate(old, updated);
        }
    };
}
