package io.kubetutor.sim.net.dns;

/**
 * The typed data of one resource record. {@link #text()} is the record's data in zone-file
 * presentation form (what dig prints after the type, and what nslookup prints after its label):
 * names absolute with their trailing dot, TXT strings quoted.
 */
public sealed interface RecordData {
    RecordType type();

    String text();

    /** An IPv4 address. */
    record A(String address) implements RecordData {
        public RecordType type() {
            return RecordType.A;
        }

        public String text() {
            return address;
        }
    }

    /** An IPv6 address, in Go's net.IP String() form. */
    record Aaaa(String address) implements RecordData {
        public RecordType type() {
            return RecordType.AAAA;
        }

        public String text() {
            return address;
        }
    }

    /** The canonical name an alias points at (absolute). */
    record Cname(String target) implements RecordData {
        public RecordType type() {
            return RecordType.CNAME;
        }

        public String text() {
            return target;
        }
    }

    /** A service location (RFC 2782). */
    record Srv(int priority, int weight, int port, String target) implements RecordData {
        public RecordType type() {
            return RecordType.SRV;
        }

        public String text() {
            return priority + " " + weight + " " + port + " " + target;
        }
    }

    /** The name behind a reverse (in-addr.arpa) name. */
    record Ptr(String target) implements RecordData {
        public RecordType type() {
            return RecordType.PTR;
        }

        public String text() {
            return target;
        }
    }

    /** One character-string, shown quoted as dig and nslookup show it. */
    record Txt(String value) implements RecordData {
        public RecordType type() {
            return RecordType.TXT;
        }

        public String text() {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
