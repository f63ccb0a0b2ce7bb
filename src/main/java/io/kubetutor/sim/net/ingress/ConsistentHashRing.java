package io.kubetutor.sim.net.ingress;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

/**
 * lua-resty-balancer's consistent hash (resty.chash over chash.c), which ingress-nginx's balanced
 * cookie affinity uses: each node gets 160 points on a 32-bit ring; point i continues the CRC32 of
 * the node's name ("ip:port") over the four little-endian bytes of point i-1 (the first over four
 * zero bytes). A key goes to the point with the greatest hash not above CRC32(key), or to the first
 * point when every point is above it.
 */
final class ConsistentHashRing {
    private static final int POINTS_PER_NODE = 160;
    private static final int[] TABLE = table();

    private final List<String> nodes;
    private final long[] hashes;
    private final int[] owners;

    ConsistentHashRing(List<String> nodes) {
        this.nodes = List.copyOf(nodes);
        int n = nodes.size() * POINTS_PER_NODE;
        long[][] points = new long[n][];
        int k = 0;
        for (int id = 0; id < nodes.size(); id++) {
            long base = crc32(nodes.get(id));
            long prev = 0;
            for (int i = 0; i < POINTS_PER_NODE; i++) {
                long hash = update(base, prev) ^ 0xffffffffL;
                points[k++] = new long[] {hash, id};
                prev = hash;
            }
        }
        Arrays.sort(points, Comparator.comparingLong(p -> p[0]));
        hashes = new long[n];
        owners = new int[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = points[i][0];
            owners[i] = (int) points[i][1];
        }
    }

    List<String> nodes() {
        return nodes;
    }

    /** The node index for {@code key}, or -1 on an empty ring. */
    int find(String key) {
        if (hashes.length == 0) {
            return -1;
        }
        long h = crc32(key);
        int lo = 0;
        int hi = hashes.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (hashes[mid] <= h) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return owners[found];
    }

    static long crc32(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return c.getValue();
    }

    /** chash.c's crc32_update over the 4 little-endian bytes of {@code prev}, from state {@code crc}. */
    private static long update(long crc, long prev) {
        int c = (int) crc;
        for (int i = 0; i < 4; i++) {
            int b = (int) ((prev >>> (8 * i)) & 0xff);
            c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return c & 0xffffffffL;
    }

    private static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }
}
