package io.kubetutor.sim.net.proxy;

/**
 * A growable open-addressing table keyed by three longs, with a few primitive and object columns
 * per entry: the storage behind kube-proxy's per-node memory (recent lists, IPVS persistence
 * templates, round-robin positions). Lookups and updates of existing entries allocate nothing.
 * When the table must grow it first forgets entries whose {@code expires} has passed, as the
 * recent module's --reap and IPVS's template expiry would.
 */
final class PinTable {
    private long[] ka;
    private long[] kb;
    private long[] kc;
    private boolean[] used;
    private long[] seen;
    private long[] expires;
    private long[] latest;
    private int[] count;
    private ProxyEndpoint[] endpoint;
    private String[] label;
    private String[] node;
    private int size;

    PinTable() {
        allocate(16);
    }

    private void allocate(int capacity) {
        ka = new long[capacity];
        kb = new long[capacity];
        kc = new long[capacity];
        used = new boolean[capacity];
        seen = new long[capacity];
        expires = new long[capacity];
        latest = new long[capacity];
        count = new int[capacity];
        endpoint = new ProxyEndpoint[capacity];
        label = new String[capacity];
        node = new String[capacity];
        size = 0;
    }

    private static int slot(long a, long b, long c, int mask) {
        return LongTable.slot(a * 31 + b * 0x9E3779B97F4A7C15L + c, mask);
    }

    /** The entry's slot, or -1. */
    int find(long a, long b, long c) {
        int mask = used.length - 1;
        for (int s = slot(a, b, c, mask); used[s]; s = (s + 1) & mask) {
            if (ka[s] == a && kb[s] == b && kc[s] == c) {
                return s;
            }
        }
        return -1;
    }

    /** The entry's slot, created (zeroed, {@link #isNew}) if absent. Slots found earlier may move. */
    int claim(long a, long b, long c, long now) {
        int s = find(a, b, c);
        if (s >= 0) {
            return s;
        }
        if ((size + 1) * 2 > used.length) {
            rebuild(now);
        }
        int mask = used.length - 1;
        s = slot(a, b, c, mask);
        while (used[s]) {
            s = (s + 1) & mask;
        }
        used[s] = true;
        ka[s] = a;
        kb[s] = b;
        kc[s] = c;
        seen[s] = Long.MIN_VALUE;
        expires[s] = Long.MAX_VALUE;
        latest[s] = 0;
        count[s] = 0;
        size++;
        return s;
    }

    /** Whether {@link #claim} just created the entry (nothing was ever stored in it). */
    boolean isNew(int s) {
        return seen[s] == Long.MIN_VALUE;
    }

    private void rebuild(long now) {
        int live = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i] && expires[i] >= now) {
                live++;
            }
        }
        long[] oa = ka, ob = kb, oc = kc, os = seen, oe = expires, ol = latest;
        int[] on = count;
        boolean[] ou = used;
        ProxyEndpoint[] oep = endpoint;
        String[] olb = label, ond = node;
        int capacity = 16;
        while (capacity < (live + 1) * 4) {
            capacity <<= 1;
        }
        allocate(capacity);
        int mask = capacity - 1;
        for (int i = 0; i < ou.length; i++) {
            if (!ou[i] || oe[i] < now) {
                continue;
            }
            int s = slot(oa[i], ob[i], oc[i], mask);
            while (used[s]) {
                s = (s + 1) & mask;
            }
            used[s] = true;
            ka[s] = oa[i];
            kb[s] = ob[i];
            kc[s] = oc[i];
            seen[s] = os[i];
            expires[s] = oe[i];
            latest[s] = ol[i];
            count[s] = on[i];
            endpoint[s] = oep[i];
            label[s] = olb[i];
            node[s] = ond[i];
            size++;
        }
    }

    int capacity() {
        return used.length;
    }

    boolean used(int s) {
        return used[s];
    }

    long seen(int s) {
        return seen[s];
    }

    long expires(int s) {
        return expires[s];
    }

    long latest(int s) {
        return latest[s];
    }

    int count(int s) {
        return count[s];
    }

    ProxyEndpoint endpoint(int s) {
        return endpoint[s];
    }

    String label(int s) {
        return label[s];
    }

    String node(int s) {
        return node[s];
    }

    long keyB(int s) {
        return kb[s];
    }

    void touch(int s, long now, long until) {
        seen[s] = now;
        expires[s] = until;
    }

    void setLatest(int s, long value) {
        latest[s] = value;
    }

    void setCount(int s, int value) {
        count[s] = value;
    }

    void describe(int s, ProxyEndpoint ep, String servicePortName, String nodeName) {
        endpoint[s] = ep;
        label[s] = servicePortName;
        node[s] = nodeName;
    }
}
