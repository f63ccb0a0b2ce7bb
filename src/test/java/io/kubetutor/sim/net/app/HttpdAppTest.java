package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.container;
import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpdAppTest {
    private static HttpResponse ask(String image, HttpRequest req) {
        Container c = container(image);
        return (HttpResponse) Apps.respond(pod("site-0", c), c, 80, req, 61_000);
    }

    @Test
    void theRootSaysItWorksWithTheTarballsTimestamps() {
        HttpResponse r = ask("httpd:2.4", curlGet("10.96.0.40", "/"));
        assertEquals("<html><body><h1>It works!</h1></body></html>\n", r.body());
        assertEquals("HTTP/1.1 200 OK\r\n"
                + "Date: Thu, 01 Jan 2026 00:01:01 GMT\r\n"
                + "Server: Apache/" + HttpdApp.LATEST + " (Unix)\r\n"
                + "Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT\r\n"
                + "ETag: \"2d-432a5e4a73a80\"\r\n"
                + "Accept-Ranges: bytes\r\n"
                + "Content-Length: 45\r\n"
                + "Content-Type: text/html\r\n\r\n", r.head());
    }

    @Test
    void anExactTagNamesTheServerVersion() {
        assertEquals("Apache/2.4.62 (Unix)", ask("httpd:2.4.62-alpine", curlGet("x", "/")).header("Server"));
    }

    @Test
    void otherPathsGetApachesNotFoundPage() {
        HttpResponse r = ask("httpd", curlGet("x", "/nope"));
        assertEquals("HTTP/1.1 404 Not Found", r.statusLine());
        assertEquals("196", r.header("Content-Length"));
        assertEquals("text/html; charset=iso-8859-1", r.header("Content-Type"));
    }

    @Test
    void aClientAskingForKeepAliveGetsTheKeepAliveHeaders() {
        HttpRequest req = CurlArgs.parse(List.of("curl", "-H", "Connection: keep-alive", "http://x/"))
                .request("10.244.2.7", 1);
        HttpResponse r = ask("httpd", req);
        assertEquals("timeout=5, max=100", r.header("Keep-Alive"));
        assertEquals("Keep-Alive", r.header("Connection"));
    }
}
