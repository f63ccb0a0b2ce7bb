package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.SourcePos;

/** One YAML document read by the project's own reader, for decoder tests. */
final class TestYaml {
    private TestYaml() {
    }

    static YDocument doc(String yaml) {
        YamlText text = YamlReader.read("test.yaml", yaml, ReadLimits.DEFAULT);
        if (!text.diagnostics().isEmpty()) {
            throw new IllegalArgumentException("test YAML refused: " + text.diagnostics());
        }
        if (text.documents().isEmpty()) {
            return new YDocument(0, SourcePos.START, null, null);
        }
        if (text.documents().size() > 1 || text.documents().get(0).error() != null) {
            throw new IllegalArgumentException("test YAML must be one readable document: " + text.documents());
        }
        return text.documents().get(0);
    }

    static DecodeResult decode(String yaml) {
        return ObjectDecoder.decode("test.yaml", doc(yaml), FieldLocator.NOWHERE);
    }

    static DecodeResult decode(String yaml, FieldValidation validation) {
        return ObjectDecoder.decode("test.yaml", doc(yaml), FieldLocator.NOWHERE, validation);
    }
}
