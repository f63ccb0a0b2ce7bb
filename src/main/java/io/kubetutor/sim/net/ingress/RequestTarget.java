package io.kubetutor.sim.net.ingress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A request's host and URI as nginx reads them before choosing a server and location: the host
 * lower-cased without port or trailing dot; the URI percent-decoded, with "//" merged and "." and
 * ".." resolved (ngx_http_parse_complex_uri), or invalid when ".." climbs above the root (nginx
 * answers 400). {@code rawUri} is $request_uri, what a redirect or proxy_pass passes on.
 *
 * @param hostHeader the host as sent, without port (best_http_host's host part, used in redirects)
 * @param host       the host as server selection uses it
 * @param uri        the normalized path, or null when invalid
 * @param query      the query string without "?", "" when none
 * @param rawUri     path and query as sent
 */
record RequestTarget(String hostHeader, String host, String uri, String query, String rawUri) {

    static RequestTarget of(String host, String path) {
        String h = host == null ? "" : host;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            h = close > 0 ? h.substring(0, close + 1) : h;
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        String hostHeader = h;
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String raw = path == null || path.isEmpty() ? "/" : path;
        if (!raw.startsWith("/")) {
            raw = "/" + raw;
        }
        int q = raw.indexOf('?');
        String p = q >= 0 ? raw.substring(0, q) : raw;
        String query = q >= 0 ? raw.substring(q + 1) : "";
        return new RequestTarget(hostHeader, lower, normalize(decode(p)), query, raw);
    }

    boolean valid() {
        return uri != null;
    }

    private static String decode(String p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = p.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private static String normalize(String p) {
        boolean trailing = p.endsWith("/") || p.endsWith("/.") || p.endsWith("/..");
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        String joined = "/" + String.join("/", parts);
        return trailing && !joined.equals("/") ? joined + "/" : joined;
    }
}
