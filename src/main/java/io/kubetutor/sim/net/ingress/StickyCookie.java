package io.kubetutor.sim.net.ingress;

/**
 * The Set-Cookie header sticky.lua's set_cookie writes through lua-resty-cookie's bake:
 * {@code name=key|backendKey; Expires=...; Max-Age=...; Path=...; Secure; HttpOnly; SameSite=...},
 * attributes in that order and each only when set. The path is session-cookie-path, else the
 * location's Ingress path; Secure when session-cookie-secure is true or the request came over
 * https; SameSite only as Strict, Lax or None.
 */
final class StickyCookie {
    private StickyCookie() {
    }

    static String bake(StickyConfig cfg, String key, String upstream, String locationPath, boolean https,
                       long wallSeconds) {
        IngressAnnotations.CookieSettings c = cfg.cookie();
        StringBuilder s = new StringBuilder(c.name()).append('=').append(key).append('|')
                .append(IngressBalancer.backendKey(upstream));
        Long expires = luaNumber(c.expires());
        if (expires != null) {
            s.append("; Expires=").append(LuaText.cookieTime(wallSeconds + expires));
        }
        Long maxAge = luaNumber(c.maxAge());
        if (maxAge != null) {
            s.append("; Max-Age=").append(maxAge);
        }
        s.append("; Path=").append(c.path().isEmpty() ? locationPath : c.path());
        if (Boolean.TRUE.equals(c.secure()) || https) {
            s.append("; Secure");
        }
        s.append("; HttpOnly");
        String sameSite = c.sameSite();
        if (sameSite.equals("Strict") || sameSite.equals("Lax") || sameSite.equals("None")) {
            s.append("; SameSite=").append(sameSite);
        }
        return s.toString();
    }

    /** Lua's tonumber on the annotation text, null when empty or not a number. */
    private static Long luaNumber(String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
