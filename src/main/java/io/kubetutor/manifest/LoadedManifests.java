package io.kubetutor.manifest;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import java.util.List;

/** The objects a text holds, in written order, and what was said about reading them. */
public record LoadedManifests(List<KubeObject> objects, List<Diagnostic> diagnostics) {
}
