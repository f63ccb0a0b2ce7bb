package io.kubetutor.model;

/**
 * IP and CIDR parsing as k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy do it: the Go 1.16
 * net parser, which still accepts leading zeros in IPv4 octets ("010.1.1.1" is 10.1.1.1).
 * Addresses are kept in Go's 16-byte form, IPv4 as ::ffff:a.b.c.d. Validation and the simulated
 * allocators share it (through {@link Ipv4#parseSloppy}), so an address the validator accepts is the
 * address the allocator takes. {@link #parseDottedQuad} is the Go 1.17+ reading of a dotted quad,
 * which refuses leading zeros; the cluster-file loader holds its own input to that.
 */
public final class GoIP {
    private static final int BIG = 0xFFFFFF;

    private GoIP() {
    }

    /** A parsed CIDR: the address as written and the prefix length. */
    public record Cidr(byte[] ip, int prefixLength) {
    }

    /** ParseIPSloppy: null when the text is not an IP address. */
    public static byte[] parseIP(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                return parseIPv4(s);
            }
            if (c == ':') {
                return parseIPv6(s);
            }
        }
        return null;
    }

    /**
     * A plain dotted quad as Go 1.17+ net.ParseIP reads it: four decimal octets, and an octet of two
     * or more digits may not start with 0 (Go stopped guessing whether 010 meant 8 or 10). Null
     * when the text is anything else, including an IPv6 form such as ::ffff:10.0.0.1.
     */
    public static byte[] parseDottedQuad(String s) {
        return parseIPv4(s, false);
    }

    /** ParseCIDRSloppy: null when the text is not a CIDR value. */
    public static Cidr parseCIDR(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String addr = s.substring(0, slash);
        String mask = s.substring(slash + 1);
        int ipLen = 4;
        byte[] ip = parseIPv4(addr);
        if (ip == null) {
            ipLen = 16;
            ip = parseIPv6(addr);
        }
        long[] d = dtoi(mask, 0);
        if (ip == null || d == null || d[1] != mask.length() || d[0] > 8L * ipLen) {
            return null;
        }
        return new Cidr(ip, (int) d[0]);
    }

    public static boolean isIPv4(byte[] ip) {
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return (ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff;
    }

    /** netutils.IsIPv6String: parses and is not IPv4. */
    public static boolean isIPv6String(String s) {
        byte[] ip = parseIP(s);
        return ip != null && !isIPv4(ip);
    }

    public static boolean isUnspecified(byte[] ip) {
        int from = isIPv4(ip) ? 12 : 0;
        for (int i = from; i < 16; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isLoopback(byte[] ip) {
        if (isIPv4(ip)) {
            return (ip[12] & 0xff) == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[15] == 1;
    }

    public static boolean isLinkLocalUnicast(byte[] ip) {
        if (isIPv4(ip)) {
            return (ip[12] & 0xff) == 169 && (ip[13] & 0xff) == 254;
        }
        return (ip[0] & 0xff) == 0xfe && (ip[1] & 0xc0) == 0x80;
    }

    public static boolean isLinkLocalMulticast(byte[] ip) {
        if (isIPv4(ip)) {
            return (ip[12] & 0xff) == 224 && ip[13] == 0 && ip[14] == 0;
        }
        return (ip[0] & 0xff) == 0xff && (ip[1] & 0x0f) == 0x02;
    }

    /** Decimal digits at {@code from}: {value, end index}, or null when there are none or too many. */
    private static long[] dtoi(String s, int from) {
        long n = 0;
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= BIG) {
                return null;
            }
            i++;
        }
        return i == from ? null : new long[] {n, i};
    }

    private static long[] xtoi(String s, int from) {
        long n = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                v = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                v = c - 'A' + 10;
            } else {
                break;
            }
            n = n * 16 + v;
            if (n >= BIG) {
                return null;
            }
            i++;
        }
        return i == from ? null : new long[] {n, i};
    }

    private static byte[] parseIPv4(String s) {
        return parseIPv4(s, true);
    }

    private static byte[] parseIPv4(String s, boolean leadingZerosAllowed) {
        byte[] p = new byte[4];
        int pos = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= s.length()) {
                return null;
            }
            if (i > 0) {
                if (s.charAt(pos) != '.') {
                    return null;
                }
                pos++;
            }
            long[] d = dtoi(s, pos);
            if (d == null || d[0] > 0xFF) {
                return null;
            }
            if (!leadingZerosAllowed && d[1] - pos > 1 && s.charAt(pos) == '0') {
                return null;
            }
            p[i] = (byte) d[0];
            pos = (int) d[1];
        }
        if (pos != s.length()) {
            return null;
        }
        byte[] ip = new byte[16];
        ip[10] = (byte) 0xff;
        ip[11] = (byte) 0xff;
        System.arraycopy(p, 0, ip, 12, 4);
        return ip;
    }

    private static byte[] parseIPv6(String str) {
        byte[] ip = new byte[16];
        int ellipsis = -1;
        String s = str;
        if (s.length() >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return ip;
            }
        }
        int i = 0;
        while (i < 16) {
            long[] x = xtoi(s, 0);
            if (x == null || x[0] > 0xFFFF) {
                return null;
            }
            int c = (int) x[1];
            if (c < s.length() && s.charAt(c) == '.') {
                // A trailing dotted IPv4 part fills the last four bytes.
                if (ellipsis < 0 && i != 12) {
                    return null;
                }
                if (i + 4 > 16) {
                    return null;
                }
                byte[] ip4 = parseIPv4(s);
                if (ip4 == null) {
                    return null;
                }
                System.arraycopy(ip4, 12, ip, i, 4);
                s = "";
                i += 4;
                break;
            }
            ip[i] = (byte) (x[0] >> 8);
            ip[i + 1] = (byte) x[0];
            i += 2;
            s = s.substring(c);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':' || s.length() == 1) {
                return null;
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return ip;
    }

    /**
     * An IPv6 address given as eight 16-bit groups, in the RFC 5952 text Go's net.IP prints:
     * lower-case hex, the longest run of two or more zero groups (the first such run on a tie) as "::".
     */
    public static String ipv6Text(int[] groups) {
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(groups[i]));
        }
        return b.toString();
    }
}
