package io.kubetutor.sim.net.dns;

import java.util.Locale;

/** The query types the simulated resolvers answer (IN class only). */
public enum RecordType {
    A(1), CNAME(5), PTR(12), MX(15), TXT(16), AAAA(28), SRV(33);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    /** The type's number on the wire (RFC 1035 and successors). */
    public int code() {
        return code;
    }

    /** Reads a type name as dig and nslookup accept it (case-insensitive); null when unknown here. */
    public static RecordType parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
