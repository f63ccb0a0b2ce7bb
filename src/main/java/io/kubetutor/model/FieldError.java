package io.kubetutor.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One API field error, rendered as apimachinery's field.Error does:
 * {@code <path>: <Type>[: <bad value>][: <detail>]}. {@code badValue} is already rendered
 * (see {@link GoValues}); null means the type does not print a value.
 */
public record FieldError(Type type, String field, String badValue, String detail) {

    public enum Type {
        REQUIRED("Required value", "FieldValueRequired"),
        FORBIDDEN("Forbidden", "FieldValueForbidden"),
        INVALID("Invalid value", "FieldValueInvalid"),
        DUPLICATE("Duplicate value", "FieldValueDuplicate"),
        NOT_SUPPORTED("Unsupported value", "FieldValueNotSupported"),
        TOO_LONG("Too long", "FieldValueTooLong"),
        TOO_MANY("Too many", "FieldValueTooMany"),
        INTERNAL("Internal error", "InternalError");

        private final String text;
        private final String reason;

        Type(String text, String reason) {
            this.text = text;
            this.reason = reason;
        }

        public String text() {
            return text;
        }

        /** The StatusCause.type on the wire. */
        public String reason() {
            return reason;
        }
    }

    public FieldError {
        detail = detail == null ? "" : detail;
    }

    public static FieldError required(String field, String detail) {
        return new FieldError(Type.REQUIRED, field, null, detail);
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(Type.FORBIDDEN, field, null, detail);
    }

    public static FieldError invalid(String field, Object value, String detail) {
        return new FieldError(Type.INVALID, field, GoValues.render(value), detail);
    }

    public static FieldError duplicate(String field, Object value) {
        return new FieldError(Type.DUPLICATE, field, GoValues.render(value), "");
    }

    /** NotSupported: detail lists the supported values, each Go-quoted, in the order given (sorted upstream). */
    public static FieldError notSupported(String field, Object value, List<String> supported) {
        String detail = supported.isEmpty() ? "" : "supported values: "
                + supported.stream().map(GoValues::quote).collect(Collectors.joining(", "));
        return new FieldError(Type.NOT_SUPPORTED, field, GoValues.render(value), detail);
    }

    public static FieldError tooLong(String field, String detail) {
        return new FieldError(Type.TOO_LONG, field, null, detail);
    }

    public static FieldError internal(String field, String detail) {
        return new FieldError(Type.INTERNAL, field, null, detail);
    }

    /** The text after the path: {@code Invalid value: 80: provided port is not in the valid range...}. */
    public String body() {
        String s = badValue == null ? type.text() : type.text() + ": " + badValue;
        return detail.isEmpty() ? s : s + ": " + detail;
    }

    @Override
    public String toString() {
        return field + ": " + body();
    }
}
