package io.kubetutor.kubectl;

import io.kubetutor.model.KubeObject;

/**
 * What a write did: the object as stored (null when refused), whether anything changed (kubectl
 * prints "(no change)" otherwise), and when refused, the text kubectl prints for the server's
 * answer, e.g. {@code The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ...} or
 * {@code Error from server (NotFound): pods "web-0" not found}.
 */
public record WriteResult(KubeObject stored, boolean changed, String error) {
    public static WriteResult ok(KubeObject stored, boolean changed) {
        return new WriteResult(stored, changed, null);
    }

    public static WriteResult refused(String error) {
        return new WriteResult(null, false, error);
    }

    public boolean refused() {
        return error != null;
    }
}
