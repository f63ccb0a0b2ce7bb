package io.kubetutor.kubectl;

import io.kubetutor.kubectl.JsonPathParser.Array;
import io.kubetutor.kubectl.JsonPathParser.BoolLit;
import io.kubetutor.kubectl.JsonPathParser.Field;
import io.kubetutor.kubectl.JsonPathParser.Filter;
import io.kubetutor.kubectl.JsonPathParser.FloatLit;
import io.kubetutor.kubectl.JsonPathParser.Identifier;
import io.kubetutor.kubectl.JsonPathParser.IntLit;
import io.kubetutor.kubectl.JsonPathParser.ListNode;
import io.kubetutor.kubectl.JsonPathParser.Node;
import io.kubetutor.kubectl.JsonPathParser.Recursive;
import io.kubetutor.kubectl.JsonPathParser.Text;
import io.kubetutor.kubectl.JsonPathParser.Union;
import io.kubetutor.kubectl.JsonPathParser.Wildcard;
import io.kubetutor.model.GoValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubectl's JSONPathPrinter over an unstructured object (client-go's JSONPath.Execute): each
 * top-level node's results printed in turn, the results of one node separated by a space; maps and
 * lists as compact JSON, strings as they are, null as {@code <nil>}. {@code range ... end} repeats
 * the nodes between them for each result. Missing keys print nothing unless
 * --allow-missing-template-keys=false. Where Go walks a map in random order (wildcards, recursive
 * descent) the tutor takes the keys in sorted order.
 */
