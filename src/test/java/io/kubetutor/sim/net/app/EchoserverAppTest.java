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

class EchoserverAppTest {
    @Test
    void version110PrintsHostnameRequestAndHeadersAsItsLuaTemplateRendersThem() {
        Container c = container("registry.k8s.io/echoserver:1.10");
        HttpResponse r = (HttpResponse) Apps.respond(pod("hello-node-7567d9fdc9-4s7qh", c), c, 8080,
                curlGet("10.96.0.50:8080", "/"), 0);
        assertEquals("\n\nHostname: hello-node-7567d9fdc9-4s7qh\n\n"
                + "Pod Information:\n\t-no pod information available-\n\n"
                + "Server values:\n\tserver_version=nginx: 1.13.3 - lua: 10008\n\n"
                + "Request Information:\n"
                + "\tclient_address=10.244.2.7\n"
                + "\tmethod=GET\n"
                + "\treal path=/\n"
                + "\tquery=\n"
                + "\trequest_version=1.1\n"
                + "\trequest_scheme=http\n"
                + "\trequest_uri=http://10.96.0.50:8080/\n\n"
                + "Request Headers:\n"
                + "\taccept=*/*  \n"
                + "\thost=10.96.0.50:8080  \n"
                + "\tuser-agent=curl/8.14.1  \n\n"
                + "Request Body:\n\t-no body in request-\n\n", r.body());
        assertEquals(List.of("Date", "Content-Type", "Transfer-Encoding", "Connection", "Server"),
                r.headers().stream().map(HttpResponse.Header::name).toList());
        assertEquals("echoserver", r.header("Server"));
    }

    @Test
    void requestUriUsesTheHostWithoutItsPortAndThePortThePodReceivedOn() {
        Container c = container("k8s.gcr.io/echoserver:1.10");
        String body = ((HttpResponse) Apps.respond(pod("e", c), c, 8080, curlGet("192.168.1.2:30080", "/a?b=c"), 0))
                .body();
        assertTrue(body.contains("\treal path=/a?b=c\n\tquery=b=c\n"), body);
        assertTrue(body.contains("\trequest_uri=http://192.168.1.2:8080/a?b=c\n"), body);
    }

    @Test
    void podInformationAppearsWhenPodNameIsInTheEnvironment() {
        Container c = container("registry.k8s.io/echoserver:1.10", List.of(), List.of(), List.of(8080),
                Map.of("POD_NAME", "", "NODE_NAME", "", "POD_NAMESPACE", "", "POD_IP", ""));
        String body = ((HttpResponse) Apps.respond(pod("e-1", c), c, 8080, curlGet("x", "/"), 0)).body();
        assertTrue(body.contains("Pod Information:\n\tnode name:\tnode2\n\tpod name:\te-1\n"
                + "\tpod namespace:\tdefault\n\tpod IP:\t10.244.1.5\n\nServer values:"), body);
    }

    @Test
    void templateValuesAreHtmlEscaped() {
        Container c = container("registry.k8s.io/echoserver:1.10");
        HttpRequest req = CurlArgs.parse(List.of("curl", "-H", "X-Q: \"<a&b>\"", "http://x:8080/")).request("1.2.3.4", 1);
        String body = ((HttpResponse) Apps.respond(pod("e", c), c, 8080, req, 0)).body();
        assertTrue(body.contains("\tx-q=&quot;&lt;a&amp;b&gt;&quot;  \n"), body);
    }

    @Test
    void version14PrintsTheOlderClientValuesDump() {
        Container c = container("k8s.gcr.io/echoserver:1.4");
        HttpResponse r = (HttpResponse) Apps.respond(pod("hello", c), c, 8080, curlGet("hello.default", "/"), 0);
        assertEquals("CLIENT VALUES:\nclient_address=10.244.2.7\ncommand=GET\nreal path=/\nquery=nil\n"
                + "request_version=1.1\nrequest_uri=http://hello.default:8080/\n\n"
                + "SERVER VALUES:\nserver_version=nginx: 1.10.0 - lua: 10001\n\n"
                + "HEADERS RECEIVED:\naccept=*/*\nhost=hello.default\nuser-agent=curl/8.14.1\n"
                + "BODY:\n-no body in request-", r.body());
        assertEquals(List.of("Server", "Date", "Content-Type", "Transfer-Encoding", "Connection"),
                r.headers().stream().map(HttpResponse.Header::name).toList());
        assertEquals("nginx/1.10.0", r.header("Server"));
    }

    @Test
    void plainHttpToTheTlsPortIsABadRequest() {
        Container c = container("registry.k8s.io/echoserver:1.10");
        HttpResponse r = (HttpResponse) Apps.respond(pod("e", c), c, 8443, curlGet("x:8443", "/"), 0);
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("<center>The plain HTTP request was sent to HTTPS port</center>\r\n"));
    }
}
