package io.kubetutor.sim.net.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP/1.1 request as it reaches the app in a pod: the method, the scheme the client used, the
 * Host header, the request target (path with its query), the other headers in the order the client
 * sent them, and the source address the pod sees (after any SNAT on the way). {@code body} is
 * {@code ""} when there is none.
 */
public record HttpRequest(String method, String scheme, String host, String path, Map<String, String> headers,
                          String sourceIp, int sourcePort, String body) {
    public HttpRequest {
        method = method == null || method.isEmpty() ? "GET" : method;
        scheme = scheme == null || scheme.isEmpty() ? "http" : scheme;
        host = host == null ? "" : host;
        path = path == null || path.isEmpty() ? "/" : path;
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        sourceIp = sourceIp == null ? "" : sourceIp;
        body = body == null ? "" : body;
    }

    /** A GET with no other headers than Host, as a probe or a bare client sends it. */
    public static HttpRequest get(String host, String path, String sourceIp, int sourcePort) {
        return new HttpRequest("GET", "http", host, path, Map.of(), sourceIp, sourcePort, "");
    }

    /** The path without the query string. */
    public String pathOnly() {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** The query string without {@code ?}, or null when the target has none. */
    public String query() {
        int q = path.indexOf('?');
        return q < 0 ? null : path.substring(q + 1);
    }

    /** The value of header {@code name} (case-insensitive), or null. Host is {@link #host()}. */
    public String header(String name) {
        if (name.equalsIgnoreCase("Host")) {
            return host;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code IP:port} of the source, as Go's {@code RemoteAddr} and the kernel show it. */
    public String remoteAddr() {
        return sourceIp.contains(":") ? "[" + sourceIp + "]:" + sourcePort : sourceIp + ":" + sourcePort;
    }
}
