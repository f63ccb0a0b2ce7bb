package io.kubetutor.sim.net.dns;

import io.kubetutor.model.GoIP;
import java.util.Locale;

/** Name handling shared by the servers and the clients: absolute forms, zone tests, reverse names. */
final class DnsNames {
    static final String IP4_ARPA = ".in-addr.arpa.";

    private DnsNames() {
    }

    /** {@code name} with exactly one trailing dot (dns.Fqdn); the root stays ".". */
    static String absolute(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    /** {@code name} without its trailing dot, as bind's dns_name_format prints a name. */
    static String relative(String name) {
        return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether absolute {@code child} equals or lies under absolute {@code parent}, ignoring case. */
    static boolean isSubdomain(String parent, String child) {
        String p = lower(parent);
        String c = lower(child);
        return p.equals(".") || c.equals(p) || c.endsWith("." + p);
    }

    /** The labels of a relative name ("" has none), as dns.SplitDomainName splits them. */
    static String[] labels(String relative) {
        return relative.isEmpty() ? new String[0] : relative.split("\\.", -1);
    }

    /** Dots in the text as typed, trailing dot included: what glibc and bind compare with ndots. */
    static int dots(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    /** The reverse name of an IPv4 address, absolute ("10.96.0.10" gives "10.0.96.10.in-addr.arpa."). */
    static String reverseName(String ipv4) {
        String[] o = ipv4.split("\\.");
        return o[3] + "." + o[2] + "." + o[1] + "." + o[0] + IP4_ARPA;
    }

    /**
     * The IPv4 address an absolute lower-case reverse name stands for (dnsutil.ExtractAddressFromReverse),
     * or "" when it is not exactly four octets under in-addr.arpa. IPv6 reverse names give "": the
     * simulated cluster has no IPv6 addresses.
     */
    static String addressFromReverse(String name) {
        if (!name.endsWith(IP4_ARPA)) {
            return "";
        }
        String[] o = name.substring(0, name.length() - IP4_ARPA.length()).split("\\.", -1);
        if (o.length != 4) {
            return "";
        }
        String ip = o[3] + "." + o[2] + "." + o[1] + "." + o[0];
        byte[] parsed = GoIP.parseDottedQuad(ip);
        return parsed == null ? "" : ip;
    }

    /** Go's net.ParseIP then String(): "" when {@code text} is no address (Go 1.17+ rejects leading zeros). */
    static String canonicalIp(String text) {
        if (text.indexOf(':') < 0) {
            return GoIP.parseDottedQuad(text) == null ? "" : text;
        }
        byte[] ip = GoIP.parseIP(text);
        if (ip == null) {
            return "";
        }
        if (GoIP.isIPv4(ip)) {
            return (ip[12] & 0xff) + "." + (ip[13] & 0xff) + "." + (ip[14] & 0xff) + "." + (ip[15] & 0xff);
        }
        return ipv6Text(ip);
    }

    static boolean isIpv4Text(String text) {
        return text.indexOf(':') < 0 && text.indexOf('.') >= 0;
    }

    /** RFC 5952 text, as Go prints IPv6. */
    private static String ipv6Text(byte[] ip) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
        }
        return io.kubetutor.model.GoIP.ipv6Text(g);
    }
}
