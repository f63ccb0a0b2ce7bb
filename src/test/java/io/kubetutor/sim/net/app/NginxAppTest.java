package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.container;
import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NginxAppTest {
    private static HttpResponse ask(String image, HttpRequest req, long now) {
        Container c = container(image);
        return (HttpResponse) Apps.respond(pod("web-7c9d-x2k", c), c, 80, req, now);
    }

    private static List<String> names(HttpResponse r) {
        return r.headers().stream().map(HttpResponse.Header::name).toList();
    }

    @Test
    void theRootServesTheStockWelcomePageOf615Bytes() {
        HttpResponse r = ask("nginx", curlGet("10.96.0.30", "/"), 5_000);
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals(615, r.body().length());
        assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n"));
        assertTrue(r.body().contains("html { color-scheme: light dark; }\n"));
        assertTrue(r.body().endsWith("<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n"));
        assertEquals("615", r.header("Content-Length"));
        assertEquals("text/html", r.header("Content-Type"));
    }

    @Test
    void headersComeInNginxOrderWithTheVirtualDate() {
        HttpResponse r = ask("nginx:1.25.3", curlGet("10.96.0.30", "/"), 5_000);
        assertEquals(List.of("Server", "Date", "Content-Type", "Content-Length", "Last-Modified", "Connection", "ETag",
                "Accept-Ranges"), names(r));
        assertEquals("nginx/1.25.3", r.header("Server"));
        assertEquals("Thu, 01 Jan 2026 00:00:05 GMT", r.header("Date"));
        assertEquals("Thu, 01 Jan 2026 00:00:00 GMT", r.header("Last-Modified"));
        assertEquals("\"6955b900-267\"", r.header("ETag"), "mtime and length in hex, as nginx's ETag");
    }

    @Test
    void theVersionComesFromTheTag() {
        assertEquals("nginx/1.27.5", ask("nginx:1.27", curlGet("x", "/"), 0).header("Server"));
        assertEquals("nginx/1.27.4", ask("docker.io/library/nginx:1.27.4-alpine", curlGet("x", "/"), 0).header("Server"));
        assertEquals("nginx/" + NginxApp.MAINLINE, ask("nginx:latest", curlGet("x", "/"), 0).header("Server"));
        assertEquals("nginx/" + NginxApp.MAINLINE, ask("nginx:alpine", curlGet("x", "/"), 0).header("Server"));
        assertEquals("nginx/" + NginxApp.STABLE, ask("nginx:stable-alpine", curlGet("x", "/"), 0).header("Server"));
    }

    @Test
    void versionsBefore1211ServeTheOld612BytePage() {
        assertEquals(612, ask("nginx:1.20.2", curlGet("x", "/"), 0).body().length());
        assertEquals(615, ask("nginx:1.21.6", curlGet("x", "/"), 0).body().length());
    }

    @Test
    void anyOtherPathGetsTheBuiltIn404PageWithTheVersionLine() {
        HttpResponse r = ask("nginx:1.25.3", curlGet("10.96.0.30", "/missing"), 0);
        assertEquals("HTTP/1.1 404 Not Found", r.statusLine());
        assertEquals("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
                + "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
                + "</body>\r\n</html>\r\n", r.body());
        assertEquals("153", r.header("Content-Length"));
        assertEquals(List.of("Server", "Date", "Content-Type", "Content-Length", "Connection"), names(r));
    }

    @Test
    void aChromeBrowserGetsTheErrorPagePaddedPastItsFriendlyPageThreshold() {
        HttpRequest chrome = new HttpRequest("GET", "http", "x", "/missing",
                Map.of("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36"),
                "10.244.2.7", 1, "");
        assertEquals("555", ask("nginx:1.25.3", chrome, 0).header("Content-Length"));
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() {
        HttpRequest head = CurlArgs.parse(List.of("curl", "-I", "http://10.96.0.30/")).request("10.244.2.7", 1);
        HttpResponse r = ask("nginx", head, 0);
        assertEquals("", r.body());
        assertEquals("615", r.header("Content-Length"));
    }

    @Test
    void postToThePageAndOtherMethodsAreNotAllowed() {
        HttpRequest post = CurlArgs.parse(List.of("curl", "-d", "a=1", "http://x/")).request("10.244.2.7", 1);
        HttpResponse r = ask("nginx:1.25.3", post, 0);
        assertEquals("HTTP/1.1 405 Not Allowed", r.statusLine());
        assertTrue(r.body().contains("<center><h1>405 Not Allowed</h1></center>"));
        HttpRequest delete = CurlArgs.parse(List.of("curl", "-X", "DELETE", "http://x/missing")).request("1.2.3.4", 1);
        assertEquals(405, ask("nginx", delete, 0).status());
        HttpRequest postMissing = CurlArgs.parse(List.of("curl", "-d", "a", "http://x/missing")).request("1.2.3.4", 1);
        assertEquals(404, ask("nginx", postMissing, 0).status(), "the static module looks for the file first");
    }
}
