package io.kubetutor.sim.net.proxy;

import java.util.Arrays;
import java.util.List;

/**
 * The endpoints one kube-proxy chain (KUBE-SVC for Cluster policy, KUBE-SVL for Local) jumps to, in
 * the order syncProxyRules writes them: the order of the service port's endpoint list, which
 * kube-proxy keeps sorted by the "ip:port" string (so 10.244.1.10:80 comes before 10.244.1.9:80).
 * {@link #terminatingFallback()} says the set holds serving, terminating endpoints because there
 * was no ready one (CategorizeEndpoints' fallback).
 */
public final class EndpointSet {
    static final EndpointSet EMPTY = new EndpointSet(new ProxyEndpoint[0], false);

    /** Up to this size a linear scan finds an endpoint faster than hashing. */
    private static final int LINEAR_LIMIT = 8;

    private final ProxyEndpoint[] endpoints;
    private final long[] keys;
    private final boolean terminatingFallback;
    /** Open-addressing index key → position + 1 (0 = empty), only for larger sets. */
    private final long[] indexKeys;
    private final int[] indexSlots;

    EndpointSet(ProxyEndpoint[] endpoints, boolean terminatingFallback) {
        this.endpoints = endpoints;
        this.terminatingFallback = terminatingFallback;
        this.keys = new long[endpoints.length];
        for (int i = 0; i < endpoints.length; i++) {
            keys[i] = endpoints[i].key();
        }
        if (endpoints.length > LINEAR_LIMIT) {
            int cap = Integer.highestOneBit(endpoints.length * 4 - 1) << 1;
            indexKeys = new long[cap];
            indexSlots = new int[cap];
            for (int i = 0; i < keys.length; i++) {
                int s = LongTable.slot(keys[i], cap - 1);
                while (indexSlots[s] != 0) {
                    s = (s + 1) & (cap - 1);
                }
                indexKeys[s] = keys[i];
                indexSlots[s] = i + 1;
            }
        } else {
            indexKeys = null;
            indexSlots = null;
        }
    }

    public int size() {
        return endpoints.length;
    }

    public boolean isEmpty() {
        return endpoints.length == 0;
    }

    public ProxyEndpoint get(int position) {
        return endpoints[position];
    }

    public List<ProxyEndpoint> endpoints() {
        return List.of(endpoints);
    }

    /** True when no endpoint was ready, so the set is the serving, terminating ones instead. */
    public boolean terminatingFallback() {
        return terminatingFallback;
    }

    long key(int position) {
        return keys[position];
    }

    /** The position of the endpoint with this ip:port key, or -1. Allocation-free. */
    int indexOf(long key) {
        if (indexKeys == null) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }
        int mask = indexKeys.length - 1;
        for (int s = LongTable.slot(key, mask); indexSlots[s] != 0; s = (s + 1) & mask) {
            if (indexKeys[s] == key) {
                return indexSlots[s] - 1;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return Arrays.toString(endpoints) + (terminatingFallback ? " (terminating fallback)" : "");
    }
}
