package io.kubetutor.lesson;

import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Target;
import java.util.Locale;

/**
 * Requests as a lesson names them: who sends ({@code from}: a client, a node or a {@link PodRef}),
 * where to ({@code to}, as the traffic bar takes it) and what kind. A goal reads the requests that
 * match; a probe or a prediction sends one.
 */
public record Traffic(String from, String to, Kind kind) {

    /** The kinds a lesson writes; {@code http} is either way a browser or curl talks HTTP. */
    public enum Kind {
        HTTP("http"), CURL("curl"), KEEP_ALIVE("keep-alive"), PING("ping"), NSLOOKUP("nslookup");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** The kind named {@code text}, or null. */
        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.text.equals(text)) {
                    return k;
                }
            }
            return null;
        }

        public boolean matches(RequestKind k) {
            return switch (this) {
                case HTTP -> k == RequestKind.CURL || k == RequestKind.KEEP_ALIVE;
                case CURL -> k == RequestKind.CURL;
                case KEEP_ALIVE -> k == RequestKind.KEEP_ALIVE;
                case PING -> k == RequestKind.PING;
                case NSLOOKUP -> k == RequestKind.NSLOOKUP;
            };
        }

        /** What is sent for this kind: curl stands for plain HTTP. */
        public RequestKind requestKind() {
            return switch (this) {
                case HTTP, CURL -> RequestKind.CURL;
                case KEEP_ALIVE -> RequestKind.KEEP_ALIVE;
                case PING -> RequestKind.PING;
                case NSLOOKUP -> RequestKind.NSLOOKUP;
            };
        }
    }

    /**
     * Whether a request written as {@code written} went to this target: the same host and port
     * ({@code web}, {@code http://web} and {@code web:80} are one target), the same scheme, the same
     * external-address form. A target written with a path ({@code http://shop.example.com/api})
     * also needs that path, since an Ingress routes by it; one written without a path takes any path.
     * An nslookup compares the names without case.
     */
    public boolean sameTarget(String written) {
        if (kind == Kind.NSLOOKUP) {
            return to.trim().toLowerCase(Locale.ROOT).equals(written == null ? null
                    : written.trim().toLowerCase(Locale.ROOT));
        }
        Target a = parseOrNull(to);
        Target b = parseOrNull(written);
        if (a == null || b == null) {
            return false;
        }
        return a.loadBalancerOf() == b.loadBalancerOf() && a.host().equals(b.host())
                && a.portOrDefault() == b.portOrDefault() && a.schemeOrDefault().equals(b.schemeOrDefault())
                && (!writesPath(to) || a.path().equals(b.path()));
    }

    /** Whether the text names a path: a '/' after the scheme's "://" (Target.parse gives "/" when none). */
    private static boolean writesPath(String text) {
        String t = text.trim();
        int sep = t.indexOf("://");
        return t.indexOf('/', sep < 0 ? 0 : sep + 3) >= 0;
    }

    private static Target parseOrNull(String text) {
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
