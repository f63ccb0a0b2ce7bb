package io.kubetutor.manifest;

import io.kubetutor.manifest.decode.DecodeResult;
import io.kubetutor.manifest.decode.ObjectDecoder;
import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YamlLocator;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to objects: every YAML document read with its positions, then decoded into typed
 * records. What cannot be read becomes a located diagnostic; the other documents still load.
 * Defaulting, allocation and validation happen later, in the simulated API server, as they do
 * in a real cluster.
 */
public final class ManifestLoader {
    private ManifestLoader() {
    }

    public static LoadedManifests load(String file, String text) {
        return load(file, text, ReadLimits.DEFAULT);
    }

    public static LoadedManifests load(String file, String text, ReadLimits limits) {
        YamlText yaml = YamlReader.read(file, text, limits);
        List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
        List<KubeObject> objects = new ArrayList<>();
        for (YDocument doc : yaml.documents()) {
            if (doc.error() != null) {
                diagnostics.add(doc.error());
                continue;
            }
            if (doc.root() == null) {
                continue; // an empty document: kubectl skips it too
            }
            DecodeResult decoded = ObjectDecoder.decode(file, doc, YamlLocator.of(doc));
            diagnostics.addAll(decoded.diagnostics());
            if (decoded.object() != null) {
                objects.add(decoded.object());
            }
        }
        return new LoadedManifests(List.copyOf(objects), List.copyOf(diagnostics));
    }
}
