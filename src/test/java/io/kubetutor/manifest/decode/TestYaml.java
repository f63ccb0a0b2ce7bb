package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.SourcePos;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A stand-in for the project's YAML reader in these tests: SnakeYAML composes one document,
 * plain scalars get SnakeYAML's (YAML 1.1) tags, positions are 1-based. Duplicate keys are kept.
 */
final class TestYaml {
    private TestYaml() {
    }

    static YDocument doc(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node node = new Yaml(options).compose(new StringReader(yaml));
        return new YDocument(0, SourcePos.START, node == null ? null : convert(node), null);
    }

    static DecodeResult decode(String yaml) {
        return ObjectDecoder.decode("test.yaml", doc(yaml), FieldLocator.NOWHERE);
    }

    static DecodeResult decode(String yaml, FieldValidation validation) {
        return ObjectDecoder.decode("test.yaml", doc(yaml), FieldLocator.NOWHERE, validation);
    }

    private static YNode convert(Node node) {
        SourcePos pos = new SourcePos(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        if (node instanceof MappingNode m) {
            List<YMap.Entry> entries = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                entries.add(new YMap.Entry(convert(t.getKeyNode()), convert(t.getValueNode())));
            }
            return new YMap(entries, pos);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(item));
            }
            return new YSeq(items, pos);
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        YScalar.Tag t = tag.equals(Tag.INT) ? YScalar.Tag.INT
                : tag.equals(Tag.FLOAT) ? YScalar.Tag.FLOAT
                : tag.equals(Tag.BOOL) ? YScalar.Tag.BOOL
                : tag.equals(Tag.NULL) ? YScalar.Tag.NULL
                : YScalar.Tag.STR;
        return new YScalar(s.getValue(), t, pos);
    }
}
