package io.kubetutor.manifest;

import io.kubetutor.manifest.decode.DecodeResult;
import io.kubetutor.manifest.decode.ObjectDecoder;
import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
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
            for (YDocument object : listItems(doc)) {
                DecodeResult decoded = ObjectDecoder.decode(file, object, YamlLocator.of(object));
                diagnostics.addAll(decoded.diagnostics());
                if (decoded.object() != null) {
                    objects.add(decoded.object());
                }
            }
        }
        return new LoadedManifests(List.copyOf(objects), List.copyOf(diagnostics));
    }

    /**
     * A {@code v1 List} (what {@code kubectl get ... -o yaml} prints) stands for its items, which
     * kubectl applies one by one; any other document stands for itself.
     */
    private static List<YDocument> listItems(YDocument doc) {
        if (doc.root() instanceof YMap m && scalar(m.get("apiVersion")).equals("v1")
                && scalar(m.get("kind")).equals("List") && m.get("items") instanceof YSeq items) {
            List<YDocument> each = new ArrayList<>();
            for (YNode item : items.items()) {
                each.add(new YDocument(doc.index(), item.pos(), item, null));
            }
            return each;
        }
        return List.of(doc);
    }

    private static String scalar(YNode n) {
        return n instanceof YScalar s ? s.text() : "";
    }
}
