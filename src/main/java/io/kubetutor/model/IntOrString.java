package io.kubetutor.model;

/** Kubernetes' IntOrString: a port number or a port name. An unset value is int 0. */
public record IntOrString(boolean isInt, int intValue, String stringValue) {
    public static final IntOrString ZERO = new IntOrString(true, 0, "");

    public IntOrString {
        stringValue = stringValue == null ? "" : stringValue;
    }

    public static IntOrString of(int v) {
        return new IntOrString(true, v, "");
    }

    public static IntOrString of(String s) {
        return new IntOrString(false, 0, s);
    }

    /** Go's zero value: int 0 or the empty string, which defaulting treats as unset. */
    public boolean isZero() {
        return isInt ? intValue == 0 : stringValue.isEmpty();
    }

    @Override
    public String toString() {
        return isInt ? Integer.toString(intValue) : stringValue;
    }
}
