package io.kubetutor.sim.net.ingress;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * nginx's choice of location for a URI within one server (ngx_http_core_find_location):
 * <ul>
 * <li>plain server: an {@code = path} location equal to the URI wins; else the longest prefix
 * location. If no location is named exactly the URI but one is named URI + "/", nginx answers
 * 301 with the slash added (the auto-redirect of proxy_pass locations ending in "/");</li>
 * <li>regex server ({@link NginxServer#regex}): every location is {@code ~* "^path"}, and the first
 * that matches, in the order written, wins.</li>
 * </ul>
 *
 * @param location     the chosen location, or null for a redirect
 * @param redirectPath the location name a 301 points to ("/foo/"), or null
 */
record LocationMatch(NginxLocation location, String redirectPath) {

    static LocationMatch find(NginxServer server, String uri) {
        return server.regex() ? regex(server, uri) : plain(server, uri);
    }

    private static LocationMatch plain(NginxServer server, String uri) {
        NginxLocation best = null;
        boolean namedExactly = false;
        NginxLocation slashTwin = null;
        for (NginxLocation l : server.locations()) {
            if (l.exact()) {
                if (l.path().equals(uri)) {
                    return new LocationMatch(l, null);
                }
            } else if (uri.startsWith(l.path())) {
                if (best == null || l.path().length() > best.path().length()) {
                    best = l;
                }
            }
            namedExactly |= l.path().equals(uri);
            if (l.path().equals(uri + "/")) {
                slashTwin = l;
            }
        }
        if (!namedExactly && slashTwin != null) {
            return new LocationMatch(null, slashTwin.path());
        }
        return new LocationMatch(best, null);
    }

    private static LocationMatch regex(NginxServer server, String uri) {
        for (NginxLocation l : server.locations()) {
            Pattern p = pattern(l.path());
            if (p != null && p.matcher(uri).lookingAt()) {
                return new LocationMatch(l, null);
            }
        }
        return new LocationMatch(null, null);
    }

    /** {@code ~* "^path"}: PCRE case-insensitive; Java's engine agrees on the patterns Ingresses use. */
    static Pattern pattern(String path) {
        try {
            return Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            return null; // nginx would refuse the whole configuration; the location never matches here
        }
    }
}