final class JsonPathPrinter {
    /** A template that failed while it ran; the message is client-go's. */
    static final class ExecutionError extends Exception {
        ExecutionError(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Node> nodes;
    private final boolean allowMissingKeys;
    private int beginRange;
    private int inRange;
    private int endRange;
    private int lastEnd = -1;

    private JsonPathPrinter(List<Node> nodes, boolean allowMissingKeys) {
        this.nodes = nodes;
        this.allowMissingKeys = allowMissingKeys;
    }

    static String print(List<Node> template, Object data, boolean allowMissingKeys) throws ExecutionError {
        JsonPathPrinter p = new JsonPathPrinter(template, allowMissingKeys);
        StringBuilder out = new StringBuilder();
        for (List<Object> group : p.find(data, 0)) {
            for (int i = 0; i < group.size(); i++) {
                out.append(text(group.get(i)));
                if (i != group.size() - 1) {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    /** FindResults from node {@code from} on, for one current object. */
    private List<List<Object>> find(Object data, int from) throws ExecutionError {
        List<Object> cur = new ArrayList<>(Collections.singletonList(data));
        List<List<Object>> full = new ArrayList<>();
        for (int i = from; i < nodes.size(); i++) {
            List<Object> results = walk(cur, nodes.get(i));
            if (endRange > 0 && endRange <= inRange) {
                endRange--;
                lastEnd = i;
                break;
            }
            if (beginRange > 0) {
                beginRange--;
                inRange++;
                if (!results.isEmpty()) {
                    for (Object value : results) {
                        full.addAll(find(value, i + 1));
                    }
                } else {
                    // The nodes inside still run (their results dropped) so the position reaches end.
                    find(null, i + 1);
                }
                inRange--;
                for (int k = i + 1; k < nodes.size(); k++) {
                    if (k == lastEnd) {
                        i = k;
                        break;
                    }
                }
                continue;
            }
            full.add(results);
        }
        return full;
    }

    private List<Object> walk(List<Object> input, Node node) throws ExecutionError {
        if (node instanceof ListNode list) {
            List<Object> cur = input;
            for (Node n : list.nodes()) {
                cur = walk(cur, n);
            }
            return cur;
        }
        if (node instanceof Text t) {
            return new ArrayList<>(List.of(t.text()));
        }
        if (node instanceof Field f) {
            return field(input, f.name());
        }
        if (node instanceof Array a) {
            return JsonPathArrays.select(input, a);
        }
        if (node instanceof Filter f) {
            return filter(input, f);
        }
        if (node instanceof IntLit n) {
            return copies(input, n.value());
        }
        if (node instanceof FloatLit n) {
            return copies(input, n.value());
        }
        if (node instanceof BoolLit n) {
            return copies(input, n.value());
        }
        if (node instanceof Wildcard) {
            List<Object> out = new ArrayList<>();
            for (Object v : input) {
                out.addAll(children(v));
            }
            return out;
        }
        if (node instanceof Recursive) {
            return recursive(input);
        }
        if (node instanceof Union u) {
            List<Object> out = new ArrayList<>();
            for (ListNode branch : u.branches()) {
                out.addAll(walk(input, branch));
            }
            return out;
        }
        return identifier(input, ((Identifier) node).name());
    }

    private static List<Object> copies(List<Object> input, Object value) {
        return new ArrayList<>(Collections.nCopies(input.size(), value));
    }

    private List<Object> identifier(List<Object> input, String name) throws ExecutionError {
        switch (name) {
            case "range":
                beginRange++;
                return input;
            case "end":
                if (inRange > 0) {
                    endRange++;
                    return new ArrayList<>();
                }
                throw new ExecutionError("not in range, nothing to end");
            default:
                throw new ExecutionError("unrecognized identifier " + name);
        }
    }

    private List<Object> field(List<Object> input, String name) throws ExecutionError {
        List<Object> out = new ArrayList<>();
        for (Object v : input) {
            if (v instanceof Map<?, ?> m && m.containsKey(name)) {
                out.add(m.get(name));
            }
        }
        if (out.isEmpty() && !input.isEmpty() && !allowMissingKeys) {
            throw new ExecutionError(name + " is not found");
        }
        return out;
    }

    /** A map's values (by key), a list's items, a string's bytes: what a wildcard expands to. */
    private static List<Object> children(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>(GoValues.STRING_ORDER);
            m.forEach((k, value) -> sorted.put(String.valueOf(k), value));
            out.addAll(sorted.values());
        } else if (v instanceof List<?> l) {
            out.addAll(l);
        } else if (v instanceof String s) {
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                out.add((long) (b & 0xff));
            }
        }
        return out;
    }

    /** Recursive descent: every value that has children, then its descendants that do. */
    private static List<Object> recursive(List<Object> input) {
        List<Object> out = new ArrayList<>();
        for (Object v : input) {
            List<Object> children = children(v);
            if (!children.isEmpty()) {
                out.add(v);
                out.addAll(recursive(children));
            }
        }
        return out;
    }

    private List<Object> filter(List<Object> input, Filter f) throws ExecutionError {
        List<Object> out = new ArrayList<>();
        for (Object v : input) {
            if (!(v instanceof List<?> items)) {
                throw new ExecutionError(JsonPathArrays.goValue(v) + " is not array or slice and cannot be filtered");
            }
            for (Object item : items) {
                List<Object> one = new ArrayList<>(Collections.singletonList(item));
                List<Object> lefts;
                try {
                    lefts = walk(one, f.left());
                } catch (ExecutionError e) {
                    if (f.operator().equals("exists")) {
                        continue;
                    }
                    throw e;
                }
                if (f.operator().equals("exists")) {
                    if (!lefts.isEmpty()) {
                        out.add(item);
                    }
                    continue;
                }
                if (lefts.isEmpty()) {
                    continue;
                }
                if (lefts.size() > 1) {
                    throw new ExecutionError("can only compare one element at a time");
                }
                List<Object> rights = walk(one, f.right());
                if (rights.isEmpty()) {
                    continue;
                }
                if (rights.size() > 1) {
                    throw new ExecutionError("can only compare one element at a time");
                }
                if (JsonPathArrays.compare(f.operator(), lefts.get(0), rights.get(0))) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** PrintResults for one value: maps and lists as json.Marshal writes them, the rest as fmt.Fprint. */
    static String text(Object v) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return GoValues.json(ApiObjects.sortedForJson(v));
        }
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return goFloat(d);
        }
        return String.valueOf(v);
    }

    /** fmt's %v of a float64: the shortest digits, in %e form when the exponent is below -4 or at least 6. */
    static String goFloat(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String digits = b.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.format("%02d", Math.abs(exp));
            return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
        }
        return b.toPlainString();
    }
}
