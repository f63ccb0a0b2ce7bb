package io.kubetutor.lesson;

import io.kubetutor.model.ClusterTopology;
import java.util.List;

/**
 * A lesson as read from its file: id, order, title, the cluster around the manifests, the editor's
 * starting text and the steps. {@code file} is the name diagnostics use.
 */
public record Lesson(String id, int order, Localized title, ClusterTopology topology, String manifest,
                     TextOrigin manifestOrigin, List<Step> steps, String file) {
    public Lesson {
        steps = List.copyOf(steps);
        manifest = manifest == null ? "" : manifest;
    }
}
