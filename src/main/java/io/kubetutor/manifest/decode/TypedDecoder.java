package io.kubetutor.manifest.decode;

import io.kubetutor.manifest.decode.GoType.Field;
import io.kubetutor.manifest.decode.JValue.JArray;
import io.kubetutor.manifest.decode.JValue.JBool;
import io.kubetutor.manifest.decode.JValue.JNull;
import io.kubetutor.manifest.decode.JValue.JNumber;
import io.kubetutor.manifest.decode.JValue.JObject;
import io.kubetutor.manifest.decode.JValue.JString;
import io.kubetutor.manifest.decode.JValue.Member;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.SourcePos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a JSON tree into a typed Go shape the way the API server does (sigs.k8s.io/json, a
 * fork of encoding/json, in strict mode): the first type error is kept and decoding goes on; an
 * error from a type that decodes itself (IntOrString, Quantity) stops at once; unknown and
 * duplicate fields are collected as strict errors, reported only when nothing else went wrong.
 */
final class TypedDecoder {

    /** A problem at a place: the message as the server words it, and the field in API notation. */
    record Problem(String message, SourcePos pos, String fieldPath) {
    }

    /** What decoding produced: the value, and either an error or the strict-mode problems. */
    record Outcome(Decoded value, Problem error, List<Problem> strict) {
        boolean failed() {
            return error != null;
        }
    }

    /** Where the decoder is: Go's error context (struct, field stack) and the strict/API paths. */
    private record Ctx(String struct, String goPath, String strictPath, String apiPath) {
        Ctx field(String structName, Field f) {
            StringBuilder go = new StringBuilder(goPath);
            for (String embedded : f.embeddedIn()) {
                go.append(go.length() == 0 ? "" : ".").append(embedded);
            }
            go.append(go.length() == 0 ? "" : ".").append(f.jsonName());
            return new Ctx(structName, go.toString(), join(strictPath, f.jsonName()), join(apiPath, f.jsonName()));
        }

        Ctx index(int i) {
            return new Ctx(struct, goPath, strictPath + "[" + i + "]", apiPath + "[" + i + "]");
        }

        /** A key that is not a field of the struct: named like a field, with nothing for Go's stack. */
        Ctx unknown(String k) {
            return new Ctx(struct, goPath, join(strictPath, k), join(apiPath, k));
        }

        Ctx key(String k) {
            return new Ctx(struct, goPath, join(strictPath, k), apiPath + "[" + k + "]");
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }

    /** An error that stops decoding, as an Unmarshaler's returned error does in Go. */
    private static final class Stop extends Exception {
        private final transient Problem problem;

        Stop(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static final int MAX_STRICT = 100;
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Problem firstError;
    private final List<Problem> strict = new ArrayList<>();
    private final Set<String> strictSeen = new LinkedHashSet<>();

    private TypedDecoder() {
    }

    /** Decodes a top-level object of the given kind's struct. */
    static Outcome decode(GoType.Struct root, JObject body) {
        TypedDecoder d = new TypedDecoder();
        try {
            Decoded value = d.struct(root, body, new Ctx(null, "", "", ""));
            if (d.firstError != null) {
                return new Outcome(null, d.firstError, List.of());
            }
            return new Outcome(value, null, List.copyOf(d.strict));
        } catch (Stop stop) {
            return new Outcome(null, stop.problem, List.of());
        }
    }

    private Object value(GoType type, JValue v, Ctx ctx) throws Stop {
        if (type instanceof GoType.Any) {
            checkDuplicatesUnchecked(v, ctx);
            return v instanceof JNull ? null : v;
        }
        if (type instanceof GoType.IntOrString) {
            return intOrString(v, ctx);
        }
        if (type instanceof GoType.Quantity) {
            return quantity(v, ctx);
        }
        if (v instanceof JNull) {
            // Go leaves the field as it was: absent.
            return null;
        }
        if (type instanceof GoType.Scalar s) {
            return scalar(s, v, ctx);
        }
        if (type instanceof GoType.Struct s) {
            if (v instanceof JObject o) {
                return struct(s, o, ctx);
            }
            return typeError(v.jsonType(), type, ctx, v.pos());
        }
        if (type instanceof GoType.ListOf l) {
            if (v instanceof JArray a) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < a.items().size(); i++) {
                    JValue item = a.items().get(i);
                    Object decoded = value(l.elem(), item, ctx.index(i));
                    items.add(decoded != null ? decoded : zero(l.elem()));
                }
                return items;
            }
            return typeError(v.jsonType(), type, ctx, v.pos());
        }
        GoType.MapOf m = (GoType.MapOf) type;
        if (v instanceof JObject o) {
            return map(m, o, ctx);
        }
        return typeError(v.jsonType(), type, ctx, v.pos());
    }

    private Decoded struct(GoType.Struct s, JObject o, Ctx ctx) throws Stop {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Member m : o.members()) {
            Field f = s.field(m.key());
            if (f == null) {
                if (!s.open()) {
                    Ctx unknown = ctx.unknown(m.key());
                    strictError("unknown field", unknown.strictPath(), m.keyPos(), unknown);
                }
                continue;
            }
            Ctx inner = ctx.field(s.shortName(), f);
            for (SourcePos again : m.repeatedAt()) {
                strictError("duplicate field", inner.strictPath(), again, inner);
            }
            Object decoded = value(f.type(), m.value(), inner);
            if (decoded != null) {
                fields.put(f.jsonName(), decoded);
            }
        }
        return new Decoded(fields);
    }

