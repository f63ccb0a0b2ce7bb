package io.kubetutor.sim.net.dns;

import java.util.List;
import java.util.Locale;

/**
 * What bind9's nslookup prints (bin/dig/nslookup.c printmessage/printsection, dighost.c) in the
 * dnsutils image the Kubernetes DNS debugging page runs (jessie-dnsutils: bind 9.9, which asks for
 * the one type only). Tabs are where bind prints them: "Server:\t\t", "Address:\t", "Name:\t",
 * "Address: " (a space), and "owner\tlabel = data" for other records. main() ends every run with an
 * empty line. The exit code is 1 when no server answered or the answer was NXDOMAIN, else 0.
 *
 * <p>nslookup walks the search list as dighost does: a name with fewer dots than ndots goes through
 * the search domains and then as is, and only NXDOMAIN moves on (NODATA stops it, where glibc would
 * go on); a name with ndots dots or more is asked as is only.
 */
public final class Nslookup {
    /** What the command printed and how it exited. */
    public record Output(String stdout, int exitCode) {
    }

    private Nslookup() {
    }

    /**
     * Runs {@code nslookup [-type=TYPE] NAME} in a container with {@code conf} as its resolv.conf: an
     * IPv4 address is looked up by its reverse name (PTR), anything else as {@code type} ("A" when
     * null or empty).
     */
    public static Output run(String name, String type, ResolvConf conf, ClusterDns dns) {
        String t = type == null || type.isBlank() ? "A" : type;
        String text = name.trim();
        RecordType rt = RecordType.parse(t);
        if (DnsNames.isIpv4Text(text) && !DnsNames.canonicalIp(text).isEmpty()) {
            text = DnsNames.relative(DnsNames.reverseName(text));
            rt = RecordType.PTR;
            t = "PTR";
        }
        if (rt == null) {
            throw new IllegalArgumentException("query type " + t + " is not simulated");
        }
        String server = conf.nameservers().isEmpty() ? "127.0.0.1" : conf.nameservers().get(0);
        Resolution r = StubResolver.resolve(text, conf, dns, rt);
        return print(text, t, r, r.server().isEmpty() ? server : r.server());
    }

    /**
     * Prints the outcome of {@code r} (the queries a resolver made for {@code name}) as nslookup
     * does, using nslookup's own stopping rule over those queries.
     */
    public static Output print(String name, String type, Resolution r, String serverIp) {
        Resolution.Attempt stop = stoppingAttempt(name, r.attempts());
        if (stop == null) {
            return new Output(";; connection timed out; no servers could be reached\n\n", 1);
        }
        StringBuilder out = new StringBuilder();
        out.append("Server:\t\t").append(serverIp).append('\n');
        out.append("Address:\t").append(serverIp).append("#53\n\n");
        DnsAnswer a = stop.answer();
        int exit = 0;
        if (a.rcode() != Rcode.NOERROR) {
            out.append("** server can't find ").append(DnsNames.relative(stop.qname())).append(": ")
                    .append(a.rcode()).append('\n');
            exit = 1;
        } else {
            boolean addressType = "A".equals(type.toUpperCase(Locale.ROOT));
            if (!a.authoritative()) {
                out.append("Non-authoritative answer:\n");
            }
            if (a.answers().isEmpty()) {
                out.append("*** Can't find ").append(name).append(": No answer\n");
            }
            for (DnsRecord rec : a.answers()) {
                out.append(line(rec));
            }
            if (!a.authoritative() && !addressType) {
                // The simulated upstream sends no authority records, so nothing follows the heading.
                out.append("\nAuthoritative answers can be found from:\n");
            }
        }
        out.append('\n');
        return new Output(out.toString(), exit);
    }

    /**
     * The query nslookup prints: as-is-first names stop after one query, searched names at the first
     * answer that is not NXDOMAIN (or the last query). Null when a query went unanswered first: the
     * lookup ends there with a timeout.
     */
    private static Resolution.Attempt stoppingAttempt(String name, List<Resolution.Attempt> attempts) {
        boolean asIsFirst = !attempts.isEmpty()
                && attempts.get(0).qname().equalsIgnoreCase(DnsNames.absolute(name.trim()));
        Resolution.Attempt last = null;
        for (Resolution.Attempt a : attempts) {
            if (!a.replied()) {
                return null;
            }
            last = a;
            if (asIsFirst || !a.answer().nxdomain()) {
                return a;
            }
        }
        return last;
    }

    /** printsection for the answer section: A/AAAA as a Name/Address pair, the rest as "owner\tlabel = data". */
    static String line(DnsRecord r) {
        String owner = DnsNames.relative(r.name());
        return switch (r.type()) {
            case A, AAAA -> "Name:\t" + owner + "\nAddress: " + r.data() + "\n";
            case CNAME -> owner + "\tcanonical name = " + r.data() + "\n";
            case SRV -> owner + "\tservice = " + r.data() + "\n";
            case PTR -> owner + "\tname = " + r.data() + "\n";
            case TXT -> owner + "\ttext = " + r.data() + "\n";
            case MX -> owner + "\tmail exchanger = " + r.data() + "\n";
        };
    }
}
