package io.kubetutor.manifest.decode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Go type of an API field, as far as decoding needs it. {@link #goName()} is what Go's
 * {@code reflect.Type.String()} prints in an {@code UnmarshalTypeError} ({@code int32},
 * {@code v1.Protocol}, {@code []v1.ServicePort}, {@code map[string]string}), because the API
 * server's decode errors quote it.
 */
public sealed interface GoType permits GoType.Scalar, GoType.IntOrString, GoType.Quantity, GoType.Struct,
        GoType.ListOf, GoType.MapOf, GoType.Any {

    String goName();

    /** What a Go scalar kind accepts from JSON. */
    enum Kind {
        STRING, INT32, INT64, BOOL
    }

    /** A Go string, integer or bool, possibly a named type such as {@code v1.Protocol}. */
    record Scalar(Kind kind, String goName) implements GoType {
    }

    /** intstr.IntOrString: decodes itself, so its errors name the int32 it tried (see TypedDecoder). */
    record IntOrString() implements GoType {
        @Override
        public String goName() {
            return "intstr.IntOrString";
        }
    }

    /** resource.Quantity: a string or a number, parsed by its own UnmarshalJSON. */
    record Quantity() implements GoType {
        @Override
        public String goName() {
            return "resource.Quantity";
        }
    }

    /**
     * A Go struct. {@code open} structs accept keys they do not list without a warning: used for
     * kinds we do not simulate, where only metadata is read.
     */
    record Struct(String goName, String shortName, Map<String, Field> fields, boolean open) implements GoType {
        public Struct {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Field field(String jsonName) {
            return fields.get(jsonName);
        }
    }

    /** A Go slice; its elements are decoded in place, so a JSON null element is the zero value. */
    record ListOf(GoType elem) implements GoType {
        @Override
        public String goName() {
            return "[]" + elem.goName();
        }
    }

    /** A Go map with string keys; {@code goName} is the named map type when there is one (v1.ResourceList). */
    record MapOf(GoType elem, String goName) implements GoType {
    }

    /**
     * A typed API field the tutor accepts without checking (volume sources, affinity, resources
     * claims...). Neither type errors nor unknown fields are reported inside it: a missed warning
     * is better than a false one.
     */
    record Any() implements GoType {
        @Override
        public String goName() {
            return "interface {}";
        }
    }

    /**
     * One JSON field of a struct. {@code embeddedIn} lists the Go names of the inline embedded
     * structs the field sits in (Probe's {@code ProbeHandler}, IngressRule's {@code IngressRuleValue}):
     * Go's decoder puts them into the field path of its errors.
     */
    record Field(String jsonName, GoType type, List<String> embeddedIn) {
        public Field {
            embeddedIn = List.copyOf(embeddedIn);
        }
    }
}
