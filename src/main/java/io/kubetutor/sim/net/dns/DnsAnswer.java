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

    /** The same response with its records' TTLs lowered to at most {@code cap} (CoreDNS's cache does this). */
    DnsAnswer capTtl(int cap) {
        return new DnsAnswer(question, type, rcode, capped(answers, cap), capped(additional, cap), authoritative);
    }

    private static List<DnsRecord> capped(List<DnsRecord> records, int cap) {
        return records.stream().map(r -> r.ttl() <= cap ? r : new DnsRecord(r.name(), cap, r.rdata())).toList();
    }
}
