package io.kubetutor.sim.net.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * curl's command line, the options the tutor simulates: the URL, {@code -s -S -i -I -v -f -k -L},
 * {@code -m/--max-time}, {@code --connect-timeout}, {@code -H}, {@code -A}, {@code -X},
 * {@code -d/--data/--data-raw}, {@code -o}, {@code -w} and {@code --resolve host:port:addr}. Short
 * options combine ({@code -sS}, {@code -m5}); long ones take their value as the next word, as in
 * curl. Anything else is refused with {@link IllegalArgumentException}, so a lesson never shows
 * output for an option the tutor does not know.
 */
public final class CurlArgs {
    /** The curl the tutor imitates (curlimages/curl:8.14.1). */
    public static final String VERSION = "8.14.1";
    static final List<String> WRITE_OUT_VARIABLES = List.of(
            "http_code", "response_code", "remote_ip", "remote_port", "size_download", "content_type", "exitcode");

    /** One {@code --resolve host:port:addr}. */
    public record Resolve(String host, int port, String address) {
    }

    private String url;
    private String scheme;
    private String host;
    private int port;
    private String path;
    private boolean silent;
    private boolean showError;
    private boolean include;
    private boolean head;
    private boolean verbose;
    private boolean fail;
    private boolean insecure;
    private boolean location;
    private Double maxTimeSeconds;
    private Double connectTimeoutSeconds;
    private final List<String> headers = new ArrayList<>();
    private String userAgent;
    private String method;
    private String data;
    private String output;
    private String writeOut;
    private final List<Resolve> resolves = new ArrayList<>();

    private CurlArgs() {
    }

    /** Parses {@code argv} (a leading {@code curl} is skipped). */
    public static CurlArgs parse(List<String> argv) {
        CurlArgs a = new CurlArgs();
        int i = !argv.isEmpty() && argv.get(0).equals("curl") ? 1 : 0;
        while (i < argv.size()) {
            String t = argv.get(i++);
            if (t.startsWith("--")) {
                String name = t.substring(2);
                if (takesValue(name)) {
                    if (i >= argv.size()) {
                        throw new IllegalArgumentException("curl: option " + t + ": requires parameter");
                    }
                    a.set(name, argv.get(i++));
                } else {
                    a.flag(name, t);
                }
            } else if (t.startsWith("-") && t.length() > 1) {
                for (int k = 1; k < t.length(); k++) {
                    String name = longName(t.charAt(k), t);
                    if (takesValue(name)) {
                        String v = k + 1 < t.length() ? t.substring(k + 1) : null;
                        if (v == null) {
                            if (i >= argv.size()) {
                                throw new IllegalArgumentException("curl: option " + t + ": requires parameter");
                            }
                            v = argv.get(i++);
                        }
                        a.set(name, v);
                        break;
                    }
                    a.flag(name, t);
                }
            } else if (a.url == null) {
                a.url(t);
            } else {
                throw new IllegalArgumentException("the tutor simulates one URL per curl; got " + a.url + " and " + t);
            }
        }
        if (a.url == null) {
            throw new IllegalArgumentException("curl: no URL specified");
        }
        return a;
    }

    private static boolean takesValue(String name) {
        return List.of("max-time", "connect-timeout", "header", "user-agent", "request", "data", "data-raw",
                "data-binary", "output", "write-out", "resolve").contains(name);
    }

    private static String longName(char c, String token) {
        return switch (c) {
            case 's' -> "silent";
            case 'S' -> "show-error";
            case 'i' -> "include";
            case 'I' -> "head";
            case 'v' -> "verbose";
            case 'f' -> "fail";
            case 'k' -> "insecure";
            case 'L' -> "location";
            case 'm' -> "max-time";
            case 'H' -> "header";
            case 'A' -> "user-agent";
            case 'X' -> "request";
            case 'd' -> "data";
            case 'o' -> "output";
            case 'w' -> "write-out";
            default -> throw new IllegalArgumentException("curl: option " + token + ": is unknown");
        };
    }

    private void flag(String name, String token) {
        switch (name) {
            case "silent" -> silent = true;
            case "show-error" -> showError = true;
            case "include", "show-headers" -> include = true;
            case "head" -> head = true;
            case "verbose" -> verbose = true;
            case "fail" -> fail = true;
            case "insecure" -> insecure = true;
            case "location" -> location = true;
            case "http1.1" -> { }
            default -> throw new IllegalArgumentException("curl: option " + token + ": is unknown");
        }
    }

    private void set(String name, String v) {
        switch (name) {
            case "max-time" -> maxTimeSeconds = seconds(v, "--max-time");
            case "connect-timeout" -> connectTimeoutSeconds = seconds(v, "--connect-timeout");
            case "header" -> headers.add(v);
            case "user-agent" -> userAgent = v;
            case "request" -> method = v;
            case "data", "data-raw", "data-binary" -> {
                if (v.startsWith("@") && !name.equals("data-raw")) {
                    throw new IllegalArgumentException("the tutor does not simulate reading data from a file (" + v + ")");
                }
                data = data == null ? v : data + "&" + v;
            }
            case "output" -> output = v;
            case "write-out" -> writeOut = checkWriteOut(v);
            case "resolve" -> resolves.add(resolve(v));
            default -> throw new IllegalStateException(name);
        }
    }

    private static double seconds(String v, String option) {
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || Double.isNaN(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("curl: option " + option + ": expected a proper numerical parameter");
        }
    }

