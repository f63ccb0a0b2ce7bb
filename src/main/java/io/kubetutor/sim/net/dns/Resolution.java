package io.kubetutor.sim.net.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * One stub-resolver lookup: the name as the program gave it, the type, the nameserver the queries
 * went to, and every query in the order it was sent with what came back ({@code null} when no
 * server replied).
 */
public record Resolution(String name, RecordType type, String server, List<Attempt> attempts) {
    public Resolution {
        attempts = List.copyOf(attempts);
    }

    /** One query: the absolute name sent and the server's answer, or null when nothing answered. */
    public record Attempt(String qname, DnsAnswer answer) {
        public boolean replied() {
            return answer != null;
        }
    }

    /** Whether any server answered any query (false: "no servers could be reached"). */
    public boolean serverReached() {
        return attempts.stream().anyMatch(Attempt::replied);
    }

    /**
     * The answer the walk ended on: the first one holding records, else the last reply (NXDOMAIN or
     * NODATA); null when no server replied.
     */
    public DnsAnswer answer() {
        DnsAnswer last = null;
        for (Attempt a : attempts) {
            if (a.replied()) {
                if (a.answer().hasRecords()) {
                    return a.answer();
                }
                last = a.answer();
            }
        }
        return last;
    }

    /**
     * The records of the asked type the answer holds for the name, following the CNAME chain in the
     * answer section from the question (as glibc's answer parser does).
     */
    public List<DnsRecord> records() {
        DnsAnswer a = answer();
        if (a == null) {
            return List.of();
        }
        String current = a.question();
        List<DnsRecord> out = new ArrayList<>();
        for (DnsRecord r : a.answers()) {
            if (!r.name().equalsIgnoreCase(current)) {
                continue;
            }
            if (r.type() == type) {
                out.add(r);
            } else if (r.type() == RecordType.CNAME) {
                current = r.data();
            }
        }
        return out;
    }

    /** Whether the lookup succeeded: the answer holds records of the asked type for the name. */
    public boolean found() {
        return !records().isEmpty();
    }

    /** The addresses found (A or AAAA lookups), in the server's order; empty otherwise. */
    public List<String> addresses() {
        if (type != RecordType.A && type != RecordType.AAAA) {
            return List.of();
        }
        return records().stream().map(DnsRecord::data).toList();
    }
}
