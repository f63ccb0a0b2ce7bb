package io.kubetutor.sim.net;

import io.kubetutor.model.Ipv4;
import java.util.Locale;

/**
 * Where a request goes, as a learner writes it: a URL ({@code http://web}, {@code
 * https://shop.example.com/cart}), {@code HOST:PORT}, a bare name or address, or {@code
 * loadbalancer:NAME[.NS][:PORT]} for "the Service's external address", which lets a learner aim at a
 * LoadBalancer whose EXTERNAL-IP is still {@code <pending>}. {@code port} is 0 when the text names none
 * (the kind of request decides: 80 for http, 443 for https, none for ping).
 */
public record Target(String text, String scheme, String host, int port, String path, boolean loadBalancerOf) {
    /** Parses a target; throws IllegalArgumentException with a message a learner can act on. */
    public static Target parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no target: give a URL, HOST:PORT, a name or an address");
        }
        if (t.startsWith("loadbalancer:")) {
            HostAndPort hp = hostAndPort(t.substring("loadbalancer:".length()), t);
            return new Target(t, "http", hp.host, hp.port, "/", true);
        }
        String scheme = "";
        String rest = t;
        int sep = t.indexOf("://");
        if (sep >= 0) {
            scheme = t.substring(0, sep).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("unsupported scheme \"" + scheme + "\" in " + t
                        + ": the tutor simulates http and https");
            }
            rest = t.substring(sep + 3);
        }
        String path = "/";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash);
            rest = rest.substring(0, slash);
        }
        HostAndPort hp = hostAndPort(rest, t);
        return new Target(t, scheme, hp.host, hp.port, path, false);
    }

    private record HostAndPort(String host, int port) {
    }

    private static HostAndPort hostAndPort(String s, String whole) {
        String host = s;
        int port = 0;
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            host = s.substring(0, colon);
            String p = s.substring(colon + 1);
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port \"" + p + "\" in " + whole);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " in " + whole + " is outside 1-65535");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + whole);
        }
        return new HostAndPort(host.toLowerCase(Locale.ROOT), port);
    }

    /** Whether the host is written as an IPv4 address (no DNS needed). */
    public boolean hostIsAddress() {
        return Ipv4.parse(host).isPresent();
    }

    /** The port a connection uses: the written one, else the scheme's (https 443, otherwise 80). */
    public int portOrDefault() {
        if (port != 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }

    /** The scheme a connection speaks: the written one, else https for port 443 and http otherwise. */
    public String schemeOrDefault() {
        if (!scheme.isEmpty()) {
            return scheme;
        }
        return port == 443 ? "https" : "http";
    }
}