    private static String checkWriteOut(String v) {
        int i = v.indexOf("%{");
        while (i >= 0) {
            int end = v.indexOf('}', i);
            String var = end < 0 ? v.substring(i + 2) : v.substring(i + 2, end);
            if (!WRITE_OUT_VARIABLES.contains(var)) {
                throw new IllegalArgumentException("the tutor does not simulate --write-out variable '" + var + "'");
            }
            i = end < 0 ? -1 : v.indexOf("%{", end);
        }
        return v;
    }

    private static Resolve resolve(String v) {
        String[] p = v.split(":", 3);
        try {
            return new Resolve(p[0], Integer.parseInt(p[1]), p[2].replace("[", "").replace("]", ""));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("curl: option --resolve: expected host:port:address, got " + v);
        }
    }

    private void url(String raw) {
        url = raw;
        String rest = raw;
        int sep = rest.indexOf("://");
        scheme = sep >= 0 ? rest.substring(0, sep).toLowerCase(Locale.ROOT) : "http";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the tutor simulates http:// and https:// URLs only: " + raw);
        }
        rest = sep >= 0 ? rest.substring(sep + 3) : rest;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int cut = rest.length();
        for (char ch : new char[] {'/', '?'}) {
            int at = rest.indexOf(ch);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String authority = rest.substring(0, cut);
        path = rest.substring(cut);
        path = path.isEmpty() ? "/" : path.startsWith("?") ? "/" + path : path;
        if (authority.contains("@")) {
            throw new IllegalArgumentException("the tutor does not simulate user:password in URLs: " + raw);
        }
        port = scheme.equals("https") ? 443 : 80;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = authority.substring(1, close);
            if (close + 1 < authority.length() && authority.charAt(close + 1) == ':') {
                portText = authority.substring(close + 2);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
            portText = colon >= 0 ? authority.substring(colon + 1) : null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("curl: (3) URL rejected: No host part in the URL");
        }
    }

    /**
     * The request curl sends, as the pod receives it from {@code sourceIp:sourcePort}: Host, then
     * User-Agent and Accept unless {@code -H} replaces them, then the {@code -H} headers in order,
     * then Content-Length and Content-Type for {@code -d}.
     */
    public HttpRequest request(String sourceIp, int sourcePort) {
        String hostHeader = (host.contains(":") ? "[" + host + "]" : host)
                + (port == (scheme.equals("https") ? 443 : 80) ? "" : ":" + port);
        Map<String, String> custom = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        for (String h : headers) {
            int colon = h.indexOf(':');
            int semi = h.indexOf(';');
            if (colon < 0 && semi > 0 && h.substring(semi + 1).isBlank()) {
                custom.put(h.substring(0, semi).trim(), "");
            } else if (colon > 0) {
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (value.isEmpty()) {
                    removed.add(name.toLowerCase(Locale.ROOT));
                } else if (name.equalsIgnoreCase("Host")) {
                    hostHeader = value;
                } else {
                    custom.put(name, value);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (!hasName(custom, "User-Agent") && !removed.contains("user-agent")) {
            out.put("User-Agent", userAgent != null ? userAgent : "curl/" + VERSION);
        }
        if (!hasName(custom, "Accept") && !removed.contains("accept")) {
            out.put("Accept", "*/*");
        }
        out.putAll(custom);
        String body = data == null ? "" : data;
        if (data != null) {
            if (!hasName(custom, "Content-Length")) {
                out.put("Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
            }
            if (!hasName(custom, "Content-Type") && !removed.contains("content-type")) {
                out.put("Content-Type", "application/x-www-form-urlencoded");
            }
        }
        return new HttpRequest(method(), scheme, hostHeader, path, out, sourceIp, sourcePort, body);
    }

    private static boolean hasName(Map<String, String> m, String name) {
        return m.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }

    /** The request method: {@code -X}, else HEAD for {@code -I}, POST for {@code -d}, else GET. */
    public String method() {
        return method != null ? method : head ? "HEAD" : data != null ? "POST" : "GET";
    }

    /** The address {@code --resolve} gives {@code host:port}, or null (then DNS decides). */
    public String resolvedBy(String host, int port) {
        for (Resolve r : resolves) {
            if (r.host().equalsIgnoreCase(host) && r.port() == port) {
                return r.address();
            }
        }
        return null;
    }

    public String url() {
        return url;
    }

    public String scheme() {
        return scheme;
    }

    /** The host of the URL as curl names it in messages (no brackets around IPv6). */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String path() {
        return path;
    }

    public boolean silent() {
        return silent;
    }

    public boolean showError() {
        return showError;
    }

    public boolean include() {
        return include;
    }

    public boolean head() {
        return head;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean fail() {
        return fail;
    }

    public boolean insecure() {
        return insecure;
    }

    public boolean location() {
        return location;
    }

    /** {@code -m} in milliseconds, or null. */
    public Long maxTimeMs() {
        return maxTimeSeconds == null ? null : Math.round(maxTimeSeconds * 1000);
    }

    /** {@code --connect-timeout} in milliseconds, or null. */
    public Long connectTimeoutMs() {
        return connectTimeoutSeconds == null ? null : Math.round(connectTimeoutSeconds * 1000);
    }

    /** {@code -o}, or null when the body goes to stdout. */
    public String output() {
        return output;
    }

    /** {@code -w}, or null. */
    public String writeOut() {
        return writeOut;
    }

    public List<Resolve> resolves() {
        return List.copyOf(resolves);
    }

    /** Whether the URL host is an IP literal (no DNS lookup, no "was resolved" lines). */
    public boolean hostIsAddress() {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
    }
}
