package io.kubetutor.sim.net.dns;

import java.util.List;

/**
 * A server's response to one question: the question name (absolute, with its trailing dot), the
 * type asked, the response code, the answer records in the server's order, the additional records
 * (the addresses CoreDNS adds for SRV targets), and whether the server answered with authority (the
 * cluster zone) or passed on what an upstream resolver said (a forwarded name).
 */
public record DnsAnswer(String question, RecordType type, Rcode rcode, List<DnsRecord> answers,
                        List<DnsRecord> additional, boolean authoritative) {
    public DnsAnswer {
        answers = List.copyOf(answers);
        additional = List.copyOf(additional);
    }

    public DnsAnswer(String question, RecordType type, Rcode rcode, List<DnsRecord> answers, boolean authoritative) {
        this(question, type, rcode, answers, List.of(), authoritative);
    }

    /** The name does not exist (for any type). */
    public boolean nxdomain() {
        return rcode == Rcode.NXDOMAIN;
    }

    /** The name exists but holds no record of the asked type (NOERROR with an empty answer). */
    public boolean nodata() {
        return rcode == Rcode.NOERROR && answers.isEmpty();
    }

    /** Whether the answer section holds any record; a stub resolver stops searching at the first such answer. */
    public boolean hasRecords() {
        return !answers.isEmpty();
    }

    /**
     * The same response as CoreDNS's cache writes it out: every record gets the lowest TTL of the
     * message, at most {@code cap} (cache.go "Apply capped TTL to this reply").
     */
    DnsAnswer capTtl(int cap) {
        int ttl = cap;
        for (DnsRecord r : answers) {
            ttl = Math.min(ttl, r.ttl());
        }
        for (DnsRecord r : additional) {
            ttl = Math.min(ttl, r.ttl());
        }
        return new DnsAnswer(question, type, rcode, withTtl(answers, ttl), withTtl(additional, ttl), authoritative);
    }

    private static List<DnsRecord> withTtl(List<DnsRecord> records, int ttl) {
        return records.stream().map(r -> new DnsRecord(r.name(), ttl, r.rdata())).toList();
    }
}
