package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Ingress;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The nginx.ingress.kubernetes.io annotations the tutor simulates, parsed as ingress-nginx's
 * annotation parsers do: a boolean that strconv.ParseBool refuses keeps the default; the cookie
 * expiry and max-age must match the parser's {@code (^0|-?[1-9]\d*$)} or are dropped.
 *
 * @param sslRedirect           ssl-redirect (default true, the ConfigMap's ssl-redirect)
 * @param forceSslRedirect      force-ssl-redirect (default false)
 * @param preserveTrailingSlash preserve-trailing-slash (default false)
 * @param rewriteTarget         rewrite-target, "" when absent
 * @param useRegex              use-regex (default false)
 * @param affinity              affinity, "" when absent ("cookie" is the one type)
 * @param affinityMode          affinity-mode, "" when absent (balanced)
 * @param cookie                the session-cookie-* settings
 */
public record IngressAnnotations(boolean sslRedirect, boolean forceSslRedirect, boolean preserveTrailingSlash,
                                 String rewriteTarget, boolean useRegex, String affinity, String affinityMode,
                                 CookieSettings cookie) {
    public static final String PREFIX = "nginx.ingress.kubernetes.io/";
    public static final String DEFAULT_COOKIE_NAME = "INGRESSCOOKIE";
    /** What an Ingress without annotations gets (and the controller's own default location). */
    public static final IngressAnnotations DEFAULTS = new IngressAnnotations(true, false, false, "", false, "", "",
            CookieSettings.NONE);

    private static final Pattern EXPIRES = Pattern.compile("(^0|-?[1-9]\\d*$)");

    /**
     * The session-cookie-* annotations; strings "" when absent, secure null when absent (then the
     * cookie is Secure exactly when the request came over https).
     */
    public record CookieSettings(String name, String path, String expires, String maxAge, String sameSite,
                                 Boolean secure) {
        public static final CookieSettings NONE = new CookieSettings(DEFAULT_COOKIE_NAME, "", "", "", "", null);
    }

    public static IngressAnnotations of(Ingress ing) {
        Map<String, String> a = ing.metadata().annotations();
        String affinity = a.getOrDefault(PREFIX + "affinity", "");
        CookieSettings cookie = CookieSettings.NONE;
        if (affinity.equals("cookie")) {
            String name = a.get(PREFIX + "session-cookie-name");
            cookie = new CookieSettings(name == null || name.isEmpty() ? DEFAULT_COOKIE_NAME : name,
                    a.getOrDefault(PREFIX + "session-cookie-path", ""),
                    digits(a.get(PREFIX + "session-cookie-expires")),
                    digits(a.get(PREFIX + "session-cookie-max-age")),
                    a.getOrDefault(PREFIX + "session-cookie-samesite", ""),
                    optionalBool(a.get(PREFIX + "session-cookie-secure")));
        }
        return new IngressAnnotations(
                bool(a.get(PREFIX + "ssl-redirect"), true),
                bool(a.get(PREFIX + "force-ssl-redirect"), false),
                bool(a.get(PREFIX + "preserve-trailing-slash"), false),
                a.getOrDefault(PREFIX + "rewrite-target", ""),
                bool(a.get(PREFIX + "use-regex"), false),
                affinity, a.getOrDefault(PREFIX + "affinity-mode", ""), cookie);
    }

    /** Whether the location is written as a regular expression: use-regex or a rewrite-target. */
    boolean regex() {
        return useRegex || !rewriteTarget.isEmpty();
    }

    boolean cookieAffinity() {
        return affinity.equals("cookie");
    }

    private static String digits(String v) {
        return v != null && EXPIRES.matcher(v).find() ? v : "";
    }

    private static boolean bool(String v, boolean dflt) {
        Boolean b = optionalBool(v);
        return b == null ? dflt : b;
    }

    private static Boolean optionalBool(String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> null;
        };
    }
}
