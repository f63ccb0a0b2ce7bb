package io.kubetutor.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Severity;
import java.util.List;

/** An edited text loaded as the session loads the editor's text: no errors, and its objects. */
final class Loaded {
    private Loaded() {
    }

    static List<KubeObject> load(String text) {
        LoadedManifests m = ManifestLoader.load("editor.yaml", text);
        assertEquals(List.of(), m.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::message).toList(), text);
        return m.objects();
    }

    static <T extends KubeObject> T object(String text, Class<T> type, String namespace, String name) {
        return load(text).stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.name().equals(name) && (o.namespace().isEmpty() ? "default" : o.namespace())
                        .equals(namespace))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(name + " not in\n" + text));
    }
}
