package io.kubetutor.sim.net.dns;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The DNS of the world outside the cluster, as the LAN's resolver answers it (decision 0012). The
 * tutor runs offline, so the only names that exist out there are the documentation domains
 * example.com, example.net and example.org and every name under them; each holds one A record in
 * TEST-NET-2 (198.51.100.0/24) picked from a stable hash of the name, and nothing else. Every other
 * name is NXDOMAIN. Answers come from a recursive resolver, so they are never authoritative.
 */
public final class OutsideWorld {
    /** The TTL the upstream resolver hands out; CoreDNS's {@code cache 30} caps it at 30 in pods. */
    public static final int TTL = 300;
    private static final List<String> DOMAINS = List.of("example.com.", "example.net.", "example.org.");
    private static final String NETWORK = "198.51.100.";

    private OutsideWorld() {
    }

    /** Whether {@code name} (any case, trailing dot optional) exists in the simulated outside world. */
    public static boolean knows(String name) {
        String n = DnsNames.lower(DnsNames.absolute(name));
        for (String d : DOMAINS) {
            if (DnsNames.isSubdomain(d, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address an outside name resolves to: 198.51.100.h with h = 1 + (CRC-32 of the lower-case
     * name without its trailing dot, UTF-8) mod 254, so never the network or broadcast address.
     */
    public static String addressOf(String name) {
        CRC32 crc = new CRC32();
        crc.update(DnsNames.lower(DnsNames.relative(DnsNames.absolute(name))).getBytes(StandardCharsets.UTF_8));
        return NETWORK + (1 + crc.getValue() % 254);
    }

    /** The upstream resolver's response to {@code name}/{@code type}. */
    static DnsAnswer answer(String name, RecordType type) {
        String qname = DnsNames.absolute(name);
        if (!knows(qname)) {
            return new DnsAnswer(qname, type, Rcode.NXDOMAIN, List.of(), false);
        }
        List<DnsRecord> records = type == RecordType.A
                ? List.of(new DnsRecord(qname, TTL, new RecordData.A(addressOf(qname))))
                : List.of();
        return new DnsAnswer(qname, type, Rcode.NOERROR, records, false);
    }
}
