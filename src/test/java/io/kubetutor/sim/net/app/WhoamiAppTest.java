package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.container;
import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static io.kubetutor.sim.net.app.TestPods.withArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoamiAppTest {
    @Test
    void theRootDumpsHostnameAddressesRemoteAddrAndTheRequestAsGoWritesIt() {
        Container c = container("traefik/whoami:v1.10");
        Pod pod = pod("whoami-5d4f8fdd7-abcde", c);
        HttpResponse r = (HttpResponse) Apps.respond(pod, c, 80, curlGet("10.96.0.30", "/"), 0);
        String expected = "Hostname: whoami-5d4f8fdd7-abcde\n"
                + "IP: 127.0.0.1\n"
                + "IP: ::1\n"
                + "IP: 10.244.1.5\n"
                + "IP: " + PodFacts.linkLocal(pod) + "\n"
                + "RemoteAddr: 10.244.2.7:43512\n"
                + "GET / HTTP/1.1\r\n"
                + "Host: 10.96.0.30\r\n"
                + "User-Agent: curl/8.14.1\r\n"
                + "Accept: */*\r\n"
                + "\r\n";
        assertEquals(expected, r.body());
        assertEquals("HTTP/1.1 200 OK\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Length: "
                + expected.length() + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", r.head());
    }

    @Test
    void theLinkLocalAddressIsAnEui64AddressInGosShortForm() {
        String ll = PodFacts.linkLocal(pod("a", container("traefik/whoami")));
        assertTrue(ll.matches("fe80::[0-9a-f]{1,4}:[0-9a-f]{0,2}ff:fe[0-9a-f]{2}:[0-9a-f]{1,4}"), ll);
        assertEquals("fe80::1:0:0:2", PodFacts.ipv6(new int[] {0xfe80, 0, 0, 0, 1, 0, 0, 2}));
        assertEquals("fe80::8b4:5cff:fe2c:3f41", PodFacts.ipv6(new int[] {0xfe80, 0, 0, 0, 0x08b4, 0x5cff, 0xfe2c, 0x3f41}));
    }

    @Test
    void aNamePrintsFirstAndAPostShowsItsLengthAndBody() {
        Container c = withArgs("traefik/whoami", "--name", "blue");
        HttpRequest post = CurlArgs.parse(List.of("curl", "-H", "x-trace: 7", "-d", "a=1", "http://svc:8080/p?q=1"))
                .request("10.244.2.7", 40000);
        String body = ((HttpResponse) Apps.respond(pod("w", c), c, 80, post, 0)).body();
        assertTrue(body.startsWith("Name: blue\nHostname: w\n"), body);
        assertTrue(body.endsWith("POST /p?q=1 HTTP/1.1\r\nHost: svc:8080\r\nUser-Agent: curl/8.14.1\r\n"
                + "Content-Length: 3\r\nAccept: */*\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "X-Trace: 7\r\n\r\na=1"), body);
    }

    @Test
    void apiAnswersJsonWithCorsHeaders() {
        Container c = container("traefik/whoami");
        Pod pod = pod("w", c);
        HttpResponse r = (HttpResponse) Apps.respond(pod, c, 80, curlGet("10.96.0.30", "/api"), 0);
        assertEquals("{\"hostname\":\"w\",\"ip\":[\"127.0.0.1\",\"::1\",\"10.244.1.5\",\"" + PodFacts.linkLocal(pod)
                + "\"],\"headers\":{\"Accept\":[\"*/*\"],\"User-Agent\":[\"curl/8.14.1\"]},\"url\":\"/api\","
                + "\"host\":\"10.96.0.30\",\"method\":\"GET\",\"remoteAddr\":\"10.244.2.7:43512\"}\n", r.body());
        assertEquals(List.of("Access-Control-Allow-Methods", "Access-Control-Allow-Origin", "Content-Type", "Date",
                "Content-Length"), r.headers().stream().map(HttpResponse.Header::name).toList());
    }

    @Test
    void healthIsAnEmpty200() {
        Container c = container("traefik/whoami");
        HttpResponse r = (HttpResponse) Apps.respond(pod("w", c), c, 80, curlGet("x", "/health"), 0);
        assertEquals(200, r.status());
        assertEquals("", r.body());
        assertEquals("0", r.header("Content-Length"));
    }
}
