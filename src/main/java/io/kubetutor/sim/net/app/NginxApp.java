package io.kubetutor.sim.net.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stock nginx image: {@code /} and {@code /index.html} serve the welcome page
 * (docs/html/index.html), every other path nginx's built-in 404 page
 * (ngx_http_special_response.c); methods other than GET, HEAD and POST get 405, and POST to the
 * page 405 too (the static module serves files to GET and HEAD only).
 *
 * <p>The version in {@code Server:} and in the error pages' last line comes from the tag: an exact
 * version as is, a {@code MAJOR.MINOR} tag as that branch's last release, {@code stable*} as the
 * current stable release, anything else ({@code latest}, {@code alpine}, {@code mainline}, ...)
 * as the current mainline release, which is what those tags carry on Docker Hub.
 */
final class NginxApp {
    /** The newest mainline release the tutor knows ({@code nginx:latest}). */
    static final String MAINLINE = "1.29.3";
    /** The newest stable release the tutor knows ({@code nginx:stable}). */
    static final String STABLE = "1.28.0";
    private static final Map<String, String> BRANCH_LAST_RELEASE = Map.ofEntries(
            Map.entry("1.29", MAINLINE), Map.entry("1.28", STABLE), Map.entry("1.27", "1.27.5"),
            Map.entry("1.26", "1.26.3"), Map.entry("1.25", "1.25.5"), Map.entry("1.24", "1.24.0"),
            Map.entry("1.23", "1.23.4"), Map.entry("1.22", "1.22.1"), Map.entry("1.21", "1.21.6"),
            Map.entry("1.20", "1.20.2"), Map.entry("1.19", "1.19.10"), Map.entry("1.18", "1.18.0"));

    /** The welcome page since 1.21.1 (615 bytes). */
    static final String WELCOME_PAGE = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Welcome to nginx!</title>
            <style>
            html { color-scheme: light dark; }
            body { width: 35em; margin: 0 auto;
            font-family: Tahoma, Verdana, Arial, sans-serif; }
            </style>
            </head>
            <body>
            <h1>Welcome to nginx!</h1>
            <p>If you see this page, the nginx web server is successfully installed and
            working. Further configuration is required.</p>

            <p>For online documentation and support please refer to
            <a href="http://nginx.org/">nginx.org</a>.<br/>
            Commercial support is available at
            <a href="http://nginx.com/">nginx.com</a>.</p>

            <p><em>Thank you for using nginx.</em></p>
            </body>
            </html>
            """;

    /** The welcome page before 1.21.1 (612 bytes). */
    static final String OLD_WELCOME_PAGE = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Welcome to nginx!</title>
            <style>
                body {
                    width: 35em;
                    margin: 0 auto;
                    font-family: Tahoma, Verdana, Arial, sans-serif;
                }
            </style>
            </head>
            <body>
            <h1>Welcome to nginx!</h1>
            <p>If you see this page, the nginx web server is successfully installed and
            working. Further configuration is required.</p>

            <p>For online documentation and support please refer to
            <a href="http://nginx.org/">nginx.org</a>.<br/>
            Commercial support is available at
            <a href="http://nginx.com/">nginx.com</a>.</p>

            <p><em>Thank you for using nginx.</em></p>
            </body>
            </html>
            """;

    private static final String CRLF = "\r\n";
    private static final String MSIE_PADDING =
            "<!-- a padding to disable MSIE and Chrome friendly error page -->" + CRLF;

    private NginxApp() {
    }

    /** The nginx version an image tag runs (see the class comment). */
    static String version(ImageRef image) {
        String tag = image.tag();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)(\\.(\\d+))?").matcher(tag);
        if (m.find()) {
            if (m.group(3) != null) {
                return m.group(0);
            }
            return BRANCH_LAST_RELEASE.getOrDefault(m.group(1) + "." + m.group(2), MAINLINE);
        }
        return tag.startsWith("stable") ? STABLE : MAINLINE;
    }

    static HttpResponse respond(String version, HttpRequest req, long now) {
        String method = req.method().toUpperCase(Locale.ROOT);
        String uri = req.pathOnly();
        boolean page = uri.equals("/") || uri.equals("/index.html");
        if (!List.of("GET", "HEAD", "POST").contains(method) || page && method.equals("POST")) {
            return error(405, version, req, now);
        }
        if (!page) {
            return error(404, version, req, now);
        }
        String body = welcomePage(version);
        long mtimeSeconds = HttpDates.EPOCH.getEpochSecond();
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        List<HttpResponse.Header> h = HttpResponse.headers(
                "Server", "nginx/" + version,
                "Date", HttpDates.http(now),
                "Content-Type", "text/html",
                "Content-Length", Integer.toString(length),
                "Last-Modified", HttpDates.http(0),
                "Connection", "keep-alive",
                "ETag", "\"" + Long.toHexString(mtimeSeconds) + "-" + Integer.toHexString(length) + "\"",
                "Accept-Ranges", "bytes");
        HttpResponse r = new HttpResponse("HTTP/1.1", 200, "OK", h, body);
        return method.equals("HEAD") ? r.withoutBody() : r;
    }

    static String welcomePage(String version) {
        return versionAtLeast(version, 1, 21, 1) ? WELCOME_PAGE : OLD_WELCOME_PAGE;
    }

    /** One of nginx's built-in error responses (404 Not Found, 405 Not Allowed, ...). */
    static HttpResponse error(int status, String version, HttpRequest req, long now) {
        String reason = switch (status) {
            case 404 -> "Not Found";
            case 405 -> "Not Allowed";
            default -> throw new IllegalArgumentException("no nginx page for " + status);
        };
        String title = status + " " + reason;
        StringBuilder body = new StringBuilder()
                .append("<html>").append(CRLF)
                .append("<head><title>").append(title).append("</title></head>").append(CRLF)
                .append("<body>").append(CRLF)
                .append("<center><h1>").append(title).append("</h1></center>").append(CRLF)
                .append("<hr><center>nginx/").append(version).append("</center>").append(CRLF)
                .append("</body>").append(CRLF)
                .append("</html>").append(CRLF);
        String ua = req.header("User-Agent");
        if (ua != null && (ua.contains("MSIE ") || ua.contains("Chrome/"))) {
            body.append(MSIE_PADDING.repeat(6));
        }
        List<HttpResponse.Header> h = new ArrayList<>(HttpResponse.headers(
                "Server", "nginx/" + version,
                "Date", HttpDates.http(now),
                "Content-Type", "text/html",
                "Content-Length", Integer.toString(body.toString().getBytes(StandardCharsets.UTF_8).length),
                "Connection", "keep-alive"));
        HttpResponse r = new HttpResponse("HTTP/1.1", status, reason, h, body.toString());
        return HttpResponse.isHead(req) ? r.withoutBody() : r;
    }

    static boolean versionAtLeast(String version, int major, int minor, int patch) {
        String[] p = version.split("\\.");
        int[] v = new int[3];
        for (int i = 0; i < 3 && i < p.length; i++) {
            try {
                v[i] = Integer.parseInt(p[i]);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        if (v[0] != major) {
            return v[0] > major;
        }
        if (v[1] != minor) {
            return v[1] > minor;
        }
        return v[2] >= patch;
    }
}
