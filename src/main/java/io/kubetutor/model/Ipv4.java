package io.kubetutor.model;

import java.util.Optional;

/**
 * An IPv4 address as an unsigned 32-bit value, with CIDR ranges ({@link Cidr}). The simulator only
 * models IPv4, so this is all the address maths it needs. Text is read in one of two ways, both by
 * {@link GoIP}: {@link #parse} strictly (a plain dotted quad, no leading zeros, as Go's net.ParseIP
 * has required since Go 1.17) for the cluster file, which names its own addresses; and
 * {@link #parseSloppy} as the API server's ParseIPSloppy does, for addresses in manifests, so that the
 * allocators take exactly the address validation accepted ("010.96.0.10" is 10.96.0.10 there).
 */
public record Ipv4(int bits) implements Comparable<Ipv4> {

    /** Parses a strict {@code a.b.c.d}; empty when the text is anything else. */
    public static Optional<Ipv4> parse(String text) {
        return text == null ? Optional.empty() : fromGo(GoIP.parseDottedQuad(text));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /**
     * Parses as ParseIPSloppy does: leading zeros are allowed, and an IPv4-mapped IPv6 form such as
     * {@code ::ffff:10.96.0.1} is that IPv4 address. Empty for any other text, IPv6 included.
     */
    public static Optional<Ipv4> parseSloppy(String text) {
        byte[] ip = text == null ? null : GoIP.parseIP(text);
        return ip == null || !GoIP.isIPv4(ip) ? Optional.empty() : fromGo(ip);
    }

    /** The last four bytes of Go's 16-byte form (empty for null, GoIP's "not an address"). */
    private static Optional<Ipv4> fromGo(byte[] ip) {
        if (ip == null) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4(((ip[12] & 0xff) << 24) | ((ip[13] & 0xff) << 16) | ((ip[14] & 0xff) << 8)
                | (ip[15] & 0xff)));
    }

    /** The address as an unsigned number, 0 to 2^32-1. */
    public long unsigned() {
        return Integer.toUnsignedLong(bits);
    }

    /** The address {@code n} places further on (n may be negative); refuses to leave 0.0.0.0-255.255.255.255. */
    public Ipv4 plus(long n) {
        long v = unsigned() + n;
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(this + " + " + n + " is outside the IPv4 space");
        }
        return new Ipv4((int) v);
    }

    @Override
    public int compareTo(Ipv4 o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }

    /**
     * A CIDR range {@code network/prefixLength}. Both parsers mask host bits away as Go's
     * net.ParseCIDR does (10.96.0.1/12 gives 10.96.0.0/12); {@link #hasHostBits} tells whether the
     * text had any, so a caller can warn about it. {@link #parse} is strict (a strict address and a
     * prefix without leading zeros); {@link #parseSloppy} reads as ParseCIDRSloppy does.
     */
    public record Cidr(Ipv4 network, int prefixLength) {
        public Cidr {
            if (prefixLength < 0 || prefixLength > 32) {
                throw new IllegalArgumentException("prefix length " + prefixLength + " is not 0-32");
            }
            network = new Ipv4(network.bits() & mask(prefixLength));
        }

        public static Optional<Cidr> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            int slash = text.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            Integer prefix = prefix(text.substring(slash + 1));
            if (prefix == null) {
                return Optional.empty();
            }
            return Ipv4.parse(text.substring(0, slash)).map(ip -> new Cidr(ip, prefix));
        }

        public static boolean isValid(String text) {
            return parse(text).isPresent();
        }

        /**
         * Parses as ParseCIDRSloppy does, keeping only IPv4 ranges: leading zeros are allowed in the
         * address and the prefix length. Empty for any other text, IPv6 ranges included.
         */
        public static Optional<Cidr> parseSloppy(String text) {
            GoIP.Cidr parsed = text == null ? null : GoIP.parseCIDR(text);
            if (parsed == null || !GoIP.isIPv4(parsed.ip()) || parsed.prefixLength() > 32) {
                return Optional.empty();
            }
            return fromGo(parsed.ip()).map(ip -> new Cidr(ip, parsed.prefixLength()));
        }

        /** True when {@code text} is a valid CIDR whose address part is not the network address. */
        public static boolean hasHostBits(String text) {
            Optional<Cidr> cidr = parse(text);
            return cidr.isPresent() && !Ipv4.parse(text.substring(0, text.indexOf('/'))).get().equals(cidr.get().network());
        }

        private static Integer prefix(String s) {
            if (s.isEmpty() || s.length() > 2 || (s.length() == 2 && s.charAt(0) == '0')) {
                return null;
            }
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            return v <= 32 ? v : null;
        }

        private static int mask(int prefixLength) {
            return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        }

        /** How many addresses the range holds, network and broadcast included. */
        public long size() {
            return 1L << (32 - prefixLength);
        }

        public boolean contains(Ipv4 ip) {
            return (ip.bits() & mask(prefixLength)) == network.bits();
        }

        public boolean overlaps(Cidr other) {
            return contains(other.network) || other.contains(network);
        }

        /** The n-th address of the range, counting the network address as 0 (GetIndexedIP upstream). */
        public Ipv4 address(long n) {
            if (n < 0 || n >= size()) {
                throw new IllegalArgumentException("index " + n + " is outside " + this + " (" + size() + " addresses)");
            }
            return network.plus(n);
        }

        /** How far {@code ip} lies above the network address (the inverse of {@link #address}); -1 when outside. */
        public long offsetOf(Ipv4 ip) {
            return contains(ip) ? ip.unsigned() - network.unsigned() : -1;
        }

        /** The last address of the range (the broadcast address for prefixes below /31). */
        public Ipv4 last() {
            return network.plus(size() - 1);
        }

        @Override
        public String toString() {
            return network + "/" + prefixLength;
        }
    }
}
