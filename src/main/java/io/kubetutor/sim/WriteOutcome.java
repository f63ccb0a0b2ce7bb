package io.kubetutor.sim;

import io.kubetutor.model.Maps;
import java.util.List;

/**
 * What a direct write (create or update) did: the stored object (null when refused), whether it
 * changed anything, kubectl's text for a refusal, and the changes made.
 */
public record WriteOutcome(io.kubetutor.model.KubeObject stored, boolean changed, String error, List<Change> changes) {
    public WriteOutcome {
        changes = Maps.list(changes);
    }

    static WriteOutcome refused(String error, List<Change> changes) {
        return new WriteOutcome(null, false, error, changes);
    }
}
