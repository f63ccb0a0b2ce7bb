package io.kubetutor.kubectl;

import io.kubetutor.kubectl.JsonPathParser.Array;
import io.kubetutor.kubectl.JsonPathParser.Param;
import io.kubetutor.model.GoValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of client-go's JSONPath evaluation with Go's exact rules: array selection
 * ({@code [i]}, {@code [-1]}, {@code [a:b:step]}, with its bounds errors) and the filter
 * comparisons text/template's eq/lt functions make (no mixing of kinds).
 */
final class JsonPathArrays {
    private JsonPathArrays() {
    }

    static List<Object> select(List<Object> input, Array node) throws JsonPathPrinter.ExecutionError {
        List<Object> result = new ArrayList<>();
        for (Object v : input) {
            if (v == null) {
                continue;
            }
            if (!(v instanceof List<?> list)) {
                throw new JsonPathPrinter.ExecutionError(goType(v) + " is not array or slice");
            }
            int length = list.size();
            Param s = node.start();
            Param e = node.end();
            int start = s.known() ? s.value() : 0;
            if (start < 0) {
                start += length;
            }
            int end = e.known() ? e.value() : length;
            if (end < 0 || (end == 0 && e.derived())) {
                end += length;
            }
            if (end == start) {
                // Zero elements asked for: allowed, and the selection ends here.
                return result;
            }
            if (start >= length || start < 0) {
                throw new JsonPathPrinter.ExecutionError("array index out of bounds: index " + start + ", length "
                        + length);
            }
            if (end > length || end < 0) {
                throw new JsonPathPrinter.ExecutionError("array index out of bounds: index " + (end - 1) + ", length "
                        + length);
            }
            if (start > end) {
                throw new JsonPathPrinter.ExecutionError("starting index " + start + " is greater than ending index "
                        + end);
            }
            int step = 1;
            if (node.step().known()) {
                if (node.step().value() <= 0) {
                    throw new JsonPathPrinter.ExecutionError("step must be > 0");
                }
                step = node.step().value();
            }
            for (int i = start; i < end; i += step) {
                result.add(list.get(i));
            }
        }
        return result;
    }

    private enum Kind {
        BOOL, INT, FLOAT, STRING, INVALID
    }

    private static Kind kind(Object v) {
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Long || v instanceof Integer) {
            return Kind.INT;
        }
        if (v instanceof Double) {
            return Kind.FLOAT;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        return Kind.INVALID;
    }

    /** A filter's comparison, as the forked text/template functions decide it. */
    static boolean compare(String operator, Object left, Object right) throws JsonPathPrinter.ExecutionError {
        return switch (operator) {
            case "==" -> equal(left, right);
            case "!=" -> !equal(left, right);
            case "<" -> less(left, right);
            case "<=" -> less(left, right) || equal(left, right);
            case ">" -> !(less(left, right) || equal(left, right));
            case ">=" -> !less(left, right);
            default -> throw new JsonPathPrinter.ExecutionError("unrecognized filter operator " + operator);
        };
    }

    private static boolean equal(Object a, Object b) throws JsonPathPrinter.ExecutionError {
        Kind k = checked(a, b);
        return switch (k) {
            case INT -> ((Number) a).longValue() == ((Number) b).longValue();
            case FLOAT -> ((Double) a).doubleValue() == ((Double) b).doubleValue();
            default -> a.equals(b);
        };
    }

    private static boolean less(Object a, Object b) throws JsonPathPrinter.ExecutionError {
        Kind k = checked(a, b);
        return switch (k) {
            case INT -> ((Number) a).longValue() < ((Number) b).longValue();
            case FLOAT -> (Double) a < (Double) b;
            case STRING -> GoValues.STRING_ORDER.compare((String) a, (String) b) < 0;
            default -> throw new JsonPathPrinter.ExecutionError("invalid type for comparison");
        };
    }

    private static Kind checked(Object a, Object b) throws JsonPathPrinter.ExecutionError {
        Kind ka = kind(a);
        Kind kb = kind(b);
        if (ka == Kind.INVALID || kb == Kind.INVALID) {
            throw new JsonPathPrinter.ExecutionError("invalid type for comparison");
        }
        if (ka != kb) {
            throw new JsonPathPrinter.ExecutionError("incompatible types for comparison");
        }
        return ka;
    }

    /** The Go type of an unstructured value, as reflect names it. */
    static String goType(Object v) {
        if (v instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        if (v instanceof List<?>) {
            return "[]interface {}";
        }
        return switch (kind(v)) {
            case BOOL -> "bool";
            case INT -> "int64";
            case FLOAT -> "float64";
            case STRING -> "string";
            default -> "interface {}";
        };
    }

    /** A value as Go's %v prints it, for error texts. */
    static String goValue(Object v) {
        return v instanceof String s ? s : JsonPathPrinter.text(v);
    }
}
