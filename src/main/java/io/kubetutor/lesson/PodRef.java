package io.kubetutor.lesson;

import io.kubetutor.model.Pod;
import io.kubetutor.sim.ClusterSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Pods as a lesson names them, since the pods of a Deployment get random names: {@code NAME},
 * {@code PREFIX*} or {@code KEY=VALUE[,KEY=VALUE]}, each optionally after {@code NAMESPACE/}
 * (default {@code default}). Resolution is deterministic: pods running with an address first,
 * then by name.
 */
public record PodRef(String text, String namespace, Form form, String name, Map<String, String> labels) {
    public enum Form { NAME, PREFIX, LABELS }

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern LABEL_KEY = Pattern.compile("([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    public PodRef {
        labels = Map.copyOf(labels);
    }

    /** Reads a pod reference; throws IllegalArgumentException saying what is wrong with it. */
    public static PodRef parse(String text) {
        String t = text == null ? "" : text.trim();
        String ns = "default";
        String rest = t;
        int slash = t.indexOf('/');
        // A label key may hold a slash itself (app.kubernetes.io/name=web): only a slash before any '=' is the namespace.
        int eq = t.indexOf('=');
        if (slash >= 0 && (eq < 0 || slash < eq) && !t.substring(0, slash).contains(".")) {
            ns = t.substring(0, slash);
            rest = t.substring(slash + 1);
            if (!NAME.matcher(ns).matches()) {
                throw new IllegalArgumentException("\"" + ns + "\" is not a namespace name");
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("no pod named: write NAME, PREFIX* or KEY=VALUE");
        }
        if (rest.contains("=")) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String pair : rest.split(",", -1)) {
                int i = pair.indexOf('=');
                String key = i < 0 ? pair : pair.substring(0, i).trim();
                String value = i < 0 ? null : pair.substring(i + 1).trim();
                if (value == null || !LABEL_KEY.matcher(key).matches() || !LABEL_VALUE.matcher(value).matches()) {
                    throw new IllegalArgumentException("\"" + pair + "\" is not a label KEY=VALUE");
                }
                labels.put(key, value);
            }
            return new PodRef(t, ns, Form.LABELS, "", labels);
        }
        if (rest.endsWith("*")) {
            String prefix = rest.substring(0, rest.length() - 1);
            if (prefix.isEmpty() || prefix.contains("*")) {
                throw new IllegalArgumentException("\"" + rest + "\": a prefix is written as web-*");
            }
            return new PodRef(t, ns, Form.PREFIX, prefix, Map.of());
        }
        if (!NAME.matcher(rest).matches()) {
            throw new IllegalArgumentException("\"" + rest + "\" is not a pod name, a prefix (web-*) or labels (app=web)");
        }
        return new PodRef(t, ns, Form.NAME, rest, Map.of());
    }

    public boolean matches(Pod p) {
        if (!p.namespace().equals(namespace)) {
            return false;
        }
        return switch (form) {
            case NAME -> p.name().equals(name);
            case PREFIX -> p.name().startsWith(name);
            case LABELS -> labels.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(p.metadata().labels().get(e.getKey())));
        };
    }

    /** The pods this names in {@code snapshot}: running with an address and not deleting first, then by name. */
    public List<Pod> resolve(ClusterSnapshot snapshot) {
        List<Pod> out = new ArrayList<>();
        for (Pod p : snapshot.all(Pod.class)) {
            if (matches(p)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing((Pod p) -> usable(p) ? 0 : 1).thenComparing(Pod::name));
        return out;
    }

    /** Whether a pod can take part in traffic now: scheduled, with an address, not being deleted. */
    static boolean usable(Pod p) {
        return !p.status().podIP().isEmpty() && !p.spec().nodeName().isEmpty()
                && p.metadata().deletionTimestamp() == null;
    }

    @Override
    public String toString() {
        return text;
    }
}
