package io.kubetutor.sim.net.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP response as the server wrote it: the protocol version of its status line, the status
 * and reason phrase, the headers in the server's order, and the body ({@code ""} for none, always
 * empty for a HEAD request).
 */
public record HttpResponse(String version, int status, String reason, List<Header> headers, String body)
        implements AppReply {
    public HttpResponse {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** One header line as sent. */
    public record Header(String name, String value) {
    }

    /** {@code HTTP/1.1 200 OK}. */
    public String statusLine() {
        return version + " " + status + " " + reason;
    }

    /** The first value of the header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** The status line and the headers as they travel (CRLF line ends), ending with the empty line. */
    public String head() {
        StringBuilder b = new StringBuilder(statusLine()).append("\r\n");
        for (Header h : headers) {
            b.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return b.append("\r\n").toString();
    }

    /** The same response without its body, as a server answers HEAD. */
    public HttpResponse withoutBody() {
        return new HttpResponse(version, status, reason, headers, "");
    }

    /** Builds a header list from name, value pairs. */
    static List<Header> headers(String... nameValues) {
        List<Header> out = new ArrayList<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            out.add(new Header(nameValues[i], nameValues[i + 1]));
        }
        return out;
    }

    static boolean isHead(HttpRequest req) {
        return req.method().toUpperCase(Locale.ROOT).equals("HEAD");
    }
}
