package io.kubetutor.sim.net.dns;

import java.util.Objects;

/**
 * One resource record of an answer: owner name (absolute, trailing dot, in the case the question
 * used, as CoreDNS echoes it), type, TTL in seconds and the typed data.
 */
public record DnsRecord(String name, RecordType type, int ttl, RecordData rdata) {
    public DnsRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rdata, "rdata");
        if (type != rdata.type()) {
            throw new IllegalArgumentException(type + " record with " + rdata.type() + " data");
        }
    }

    public DnsRecord(String name, int ttl, RecordData rdata) {
        this(name, rdata.type(), ttl, rdata);
    }

    /** The data in zone-file presentation form, e.g. {@code 0 100 80 web.default.svc.cluster.local.}. */
    public String data() {
        return rdata.text();
    }

    /** The record as dig prints it in an answer section (tab-separated). */
    @Override
    public String toString() {
        return name + "\t" + ttl + "\tIN\t" + type + "\t" + data();
    }
}
