package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * registry.k8s.io/echoserver (test/images/echoserver: nginx + lua). From 1.10 the lua template
 * prints {@code Hostname:}, pod information (when POD_NAME is set), server values, the request and
 * its headers sorted, each value HTML-escaped by lua-resty-template; answers are chunked and
 * carry {@code Server: echoserver}. Tags before 1.10 (the 1.4 of many tutorials) print the older
 * {@code CLIENT VALUES:} dump with {@code Server: nginx/1.10.0}. Port 8443 speaks TLS, so a plain
 * HTTP request there gets nginx's 400 "plain HTTP request was sent to HTTPS port".
 */
final class EchoserverApp {
    private static final String CRLF = "\r\n";

    private EchoserverApp() {
    }

    static boolean oldFormat(ImageRef image) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^1\\.(\\d+)$").matcher(image.tag());
        return m.find() && Integer.parseInt(m.group(1)) < 10;
    }

    static HttpResponse respond(Pod pod, Container c, ImageRef image, int port, HttpRequest req, long now) {
        boolean old = oldFormat(image);
        String nginx = old ? "1.10.0" : "1.13.3";
        if (port == 8443 && !old) {
            return plainHttpToHttpsPort(nginx, req, now);
        }
        String host = req.host().replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        String requestUri = req.scheme() + "://" + host + ":" + port + req.path();
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("host", req.host());
        for (Map.Entry<String, String> e : req.headers().entrySet()) {
            headers.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        String body = old ? oldDump(pod, req, requestUri, headers) : dump(pod, c, req, requestUri, headers);
        boolean head = HttpResponse.isHead(req);
        List<HttpResponse.Header> h = old
                ? HttpResponse.headers("Server", "nginx/" + nginx, "Date", HttpDates.http(now),
                        "Content-Type", "text/plain", "Transfer-Encoding", "chunked", "Connection", "keep-alive")
                : HttpResponse.headers("Date", HttpDates.http(now), "Content-Type", "text/plain",
                        "Transfer-Encoding", "chunked", "Connection", "keep-alive", "Server", "echoserver");
        if (head) {
            h = h.stream().filter(x -> !x.name().equals("Transfer-Encoding")).toList();
        }
        return new HttpResponse("HTTP/1.1", 200, "OK", h, head ? "" : body);
    }

    private static String dump(Pod pod, Container c, HttpRequest req, String requestUri,
                               TreeMap<String, String> headers) {
        StringBuilder b = new StringBuilder("\n\nHostname: ").append(esc(orNa(PodFacts.env(pod, c, "HOSTNAME"))))
                .append("\n\nPod Information:\n");
        String podName = PodFacts.env(pod, c, "POD_NAME");
        if (podName != null) {
            b.append("\tnode name:\t").append(esc(orNa(PodFacts.env(pod, c, "NODE_NAME")))).append('\n')
                    .append("\tpod name:\t").append(esc(podName)).append('\n')
                    .append("\tpod namespace:\t").append(esc(orNa(PodFacts.env(pod, c, "POD_NAMESPACE")))).append('\n')
                    .append("\tpod IP:\t").append(esc(orNa(PodFacts.env(pod, c, "POD_IP")))).append('\n');
        } else {
            b.append("\t-no pod information available-\n");
        }
        b.append("\nServer values:\n\tserver_version=nginx: 1.13.3 - lua: 10008\n\nRequest Information:\n")
                .append("\tclient_address=").append(esc(req.sourceIp())).append('\n')
                .append("\tmethod=").append(esc(req.method())).append('\n')
                .append("\treal path=").append(esc(req.path())).append('\n')
                .append("\tquery=").append(esc(req.query() == null ? "" : req.query())).append('\n')
                .append("\trequest_version=1.1\n")
                .append("\trequest_scheme=").append(esc(req.scheme())).append('\n')
                .append("\trequest_uri=").append(esc(requestUri)).append('\n')
                .append("\nRequest Headers:\n");
        headers.forEach((k, v) -> b.append('\t').append(esc(k)).append('=').append(esc(v)).append("  \n"));
        b.append("\nRequest Body:\n").append(req.body().isEmpty() ? "\t-no body in request-" : esc(req.body()))
                .append("\n\n");
        return b.toString();
    }

    private static String oldDump(Pod pod, HttpRequest req, String requestUri, TreeMap<String, String> headers) {
        StringBuilder b = new StringBuilder("CLIENT VALUES:\n")
                .append("client_address=").append(req.sourceIp()).append('\n')
                .append("command=").append(req.method()).append('\n')
                .append("real path=").append(req.pathOnly()).append('\n')
                .append("query=").append(req.query() == null ? "nil" : req.query()).append('\n')
                .append("request_version=1.1\n")
                .append("request_uri=").append(requestUri).append('\n')
                .append("\nSERVER VALUES:\nserver_version=nginx: 1.10.0 - lua: 10001\n\nHEADERS RECEIVED:\n");
        headers.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.append("BODY:\n").append(req.body().isEmpty() ? "-no body in request-" : req.body()).toString();
    }

    private static HttpResponse plainHttpToHttpsPort(String nginx, HttpRequest req, long now) {
        String body = "<html>" + CRLF
                + "<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>" + CRLF
                + "<body>" + CRLF
                + "<center><h1>400 Bad Request</h1></center>" + CRLF
                + "<center>The plain HTTP request was sent to HTTPS port</center>" + CRLF
                + "<hr><center>nginx/" + nginx + "</center>" + CRLF
                + "</body>" + CRLF
                + "</html>" + CRLF;
        List<HttpResponse.Header> h = HttpResponse.headers("Server", "nginx/" + nginx, "Date", HttpDates.http(now),
                "Content-Type", "text/html",
                "Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length),
                "Connection", "close");
        return new HttpResponse("HTTP/1.1", 400, "Bad Request", h, HttpResponse.isHead(req) ? "" : body);
    }

    private static String orNa(String s) {
        return s == null ? "N/A" : s;
    }

    /** lua-resty-template's {{ }} escaping, as vendored by the echoserver (it leaves {@code /} alone). */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
