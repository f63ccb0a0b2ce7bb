package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.container;
import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherAppsTest {
    private static AppReply ask(String image, int port, HttpRequest req) {
        Container c = container(image);
        return Apps.respond(pod("db-0", c), c, port, req, 0);
    }

    @Test
    void nginxdemosHelloPlainTextNamesTheServerAddressHostnameDateAndUri() {
        Container c = container("nginxdemos/hello:plain-text");
        Pod pod = pod("hello-6b7f-q2x", c);
        HttpResponse r = (HttpResponse) Apps.respond(pod, c, 80, curlGet("10.96.0.70", "/x?y=1"), 65_000);
        assertTrue(r.body().startsWith("Server address: 10.244.1.5:80\nServer name: hello-6b7f-q2x\n"
                + "Date: 01/Jan/2026:00:01:05 +0000\nURI: /x?y=1\nRequest ID: "), r.body());
        assertTrue(r.body().matches("(?s).*Request ID: [0-9a-f]{32}\n"), r.body());
        assertEquals(List.of("Server", "Date", "Content-Type", "Content-Length", "Connection", "Expires",
                "Cache-Control"), r.headers().stream().map(HttpResponse.Header::name).toList());
        assertEquals("Thu, 01 Jan 1970 00:00:01 GMT", r.header("Expires"));
    }

    @Test
    void nginxdemosHelloHtmlFillsInThePageAndSendsItChunked() {
        Container c = container("nginxdemos/hello");
        HttpResponse r = (HttpResponse) Apps.respond(pod("hello-1", c), c, 80, curlGet("x", "/"), 0);
        assertTrue(r.body().contains("<p><span>Server&nbsp;address:</span> <span>10.244.1.5:80</span></p>\n"
                + "<p><span>Server&nbsp;name:</span> <span>hello-1</span></p>\n"
                + "<p class=\"smaller\"><span>Date:</span> <span>01/Jan/2026:00:00:00 +0000</span></p>\n"
                + "<p class=\"smaller\"><span>URI:</span> <span>/</span></p>\n"), r.body());
        assertFalse(r.body().contains("request_id"));
        assertEquals("chunked", r.header("Transfer-Encoding"));
        assertNull(r.header("Content-Length"));
    }

    @Test
    void redisAndPostgresCloseTheConnectionWithoutAByte() {
        assertInstanceOf(NonHttpReply.Closed.class, ask("redis:7", 6379, curlGet("redis", ":6379/")));
        assertInstanceOf(NonHttpReply.Closed.class, ask("postgres:16", 5432, curlGet("pg", ":5432/")));
    }

    @Test
    void mysqlGreetsFirstAndMemcachedSaysErrorNeitherInHttp() {
        assertInstanceOf(NonHttpReply.NotHttp.class, ask("mysql:8.4", 3306, curlGet("my", ":3306/")));
        NonHttpReply.NotHttp mc = assertInstanceOf(NonHttpReply.NotHttp.class,
                ask("memcached:1.6", 11211, curlGet("mc", ":11211/")));
        assertEquals("ERROR\r\n", mc.firstBytes());
    }

    @Test
    void mongoAnswersHttpOnItsDriverPort() {
        HttpResponse r = assertInstanceOf(HttpResponse.class, ask("mongo:7", 27017, curlGet("mongo", ":27017/")));
        assertEquals("HTTP/1.0 200 OK", r.statusLine());
        assertEquals("It looks like you are trying to access MongoDB over HTTP on the native driver port.\n", r.body());
        assertEquals("84", r.header("Content-Length"));
    }

    @Test
    void anUnknownImageAnswersTheTutorsLineNamingThePod() {
        Container c = container("example/shop:1.0");
        HttpResponse r = (HttpResponse) Apps.respond(pod("shop-5f6-abc", c), c, 8080, curlGet("shop", ":8080/"), 0);
        assertEquals(200, r.status());
        assertEquals("pod/shop-5f6-abc answered on 10.244.1.5:8080\n", r.body());
        assertEquals("text/plain; charset=utf-8", r.header("Content-Type"));
    }
}
