package io.kubetutor.sim.net.proxy;

/**
 * One endpoint of one service port as kube-proxy holds it (pkg/proxy BaseEndpointInfo): the first
 * address of an EndpointSlice endpoint with the slice port's number, and the slice conditions read
 * as kube-proxy reads them (an absent ready or serving means true, an absent terminating false).
 *
 * @param podName the targetRef name (null when the endpoint names none)
 * @param nodeName null when the endpoint does not say
 * @param hostname "" when unset
 */
public record ProxyEndpoint(String ip, int ipBits, int port, String podNamespace, String podName, String nodeName,
                            boolean ready, boolean serving, boolean terminating, String hostname) {

    /** ip:port, as kube-proxy prints an endpoint (and sorts them). */
    public String address() {
        return ip + ":" + port;
    }

    /** The pod name when there is one, else ip:port: how explanations name the endpoint. */
    public String label() {
        return podName != null && !podName.isEmpty() ? podName : address();
    }

    /** ip and port packed into one number, the identity affinity lists and set lookups use. */
    long key() {
        return key(ipBits, port);
    }

    static long key(int ipBits, int port) {
        return ((ipBits & 0xFFFF_FFFFL) << 16) | (port & 0xFFFF);
    }

    /** Usable as a Ready endpoint, or in the fallback to serving, terminating endpoints. */
    boolean usable() {
        return ready || (serving && terminating);
    }
}
