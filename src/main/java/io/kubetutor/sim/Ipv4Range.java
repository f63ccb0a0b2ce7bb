package io.kubetutor.sim;

import io.kubetutor.model.GoIP;

/**
 * An IPv4 CIDR block, addresses held as unsigned 32-bit values in a long. The service allocator
 * needs only containment, indexing from the network address and dotted-quad text.
 */
public record Ipv4Range(long network, int prefixLength) {
    public Ipv4Range {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("invalid prefix length " + prefixLength);
        }
        // The network address is the masked form, as net.ParseCIDR returns it.
        network = network & mask(prefixLength);
    }

    /** Parses {@code 10.96.0.0/12} as ParseCIDRSloppy does; host bits are masked off. */
    public static Ipv4Range parse(String cidr) {
        GoIP.Cidr parsed = GoIP.parseCIDR(cidr);
        if (parsed == null || !GoIP.isIPv4(parsed.ip()) || parsed.prefixLength() > 32) {
            throw new IllegalArgumentException("invalid CIDR address: " + cidr);
        }
        return new Ipv4Range(value(parsed.ip()), parsed.prefixLength());
    }

    /** Number of addresses in the block, network and broadcast included. */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    public long broadcast() {
        return network + size() - 1;
    }

    public boolean contains(long address) {
        return address >= network && address <= broadcast();
    }

    /** The address {@code index} steps above the network address (Go's GetIndexedIP). */
    public long addressAt(long index) {
        return network + index;
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefixLength;
    }

    /**
     * An IPv4 address (as ParseIPSloppy reads it, so the allocator takes exactly the address the
     * validator accepted) as a value, or -1 when the text is not an IPv4 address.
     */
    public static long parseAddress(String text) {
        byte[] ip = GoIP.parseIP(text);
        return ip == null || !GoIP.isIPv4(ip) ? -1 : value(ip);
    }

    public static String format(long address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "."
                + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** The last four bytes of Go's 16-byte form, as an unsigned 32-bit value. */
    private static long value(byte[] ip) {
        return ((ip[12] & 0xffL) << 24) | ((ip[13] & 0xffL) << 16) | ((ip[14] & 0xffL) << 8) | (ip[15] & 0xffL);
    }

    private static long mask(int bits) {
        return bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
    }
}
