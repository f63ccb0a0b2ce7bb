package io.kubetutor.sim.net.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stock httpd image: htdocs/index.html is {@code <html><body><h1>It works!</h1></body></html>}
 * with the modification time the source tarball gives it (11 Jun 2007 18:53:14 GMT, hence the
 * well-known ETag {@code "2d-432a5e4a73a80"}); other paths get Apache's 404 page. GET and POST
 * are served the file (the core handler serves static files to both), HEAD the headers; other
 * methods are not simulated. A client that asks for keep-alive gets the Keep-Alive headers.
 */
final class HttpdApp {
    /** The newest 2.4 release the tutor knows ({@code httpd:latest}). */
    static final String LATEST = "2.4.65";
    static final String IT_WORKS = "<html><body><h1>It works!</h1></body></html>\n";
    static final String NOT_FOUND = """
            <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
            <html><head>
            <title>404 Not Found</title>
            </head><body>
            <h1>Not Found</h1>
            <p>The requested URL was not found on this server.</p>
            </body></html>
            """;

    private HttpdApp() {
    }

    static String version(ImageRef image) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d+\\.\\d+\\.\\d+").matcher(image.tag());
        return m.find() ? m.group() : LATEST;
    }

    static AppReply respond(io.kubetutor.model.Pod pod, ImageRef image, HttpRequest req, long now) {
        String method = req.method().toUpperCase(Locale.ROOT);
        if (!List.of("GET", "HEAD", "POST").contains(method)) {
            return TutorApp.notSimulated(pod, req, "httpd's answer to " + method, now);
        }
        String server = "Apache/" + version(image) + " (Unix)";
        String uri = req.pathOnly();
        List<HttpResponse.Header> h = new ArrayList<>(HttpResponse.headers("Date", HttpDates.http(now),
                "Server", server));
        String body;
        int status;
        String contentType;
        if (uri.equals("/") || uri.equals("/index.html")) {
            status = 200;
            body = IT_WORKS;
            contentType = "text/html";
            h.addAll(HttpResponse.headers("Last-Modified", "Mon, 11 Jun 2007 18:53:14 GMT",
                    "ETag", "\"2d-432a5e4a73a80\"", "Accept-Ranges", "bytes"));
        } else {
            status = 404;
            body = NOT_FOUND;
            contentType = "text/html; charset=iso-8859-1";
        }
        h.add(new HttpResponse.Header("Content-Length",
                Integer.toString(body.getBytes(StandardCharsets.UTF_8).length)));
        String connection = req.header("Connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive")) {
            h.add(new HttpResponse.Header("Keep-Alive", "timeout=5, max=100"));
            h.add(new HttpResponse.Header("Connection", "Keep-Alive"));
        }
        h.add(new HttpResponse.Header("Content-Type", contentType));
        return new HttpResponse("HTTP/1.1", status, status == 200 ? "OK" : "Not Found", h,
                method.equals("HEAD") ? "" : body);
    }
}
