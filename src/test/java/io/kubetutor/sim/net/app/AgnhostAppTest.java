package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.curlGet;
import static io.kubetutor.sim.net.app.TestPods.pod;
import static io.kubetutor.sim.net.app.TestPods.withArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.kubetutor.model.Container;
import org.junit.jupiter.api.Test;

class AgnhostAppTest {
    private static final String IMAGE = "registry.k8s.io/e2e-test-images/agnhost:2.53";

    private static AppReply ask(Container c, String path, long now) {
        return Apps.respond(pod("netexec-0", c), c, 8080, curlGet("10.96.0.60:8080", path), now);
    }

    @Test
    void netexecHostnameIsThePodNameWithoutANewline() {
        assertEquals("netexec-0", ((HttpResponse) ask(withArgs(IMAGE, "netexec"), "/hostname", 0)).body());
    }

    @Test
    void netexecClientIpIsTheSourceAddressAndPortThePodSees() {
        assertEquals("10.244.2.7:43512", ((HttpResponse) ask(withArgs(IMAGE, "netexec"), "/clientip", 0)).body());
    }

    @Test
    void netexecRootPrintsGosTimeWithTheMonotonicReadingSinceTheContainerStarted() {
        HttpResponse r = (HttpResponse) ask(withArgs(IMAGE, "netexec", "--http-port=8080"), "/", 5_250);
        assertEquals("NOW: 2026-01-01 00:00:05.25 +0000 UTC m=+3.250000000", r.body());
    }

    @Test
    void netexecEchoReturnsTheMessage() {
        assertEquals("hi there", ((HttpResponse) ask(withArgs(IMAGE, "netexec"), "/echo?msg=hi+there", 0)).body());
    }

    @Test
    void serveHostnameAnswersEveryPathWithTheHostname() {
        Container c = withArgs(IMAGE, "serve-hostname");
        HttpResponse r = (HttpResponse) Apps.respond(pod("sh-1", c), c, 9376, curlGet("x:9376", "/any"), 0);
        assertEquals("sh-1", r.body());
    }

    @Test
    void serveHostnameInTcpModeWritesTheHostnameWithoutHttp() {
        Container c = withArgs(IMAGE, "serve-hostname", "--tcp", "--http=false");
        AppReply reply = Apps.respond(pod("sh-1", c), c, 9376, curlGet("x:9376", "/"), 0);
        assertEquals("sh-1", assertInstanceOf(NonHttpReply.NotHttp.class, reply).firstBytes());
    }
}
