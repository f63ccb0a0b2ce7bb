package io.kubetutor.kubectl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The equality-based part of a -l label selector: {@code k=v}, {@code k==v}, {@code k!=v},
 * {@code k} and {@code !k}, comma-separated, all of which must hold.
 */
final class SelectorFilter {
    private record Requirement(String key, String op, String value) {
        boolean matches(Map<String, String> labels) {
            return switch (op) {
                case "=" -> value.equals(labels.get(key));
                case "!=" -> !value.equals(labels.get(key));
                case "exists" -> labels.containsKey(key);
                default -> !labels.containsKey(key);
            };
        }
    }

    private final List<Requirement> requirements;

    private SelectorFilter(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    static SelectorFilter parse(String text) throws KubectlError {
        List<Requirement> reqs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new SelectorFilter(reqs);
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.contains(" in ") || p.contains(" notin ") || p.contains("(") || p.contains("<") || p.contains(">")) {
                throw KubectlError.plain("the tutor's -l takes equality-based selectors only (k=v, k!=v, k, !k)");
            }
            if (p.startsWith("!")) {
                reqs.add(new Requirement(p.substring(1).trim(), "absent", ""));
            } else if (p.contains("!=")) {
                int i = p.indexOf("!=");
                reqs.add(new Requirement(p.substring(0, i).trim(), "!=", p.substring(i + 2).trim()));
            } else if (p.contains("==")) {
                int i = p.indexOf("==");
                reqs.add(new Requirement(p.substring(0, i).trim(), "=", p.substring(i + 2).trim()));
            } else if (p.contains("=")) {
                int i = p.indexOf('=');
                reqs.add(new Requirement(p.substring(0, i).trim(), "=", p.substring(i + 1).trim()));
            } else {
                reqs.add(new Requirement(p, "exists", ""));
            }
        }
        return new SelectorFilter(reqs);
    }

    boolean matches(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
