package io.kubetutor.sim.net.proxy;

/**
 * A read-mostly hash table from a primitive long to an object, by open addressing with linear
 * probing: a lookup hashes the key and compares longs, so it neither boxes nor allocates, and its
 * cost does not grow with the number of Services. The first value put for a key stays (as the
 * first matching iptables rule wins).
 */
final class LongTable<T> {
    private long[] keys;
    private Object[] values;
    private int size;

    LongTable() {
        keys = new long[16];
        values = new Object[16];
    }

    /** Spreads the bits of a key (the murmur3 finaliser) and masks it to a slot. */
    static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    /** Adds key → value unless the key is already present; returns whether it was added. */
    boolean putIfAbsent(long key, T value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int s = slot(key, mask);
        while (values[s] != null) {
            if (keys[s] == key) {
                return false;
            }
            s = (s + 1) & mask;
        }
        keys[s] = key;
        values[s] = value;
        size++;
        return true;
    }

    @SuppressWarnings("unchecked")
    T get(long key) {
        long[] k = keys;
        Object[] v = values;
        int mask = k.length - 1;
        for (int s = slot(key, mask); v[s] != null; s = (s + 1) & mask) {
            if (k[s] == key) {
                return (T) v[s];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int s = slot(oldKeys[i], mask);
                while (values[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
