package io.kubetutor.manifest.validate;

/**
 * An API field path rendered as apimachinery's field.Path prints it: children joined with
 * dots, list indexes as {@code [i]}, map keys as {@code [key]} (keys are not quoted).
 */
final class FieldPath {
    private final String text;

    private FieldPath(String text) {
        this.text = text;
    }

    static FieldPath root(String name) {
        return new FieldPath(name);
    }

    FieldPath child(String... names) {
        StringBuilder b = new StringBuilder(text);
        for (String n : names) {
            b.append('.').append(n);
        }
        return new FieldPath(b.toString());
    }

    FieldPath index(int i) {
        return new FieldPath(text + "[" + i + "]");
    }

    FieldPath key(String k) {
        return new FieldPath(text + "[" + k + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
