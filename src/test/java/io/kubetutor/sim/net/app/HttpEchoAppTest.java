package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static io.kubetutor.sim.net.app.TestPods.withArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import org.junit.jupiter.api.Test;

class HttpEchoAppTest {
    private static HttpResponse ask(Container c, String path) {
        return (HttpResponse) Apps.respond(pod("apple", c), c, 5678, curlGet("apple-service:5678", path), 3_000);
    }

    @Test
    void everyPathEchoesTheTextWithANewlineAndTheAppHeaders() {
        Container c = withArgs("hashicorp/http-echo", "-text=apple");
        HttpResponse r = ask(c, "/anything");
        assertEquals("apple\n", r.body());
        assertEquals("HTTP/1.1 200 OK\r\nX-App-Name: http-echo\r\nX-App-Version: 1.0.0\r\n"
                + "Date: Thu, 01 Jan 2026 00:00:03 GMT\r\nContent-Length: 6\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n", r.head());
    }

    @Test
    void aTextWithSpacesStaysWhole() {
        assertEquals("hello world\n", ask(withArgs("hashicorp/http-echo:0.2.3", "-text", "hello world"), "/").body());
    }

    @Test
    void theTagNamesTheVersionHeader() {
        assertEquals("0.2.3", ask(withArgs("hashicorp/http-echo:0.2.3", "-text=x"), "/").header("X-App-Version"));
    }

    @Test
    void healthAnswersAStatusObject() {
        assertEquals("{\"status\":\"ok\"}\n", ask(withArgs("hashicorp/http-echo", "-text=x"), "/health").body());
    }
}
