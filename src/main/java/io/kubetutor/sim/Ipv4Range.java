package io.kubetutor.sim;

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

    /** Parses {@code 10.96.0.0/12}; host bits are masked off. */
    public static Ipv4Range parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid CIDR address: " + cidr);
        }
        long address = parseAddress(cidr.substring(0, slash));
        if (address < 0) {
            throw new IllegalArgumentException("invalid CIDR address: " + cidr);
        }
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid CIDR address: " + cidr, e);
        }
        return new Ipv4Range(address, bits);
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
     * A dotted-quad IPv4 address as a value, or -1 when the text is not one. Leading zeros are
     * read as decimal, as Go's ParseIPSloppy does (strict validation is the validator's job).
     */
    public static long parseAddress(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    public static String format(long address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "."
                + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    private static long mask(int bits) {
        return bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
    }
}
