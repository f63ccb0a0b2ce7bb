package io.kubetutor.sim.net.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How Go's net/http server writes a response (whoami, http-echo, agnhost are Go programs): the
 * handler's headers sorted by name, then {@code Date}, then {@code Content-Length} (the handler
 * finished with a small body), then a sniffed {@code Content-Type} when the handler set none.
 * HEAD gets the same headers and no body.
 */
final class GoHttp {
    private static final Map<Integer, String> STATUS_TEXT = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(412, "Precondition Failed"), Map.entry(417, "Expectation Failed"),
            Map.entry(418, "I'm a teapot"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));
    private static final String[] HTML_SIGNATURES = {
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A",
        "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"};

    private GoHttp() {
    }

    static HttpResponse respond(HttpRequest req, int status, List<HttpResponse.Header> handlerHeaders, String body,
                                long now) {
        List<HttpResponse.Header> out = new ArrayList<>(handlerHeaders);
        out.sort(Comparator.comparing(HttpResponse.Header::name));
        boolean head = HttpResponse.isHead(req);
        if (!has(out, "Date")) {
            out.add(new HttpResponse.Header("Date", HttpDates.http(now)));
        }
        if (!has(out, "Content-Length") && bodyAllowed(status) && (!head || !body.isEmpty())) {
            out.add(new HttpResponse.Header("Content-Length",
                    Integer.toString(body.getBytes(StandardCharsets.UTF_8).length)));
        }
        if (!has(out, "Content-Type") && bodyAllowed(status) && !body.isEmpty()) {
            out.add(new HttpResponse.Header("Content-Type", detectContentType(body)));
        }
        return new HttpResponse("HTTP/1.1", status, statusText(status), out, head ? "" : body);
    }

    static String statusText(int status) {
        return STATUS_TEXT.getOrDefault(status, "status code " + status);
    }

    /** Go's http.DetectContentType for the text bodies these apps write. */
    static String detectContentType(String body) {
        String s = body.replaceFirst("^[\\t\\n\\x0c\\r ]+", "");
        String upper = s.toUpperCase(Locale.ROOT);
        for (String sig : HTML_SIGNATURES) {
            if (upper.startsWith(sig) && upper.length() > sig.length()
                    && (upper.charAt(sig.length()) == ' ' || upper.charAt(sig.length()) == '>')) {
                return "text/html; charset=utf-8";
            }
        }
        if (s.startsWith("<?xml")) {
            return "text/xml; charset=utf-8";
        }
        for (char ch : body.toCharArray()) {
            if (ch <= 0x08 || ch == 0x0b || (ch >= 0x0e && ch <= 0x1a) || (ch >= 0x1c && ch <= 0x1f)) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }

    /** textproto.CanonicalMIMEHeaderKey: {@code x-forwarded-for} becomes {@code X-Forwarded-For}. */
    static String canonicalKey(String key) {
        for (char ch : key.toCharArray()) {
            if (!(Character.isLetterOrDigit(ch) && ch < 128) && "!#$%&'*+-.^_`|~".indexOf(ch) < 0) {
                return key;
            }
        }
        StringBuilder b = new StringBuilder(key.length());
        boolean upper = true;
        for (char ch : key.toCharArray()) {
            b.append(upper ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            upper = ch == '-';
        }
        return b.toString();
    }

    private static boolean bodyAllowed(int status) {
        return !(status >= 100 && status <= 199) && status != 204 && status != 304;
    }

    private static boolean has(List<HttpResponse.Header> headers, String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }
}
