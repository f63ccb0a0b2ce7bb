package io.kubetutor.manifest.topology;

import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YSeq;
import io.kubetutor.manifest.validate.Validation;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed reads of a cluster file's YAML nodes; every problem becomes a located diagnostic. */
final class Fields {
    /** apimachinery's IsDNS1123Subdomain: node names are Kubernetes object names. */
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final String DNS1123_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
            + "'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Fields(String file) {
        this.file = file;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.tag() == YScalar.Tag.NULL;
    }

    void error(YNode at, FieldError error) {
        diagnostics.add(Diagnostic.error(file, place(at), error.toString()));
    }

    void error(YNode at, String message) {
        diagnostics.add(Diagnostic.error(file, place(at), message));
    }

    void warning(YNode at, String message) {
        diagnostics.add(Diagnostic.warning(file, place(at), message));
    }

    private static SourcePos place(YNode at) {
        return at == null ? SourcePos.START : at.pos();
    }

    /** A mapping whose keys are all in {@code known}, each once; null (after an error) when it is not a mapping. */
    YMap mapping(YNode node, String path, List<String> known) {
        if (!(node instanceof YMap map)) {
            error(node, (path.isEmpty() ? "the cluster file" : path) + ": must be a mapping of " + String.join(", ", known)
                    + ", not " + kind(node));
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (YMap.Entry e : map.entries()) {
            String key = e.key() instanceof YScalar s ? s.text() : null;
            String field = (path.isEmpty() ? "" : path + ".") + (key == null ? "<" + kind(e.key()) + ">" : key);
            if (key == null || !known.contains(key)) {
                error(e.key(), "unknown field \"" + field + "\" (known fields: " + String.join(", ", known) + ")");
            } else if (!seen.add(key)) {
                error(e.key(), "duplicate field \"" + field + "\"");
            }
        }
        return map;
    }

    YSeq sequence(YNode node, String path) {
        if (node instanceof YSeq seq) {
            return seq;
        }
        error(node, path + ": must be a list, not " + kind(node));
        return null;
    }

    /** The text of a string scalar; null (after an error) for anything else. */
    String string(YNode node, String path) {
        if (node instanceof YScalar s && s.tag() == YScalar.Tag.STR) {
            return s.text();
        }
        error(node, path + ": must be a string, not " + kind(node));
        return null;
    }

    /** A required string field of {@code map}. */
    String required(YMap map, String path) {
        YNode value = map.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null || isNull(value)) {
            error(value == null ? map : value, FieldError.required(path, ""));
            return null;
        }
        return string(value, path);
    }

    /** A required name: a DNS-1123 subdomain, as Kubernetes names nodes. */
    String name(YMap map, String path) {
        String name = required(map, path);
        if (name == null) {
            return null;
        }
        YNode at = map.get(path.substring(path.lastIndexOf('.') + 1));
        if (name.length() > 253) {
            error(at, FieldError.invalid(path, name, "must be no more than 253 characters"));
            return null;
        }
        if (!DNS1123_SUBDOMAIN.matcher(name).matches()) {
            error(at, FieldError.invalid(path, name, DNS1123_SUBDOMAIN_MESSAGE));
            return null;
        }
        return name;
    }

    /** A required IPv4 address. */
    Ipv4 ip(YMap map, String path) {
        String text = required(map, path);
        if (text == null) {
            return null;
        }
        Ipv4 ip = Ipv4.parse(text).orElse(null);
        if (ip == null) {
            error(map.get("ip"), FieldError.invalid(path, text, "must be a valid IPv4 address, such as 192.168.1.2"));
        }
        return ip;
    }

    /** An optional boolean field; {@code defaultValue} when absent or null. */
    Boolean bool(YMap map, String path, boolean defaultValue) {
        YNode value = map.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null || isNull(value)) {
            return defaultValue;
        }
        if (value instanceof YScalar s && s.tag() == YScalar.Tag.BOOL) {
            return switch (s.text()) {
                case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
                default -> false;
            };
        }
        error(value, path + ": must be true or false, not " + kind(value));
        return null;
    }

    /**
     * Labels the API server would not refuse: zones and regions are refused too, because the
     * simulation has one zone (EndpointSlices carry no zone, no topology-aware routing, one zone for
     * the node lifecycle controller), and a zone label would promise what it does not do.
     */
    private static final List<String> ZONE_LABELS = List.of("topology.kubernetes.io/zone",
            "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/zone",
            "failure-domain.beta.kubernetes.io/region");

    /**
     * An optional {@code labels} mapping of {@code map}: string keys and values (null reads as "",
     * as Go decodes it into a map of strings), each pair checked as ValidateLabels checks
     * metadata.labels and reported at its key. Empty when absent; null (after errors) when bad.
     */
    Map<String, String> labels(YMap map, String path) {
        YNode value = map.get("labels");
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || isNull(value)) {
            return out;
        }
        if (!(value instanceof YMap m)) {
            error(value, path + ": must be a mapping of label keys to values, not " + kind(value));
            return null;
        }
        boolean ok = true;
        for (YMap.Entry e : m.entries()) {
            String key = string(e.key(), path);
            String text = isNull(e.value()) ? "" : string(e.value(), path);
            if (key == null || text == null) {
                ok = false;
                continue;
            }
            List<FieldError> errors = Validation.validateLabels(Map.of(key, text), path);
            if (errors.isEmpty() && ZONE_LABELS.contains(key)) {
                errors = List.of(FieldError.invalid(path, key, "the tutor does not simulate zones yet (no zone on "
                        + "EndpointSlices, no topology-aware routing, one zone for node eviction); use a label of "
                        + "your own, such as zone: a"));
            }
            if (out.containsKey(key)) {
                error(e.key(), "duplicate label \"" + key + "\" in " + path);
                ok = false;
                continue;
            }
            for (FieldError err : errors) {
                error(e.key(), err);
            }
            ok &= errors.isEmpty();
            out.put(key, text);
        }
        return ok ? out : null;
    }

    /** How a node reads in a message: {@code the string "x"}, {@code the number 1}, {@code a mapping}... */
    static String kind(YNode node) {
        if (node instanceof YMap) {
            return "a mapping";
        }
        if (node instanceof YSeq) {
            return "a list";
        }
        if (node instanceof YScalar s) {
            return switch (s.tag()) {
                case STR -> "the string " + io.kubetutor.model.GoValues.quote(s.text());
                case INT, FLOAT -> "the number " + s.text();
                case BOOL -> "the boolean " + s.text();
                case NULL -> "null";
            };
        }
        return "nothing";
    }
}
