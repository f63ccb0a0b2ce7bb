package io.kubetutor.scenario;

import io.kubetutor.manifest.topology.LoadedTopology;
import io.kubetutor.manifest.topology.TopologyLoader;
import io.kubetutor.manifest.yaml.ReadLimits;
import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.manifest.yaml.YMap;
import io.kubetutor.manifest.yaml.YNode;
import io.kubetutor.manifest.yaml.YScalar;
import io.kubetutor.manifest.yaml.YamlReader;
import io.kubetutor.manifest.yaml.YamlText;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario files (docs/scenarios.md, decision 0026): a header document (the marker key
 * {@value #MARKER} with the format version, the cluster in the cluster-file format, the
 * playback settings and the traffic bar's aim), a {@code ---} line, then the editor's manifests
 * byte for byte. The manifests are never re-encoded, so comments, blank lines, tabs and odd
 * indentation come back exactly as typed, and the file stays readable and editable by hand.
 * A file without the marker in its first document is a plain manifest: all of it is the editor's text.
 */
public final class ScenarioFile {
    /** The key that makes a YAML file a scenario; its value is the format version. */
    public static final String MARKER = "kubeServiceTutorScenario";
    public static final int VERSION = 1;
    /** A document-start line: {@code ---} alone, or followed by blanks and a comment. */
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---(?:[ \\t]+(?:#[^\\r\\n]*)?)?\\r?$");
    private static final List<String> KEYS = List.of(MARKER, "cluster", "playback", "traffic");

    private ScenarioFile() {
    }

    /**
     * What a file held: its manifests (the editor's text), and for a scenario the rest of it; or,
     * when the scenario header has an error, the located diagnostics and no scenario.
     *
     * @param scenario the scenario, or null for a plain manifest file or a header with errors
     * @param wrapped  whether the file is a scenario (its first document carries the marker)
     */
    public record Opened(String manifests, Scenario scenario, boolean wrapped, List<Diagnostic> diagnostics) {
        public Opened {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    /** The file's text for {@code s}. */
    public static String write(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("# Kube Service Tutor scenario (docs/scenarios.md): the cluster and the playback settings here,\n");
        b.append("# the editor's manifests after the \"---\" line, exactly as they were typed.\n");
        b.append(MARKER).append(": ").append(VERSION).append('\n');
        b.append("cluster:\n").append(ClusterYaml.write(s.cluster(), "  "));
        b.append("playback:\n");
        b.append("  speed: ").append(number(s.playback().speed())).append('\n');
        b.append("  showSystemPods: ").append(s.playback().showSystemPods()).append('\n');
        if (!s.traffic().equals(Scenario.Traffic.NONE)) {
            b.append("traffic:\n");
            if (!s.traffic().from().isEmpty()) {
                b.append("  from: ").append(ClusterYaml.quoted(s.traffic().from())).append('\n');
            }
            if (!s.traffic().to().isEmpty()) {
                b.append("  to: ").append(ClusterYaml.quoted(s.traffic().to())).append('\n');
            }
        }
        b.append("---\n");
        return b.append(s.manifests()).toString();
    }

    /** Whether {@code text} looks like a scenario at all (a cheap test before reading it). */
    public static boolean mayBeScenario(String text) {
        return text.contains(MARKER);
    }

    /** Reads {@code text} (named {@code file} in diagnostics): a scenario, or a plain manifest. */
    public static Opened read(String file, String text) {
        if (!mayBeScenario(text)) {
            return plain(text);
        }
        Matcher m = SEPARATOR.matcher(text);
        String header = m.find() ? text.substring(0, m.start()) : text;
        String manifests = "";
        if (header.length() < text.length()) {
            int next = m.end();
            if (next < text.length() && text.charAt(next) == '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            manifests = text.substring(next);
        }
        YamlText yaml = YamlReader.read(file, header.startsWith("\uFEFF") ? header.substring(1) : header,
                ReadLimits.DEFAULT);
        YDocument first = yaml.documents().stream().filter(d -> !d.isEmpty() || d.error() != null).findFirst()
                .orElse(null);
        if (first == null || !(first.root() instanceof YMap root) || root.get(MARKER) == null) {
            // No marker at the top of the first document: a manifest that mentions the word.
            return plain(text);
        }
        List<Diagnostic> problems = new ArrayList<>(yaml.diagnostics());
        if (first.error() != null) {
            problems.add(first.error());
        }
        if (yaml.documents().stream().filter(d -> !d.isEmpty()).count() > 1) {
            problems.add(Diagnostic.error(file, SourcePos.START,
                    "a scenario's header is one YAML document; the manifests follow its first \"---\" line"));
        }
        Scenario s = header(file, root, manifests, problems);
        boolean bad = problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return new Opened(manifests, bad ? null : s, true, problems);
    }

    private static Opened plain(String text) {
        return new Opened(text, null, false, List.of());
    }

    private static Scenario header(String file, YMap root, String manifests, List<Diagnostic> problems) {
        for (YMap.Entry e : root.entries()) {
            String key = e.key() instanceof YScalar s ? s.text() : "";
            if (!KEYS.contains(key)) {
                problems.add(Diagnostic.warning(file, e.key().pos(), "unknown field \"" + key
                        + "\" in the scenario's header is ignored (known fields: " + String.join(", ", KEYS) + ")"));
            }
        }
        YNode version = root.get(MARKER);
        if (!(version instanceof YScalar v && v.tag() == YScalar.Tag.INT && v.text().equals(String.valueOf(VERSION)))) {
            problems.add(Diagnostic.error(file, version.pos(), FieldError.notSupported(MARKER,
                    version instanceof YScalar v ? v.text() : version.jsonType(), List.of(String.valueOf(VERSION)))
                    + " (a newer Kube Service Tutor may have written this file)"));
            return null;
        }
        LoadedTopology cluster = TopologyLoader.load(file, root.get("cluster"));
        problems.addAll(cluster.diagnostics());
        Scenario.Playback playback = playback(file, root.get("playback"), problems);
        Scenario.Traffic traffic = traffic(file, root.get("traffic"), problems);
        ClusterTopology topology = cluster.topology();
        return new Scenario(manifests, topology, playback, traffic);
    }

    private static Scenario.Playback playback(String file, YNode node, List<Diagnostic> problems) {
        Scenario.Playback d = Scenario.Playback.DEFAULT;
        YMap map = mapping(file, node, "playback", List.of("speed", "showSystemPods"), problems);
        if (map == null) {
            return d;
        }
        double speed = d.speed();
        YNode s = map.get("speed");
        if (s != null && !isNull(s)) {
            Double v = s instanceof YScalar sc && (sc.tag() == YScalar.Tag.INT || sc.tag() == YScalar.Tag.FLOAT)
                    ? parse(sc.text()) : null;
            if (v == null || !(v > 0) || v.isInfinite()) {
                problems.add(Diagnostic.error(file, s.pos(), FieldError.invalid("playback.speed",
                        s instanceof YScalar sc ? sc.text() : s.jsonType(),
                        "must be a number greater than 0, such as 1 or 0.5").toString()));
            } else {
                speed = v;
            }
        }
        boolean systemPods = d.showSystemPods();
        YNode p = map.get("showSystemPods");
        if (p != null && !isNull(p)) {
            if (p instanceof YScalar sc && sc.tag() == YScalar.Tag.BOOL) {
                systemPods = sc.text().equalsIgnoreCase("true") || sc.text().equalsIgnoreCase("yes")
                        || sc.text().equalsIgnoreCase("on") || sc.text().equalsIgnoreCase("y");
            } else {
                problems.add(Diagnostic.error(file, p.pos(), "playback.showSystemPods: must be true or false, not "
                        + p.jsonType()));
            }
        }
        return new Scenario.Playback(speed, systemPods);
    }

    private static Scenario.Traffic traffic(String file, YNode node, List<Diagnostic> problems) {
        YMap map = mapping(file, node, "traffic", List.of("from", "to"), problems);
        if (map == null) {
            return Scenario.Traffic.NONE;
        }
        return new Scenario.Traffic(string(file, map.get("from"), "traffic.from", problems),
                string(file, map.get("to"), "traffic.to", problems));
    }

    private static YMap mapping(String file, YNode node, String path, List<String> known, List<Diagnostic> problems) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof YMap map)) {
            problems.add(Diagnostic.error(file, node.pos(), path + ": must be a mapping of " + String.join(", ", known)
                    + ", not " + node.jsonType()));
            return null;
        }
        for (YMap.Entry e : map.entries()) {
            String key = e.key() instanceof YScalar s ? s.text() : "";
            if (!known.contains(key)) {
                problems.add(Diagnostic.warning(file, e.key().pos(), "unknown field \"" + path + "." + key
                        + "\" is ignored (known fields: " + String.join(", ", known) + ")"));
            }
        }
        return map;
    }

    private static String string(String file, YNode node, String path, List<Diagnostic> problems) {
        if (node == null || isNull(node)) {
            return "";
        }
        if (node instanceof YScalar s && s.tag() != YScalar.Tag.NULL) {
            return s.text();
        }
        problems.add(Diagnostic.error(file, node.pos(), path + ": must be a string, not " + node.jsonType()));
        return "";
    }

    private static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.tag() == YScalar.Tag.NULL;
    }

    private static Double parse(String text) {
        try {
            return Double.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 1 rather than 1.0, 0.25 as it is: the way a person writes a speed. */
    private static String number(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
