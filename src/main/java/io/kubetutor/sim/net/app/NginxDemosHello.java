package io.kubetutor.sim.net.app;

import io.kubetutor.model.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * nginxdemos/hello (NGINX-Demos nginx-hello): the {@code plain-text} tags answer every request with
 * {@code return 200 'Server address: ...'} (hello-plain-text.conf); the others serve index.html for
 * every path through {@code sub_filter}, which fills in the server address, hostname, date, URI
 * and request id and drops Content-Length (the body goes chunked). Both set {@code expires -1}.
 * The image is built on nginx's mainline image, so {@code Server:} carries the current mainline
 * version. {@code $request_id} is random in nginx; the tutor derives it from the request.
 */
final class NginxDemosHello {
    private static final String PAGE = load();

    private NginxDemosHello() {
    }

    static HttpResponse respond(Pod pod, ImageRef image, int port, HttpRequest req, long now) {
        String version = NginxApp.MAINLINE;
        String address = PodFacts.podIp(pod) + ":" + port;
        String host = PodFacts.hostname(pod);
        String date = HttpDates.nginxLocal(now);
        String id = PodFacts.requestId(pod, req, now);
        boolean head = HttpResponse.isHead(req);
        if (image.tag().contains("plain-text")) {
            String body = "Server address: " + address + "\nServer name: " + host + "\nDate: " + date
                    + "\nURI: " + req.path() + "\nRequest ID: " + id + "\n";
            List<HttpResponse.Header> h = HttpResponse.headers("Server", "nginx/" + version,
                    "Date", HttpDates.http(now), "Content-Type", "text/plain",
                    "Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length),
                    "Connection", "keep-alive", "Expires", "Thu, 01 Jan 1970 00:00:01 GMT",
                    "Cache-Control", "no-cache");
            return new HttpResponse("HTTP/1.1", 200, "OK", h, head ? "" : body);
        }
        String method = req.method().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return NginxApp.error(405, version, req, now);
        }
        String body = PAGE.replace("server_hostname", host).replace("server_address", address)
                .replace("server_url", req.path()).replace("server_date", date).replace("request_id", id);
        List<HttpResponse.Header> h = HttpResponse.headers("Server", "nginx/" + version,
                "Date", HttpDates.http(now), "Content-Type", "text/html", "Transfer-Encoding", "chunked",
                "Connection", "keep-alive", "Expires", "Thu, 01 Jan 1970 00:00:01 GMT",
                "Cache-Control", "no-cache");
        if (head) {
            // A HEAD answer has no body to chunk.
            h = h.stream().filter(x -> !x.name().equals("Transfer-Encoding")).toList();
        }
        return new HttpResponse("HTTP/1.1", 200, "OK", h, head ? "" : body);
    }

    private static String load() {
        try (InputStream in = NginxDemosHello.class.getResourceAsStream("nginxdemos-hello.html")) {
            if (in == null) {
                throw new IllegalStateException("nginxdemos-hello.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
