package io.kubetutor.sim.net.ingress;

import java.util.List;
import java.util.Map;

/**
 * An upstream's cookie affinity, gathered as getBackendServers does: the type and mode from the
 * first location (in Ingress order) that sets them, the cookie settings from the last cookie
 * location, and every (server, Ingress path) with cookie affinity, where the cookie may be set.
 */
public record StickyConfig(String mode, IngressAnnotations.CookieSettings cookie,
                           Map<String, List<String>> locations) {
    public boolean persistent() {
        return mode.equals("persistent");
    }

    /** sticky.lua should_set_cookie: the request's server lists this location path. */
    boolean setsCookieAt(String serverName, String locationPath) {
        return locations.getOrDefault(serverName, List.of()).contains(locationPath);
    }
}