    private Map<String, Object> map(GoType.MapOf type, JObject o, Ctx ctx) throws Stop {
        Map<String, Object> bySortedKey = new HashMap<>();
        for (Member m : o.members()) {
            Ctx inner = ctx.key(m.key());
            for (SourcePos again : m.repeatedAt()) {
                strictError("duplicate field", inner.strictPath(), again, inner);
            }
            Object decoded = value(type.elem(), m.value(), inner);
            bySortedKey.put(m.key(), decoded != null ? decoded : zero(type.elem()));
        }
        // Decoded in the server's (sorted) order; kept in the order the learner wrote.
        List<Member> written = new ArrayList<>(o.members());
        written.sort((a, b) -> Integer.compare(a.writtenIndex(), b.writtenIndex()));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Member m : written) {
            out.put(m.key(), bySortedKey.get(m.key()));
        }
        return out;
    }

    private Object scalar(GoType.Scalar s, JValue v, Ctx ctx) {
        switch (s.kind()) {
            case STRING:
                return v instanceof JString str ? str.value() : typeError(v.jsonType(), s, ctx, v.pos());
            case BOOL:
                return v instanceof JBool b ? b.value() : typeError(v.jsonType(), s, ctx, v.pos());
            default:
                if (!(v instanceof JNumber n)) {
                    return typeError(v.jsonType(), s, ctx, v.pos());
                }
                Long parsed = integer(n.literal(), s.kind() == GoType.Kind.INT32);
                return parsed != null ? parsed : typeError("number " + n.literal(), s, ctx, v.pos());
        }
    }

    /** strconv.ParseInt of the literal, then the target's overflow check; null when either fails. */
    private static Long integer(String literal, boolean int32) {
        if (!literal.matches("-?[0-9]+")) {
            return null;
        }
        BigInteger b = new BigInteger(literal);
        boolean fits = int32 ? b.compareTo(INT32_MIN) >= 0 && b.compareTo(INT32_MAX) <= 0
                : b.compareTo(INT64_MIN) >= 0 && b.compareTo(INT64_MAX) <= 0;
        return fits ? b.longValue() : null;
    }

    /**
     * IntOrString.UnmarshalJSON: a JSON string is the name; anything else is unmarshalled into
     * its int32, and that inner error is returned at once (so it names int32, not IntOrString).
     */
    private IntOrString intOrString(JValue v, Ctx ctx) throws Stop {
        if (v instanceof JString s) {
            return IntOrString.of(s.value());
        }
        if (v instanceof JNull) {
            return null;
        }
        if (v instanceof JNumber n) {
            Long parsed = integer(n.literal(), true);
            if (parsed != null) {
                return IntOrString.of(parsed.intValue());
            }
            throw new Stop(typeProblem("number " + n.literal(), "int32", ctx, v.pos()));
        }
        throw new Stop(typeProblem(v.jsonType(), "int32", ctx, v.pos()));
    }

    /** Quantity.UnmarshalJSON: ParseQuantity's plain error, returned at once and without context. */
    private String quantity(JValue v, Ctx ctx) throws Stop {
        String problem;
        String text;
        if (v instanceof JNull) {
            return null;
        } else if (v instanceof JString s) {
            text = s.value();
            problem = QuantityCheck.problemForString(text);
        } else if (v instanceof JNumber n) {
            text = n.literal();
            problem = QuantityCheck.problem(text);
        } else {
            text = "";
            problem = QuantityCheck.FORMAT_WRONG;
        }
        if (problem != null) {
            throw new Stop(new Problem(problem, v.pos(), ctx.apiPath()));
        }
        return text;
    }

    private Object typeError(String jsonValue, GoType target, Ctx ctx, SourcePos pos) {
        if (firstError == null) {
            firstError = typeProblem(jsonValue, target.goName(), ctx, pos);
        }
        return null;
    }

    /** Go's UnmarshalTypeError text, with the decoder's error context added. */
    private static Problem typeProblem(String jsonValue, String goType, Ctx ctx, SourcePos pos) {
        String where = ctx.struct() == null && ctx.goPath().isEmpty()
                ? " into Go value of type "
                : " into Go struct field " + (ctx.struct() == null ? "" : ctx.struct()) + "." + ctx.goPath()
                + " of type ";
        return new Problem("json: cannot unmarshal " + jsonValue + where + goType, pos, ctx.apiPath());
    }

    private void strictError(String what, String path, SourcePos pos, Ctx where) {
        String message = what + " " + GoValues.quote(path);
        if (strict.size() >= MAX_STRICT || !strictSeen.add(message)) {
            return;
        }
        strict.add(new Problem(message, pos, where.apiPath()));
    }

    /** Inside an unchecked field a repeated key is still a repeated key. */
    private void checkDuplicatesUnchecked(JValue v, Ctx ctx) {
        if (v instanceof JObject o) {
            for (Member m : o.members()) {
                Ctx inner = ctx.key(m.key());
                for (SourcePos again : m.repeatedAt()) {
                    strictError("duplicate field", inner.strictPath(), again, inner);
                }
                checkDuplicatesUnchecked(m.value(), inner);
            }
        } else if (v instanceof JArray a) {
            for (int i = 0; i < a.items().size(); i++) {
                checkDuplicatesUnchecked(a.items().get(i), ctx.index(i));
            }
        }
    }

    /** The Go zero value a JSON null leaves in a slice element or map value. */
    private static Object zero(GoType t) {
        if (t instanceof GoType.Scalar s) {
            switch (s.kind()) {
                case STRING:
                    return "";
                case BOOL:
                    return false;
                default:
                    return 0L;
            }
        }
        if (t instanceof GoType.Struct) {
            return Decoded.EMPTY;
        }
        if (t instanceof GoType.IntOrString) {
            return IntOrString.ZERO;
        }
        if (t instanceof GoType.Quantity) {
            return "0";
        }
        return null;
    }
}
