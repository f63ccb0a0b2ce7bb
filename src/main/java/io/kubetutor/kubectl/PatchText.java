package io.kubetutor.kubectl;

import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.ScalarResolver;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.GoValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The -p text as kubectl sends it: apimachinery's yaml.ToJSON passes text that starts with
 * {@code {} through untouched (the server then parses it as JSON), and converts anything else from
 * YAML, failing with {@code unable to parse "PATCH": error converting YAML to JSON: yaml: ...}.
 */
final class PatchText {
    /** The patch as a tree, or the raw JSON text the server must still parse. */
    record Parsed(Object tree, String rawJson) {
    }

    private PatchText() {
    }

    static Parsed read(String patch) throws KubectlError {
        if (patch.stripLeading().startsWith("{")) {
            return new Parsed(null, patch);
        }
        YamlText yaml = YamlReader.read("patch", patch, ReadLimits.DEFAULT);
        if (!yaml.diagnostics().isEmpty()) {
            throw unparsable(patch, yaml.diagnostics().get(0).message());
        }
        if (yaml.documents().isEmpty()) {
            return new Parsed(null, "null");
        }
        YDocument doc = yaml.documents().get(0);
        if (doc.error() != null) {
            throw unparsable(patch, doc.error().message());
        }
        return new Parsed(doc.root() == null ? null : tree(doc.root()), null);
    }

    private static KubectlError unparsable(String patch, String message) {
        return KubectlError.plain("unable to parse " + GoText.quote(patch) + ": " + message);
    }

    /** sigs.k8s.io/yaml's conversion of go-yaml values to JSON values. */
    static Object tree(YNode n) {
        if (n instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (YMap.Entry e : m.entries()) {
                String key = e.key() instanceof YScalar s ? keyText(s) : String.valueOf(e.key());
                out.remove(key);
                out.put(key, tree(e.value()));
            }
            return out;
        }
        if (n instanceof YSeq s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(tree(i)));
            return out;
        }
        YScalar s = (YScalar) n;
        return switch (s.tag()) {
            case STR -> s.text();
            case NULL -> null;
            case BOOL -> isTrue(s.text());
            case INT -> {
                BigInteger v = ScalarResolver.integerValue(s.text());
                yield v != null && v.bitLength() <= 63 ? (Object) v.longValue() : new GoValues.Raw(String.valueOf(v));
            }
            case FLOAT -> {
                Double d = ScalarResolver.floatValue(s.text());
                yield d == null ? s.text() : new GoValues.Raw(goFloat(d));
            }
        };
    }

    private static String keyText(YScalar s) {
        if (s.tag() == YScalar.Tag.BOOL) {
            return String.valueOf(isTrue(s.text()));
        }
        if (s.tag() == YScalar.Tag.INT) {
            return String.valueOf(ScalarResolver.integerValue(s.text()));
        }
        return s.text();
    }

    private static boolean isTrue(String text) {
        return switch (text) {
            case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
            default -> false;
        };
    }

    /** encoding/json's float64 text for the values a patch holds. */
    private static String goFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return String.valueOf((long) d);
        }
        return String.valueOf(d);
    }
}
