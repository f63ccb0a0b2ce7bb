package io.kubetutor.sim.workload;

/**
 * The two 32-bit FNV hashes Go's hash/fnv offers: the Deployment controller uses FNV-1a
 * ({@code fnv.New32a}) for pod-template-hash, the StatefulSet controller's history uses FNV-1
 * ({@code fnv.New32}) for controller revisions. Values are Java ints holding the unsigned bits.
 */
final class Fnv32 {
    static final int OFFSET_BASIS = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private Fnv32() {
    }

    /** FNV-1a: xor the byte in, then multiply. */
    static int fnv1a(int hash, byte[] data) {
        int h = hash;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= PRIME;
        }
        return h;
    }

    /** FNV-1: multiply, then xor the byte in. */
    static int fnv1(int hash, byte[] data) {
        int h = hash;
        for (byte b : data) {
            h *= PRIME;
            h ^= b & 0xff;
        }
        return h;
    }

    /** Go's fmt.Sprint of the uint32 Sum32(): plain decimal of the unsigned value. */
    static String decimal(int sum) {
        return Integer.toUnsignedString(sum);
    }
}
