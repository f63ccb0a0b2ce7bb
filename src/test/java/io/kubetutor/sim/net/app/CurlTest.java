package io.kubetutor.sim.net.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurlTest {
    private static final HttpResponse HELLO = new HttpResponse("HTTP/1.1", 200, "OK",
            HttpResponse.headers("Content-Type", "text/plain", "Content-Length", "6"), "hello\n");

    private static CurlArgs args(String... argv) {
        return CurlArgs.parse(List.of(argv));
    }

    @Test
    void aResponseBodyGoesToStdout() {
        Output o = Curl.print(args("curl", "http://10.96.0.30/"), new CurlResult.Response(HELLO, "10.96.0.30", 80));
        assertEquals(new Output("hello\n", "", 0), o);
    }

    @Test
    void includePutsTheResponseHeadBeforeTheBody() {
        Output o = Curl.print(args("curl", "-i", "web"), new CurlResult.Response(HELLO, "10.96.0.30", 80));
        assertEquals("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nhello\n", o.stdout());
    }

    @Test
    void headPrintsTheHeadOnly() {
        Output o = Curl.print(args("curl", "-I", "web"),
                new CurlResult.Response(HELLO.withoutBody(), "10.96.0.30", 80));
        assertEquals("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\n", o.stdout());
    }

    @Test
    void aRefusedConnectionIsExit7WithCurls8MessageNamingTheHostAsTyped() {
        Output o = Curl.print(args("curl", "http://web:8080/"), new CurlResult.Refused("10.96.0.30", 8080, 0));
        assertEquals(new Output("", "curl: (7) Failed to connect to web port 8080 after 0 ms: Could not connect to server\n",
                7), o);
    }

    @Test
    void silentHidesTheErrorUnlessShowErrorIsGiven() {
        CurlResult refused = new CurlResult.Refused("10.96.0.30", 80, 1);
        assertEquals(new Output("", "", 7), Curl.print(args("curl", "-s", "web"), refused));
        assertEquals("curl: (7) Failed to connect to web port 80 after 1 ms: Could not connect to server\n",
                Curl.print(args("curl", "-sS", "web"), refused).stderr());
    }

    @Test
    void aConnectTimeoutFiresAfterItsSecondsWithTimeoutWasReached() {
        CurlArgs a = args("curl", "--connect-timeout", "5", "http://10.96.0.30/");
        assertEquals(5_000, Curl.connectGiveUpMs(a));
        Output o = Curl.print(a, new CurlResult.TimedOut("10.96.0.30", 80, Curl.connectGiveUpMs(a)));
        assertEquals(new Output("",
                "curl: (28) Failed to connect to 10.96.0.30 port 80 after 5000 ms: Timeout was reached\n", 28), o);
        assertEquals(3_000, Curl.connectGiveUpMs(args("curl", "-m", "3", "--connect-timeout", "10", "x")));
    }

    @Test
    void withoutTimeoutsTheKernelGivesUpAfterSixSynRetriesIn127Seconds() {
        CurlArgs a = args("curl", "http://10.96.0.30/");
        assertEquals(127_000, Curl.connectGiveUpMs(a));
        Output o = Curl.print(a, new CurlResult.TimedOut("10.96.0.30", 80, Curl.connectGiveUpMs(a)));
        assertEquals(new Output("",
                "curl: (28) Failed to connect to 10.96.0.30 port 80 after 127000 ms: Could not connect to server\n", 28), o);
    }

    @Test
    void aHungAppTimesOutOnlyWithMaxTime() {
        Output o = Curl.print(args("curl", "-m", "2", "web"), new CurlResult.Stalled("10.96.0.30", 80, 2_000));
        assertEquals(new Output("", "curl: (28) Operation timed out after 2000 milliseconds with 0 bytes received\n", 28), o);
        Output interrupted = Curl.print(args("curl", "web"), new CurlResult.Stalled("10.96.0.30", 80, 30_000));
        assertEquals(new Output("", "", 130), interrupted);
    }

    @Test
    void eachServerReactionHasItsExitCodeAndMessage() {
        assertEquals(new Output("", "curl: (6) Could not resolve host: nosuch\n", 6),
                Curl.print(args("curl", "nosuch"), new CurlResult.NoSuchHost("nosuch")));
        assertEquals(new Output("", "curl: (52) Empty reply from server\n", 52),
                Curl.print(args("curl", "redis:6379"), new CurlResult.EmptyReply("10.96.0.80", 6379)));
        assertEquals(new Output("", "curl: (56) Recv failure: Connection reset by peer\n", 56),
                Curl.print(args("curl", "x"), new CurlResult.Reset("10.96.0.81", 80)));
        assertEquals(new Output("", "curl: (1) Received HTTP/0.9 when not allowed\n", 1),
                Curl.print(args("curl", "mysql:3306"), new CurlResult.NotHttp("10.96.0.82", 3306)));
    }

    @Test
    void aDatabaseReplyBecomesTheCurlErrorItCauses() {
        AppReply redis = new NonHttpReply.Closed("closed");
        assertEquals(52, Curl.print(args("curl", "r:6379"), CurlResult.of(redis, "10.96.0.80", 6379)).exitCode());
        AppReply memcached = new NonHttpReply.NotHttp("ERROR\r\n", "error");
        assertEquals(1, Curl.print(args("curl", "m:11211"), CurlResult.of(memcached, "10.96.0.83", 11211)).exitCode());
    }

    @Test
    void failTurnsAnHttpErrorIntoExit22WithoutTheBody() {
        HttpResponse notFound = new HttpResponse("HTTP/1.1", 404, "Not Found", List.of(), "gone");
        Output o = Curl.print(args("curl", "-f", "web/x"), new CurlResult.Response(notFound, "10.96.0.30", 80));
        assertEquals(new Output("", "curl: (22) The requested URL returned error: 404\n", 22), o);
        assertEquals(new Output("gone", "", 0),
                Curl.print(args("curl", "web/x"), new CurlResult.Response(notFound, "10.96.0.30", 80)));
    }

    @Test
    void writeOutPrintsTheStatusCodeAndZerosWhenNothingAnswered() {
        CurlArgs a = args("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{remote_ip}\\n", "web");
        assertEquals(new Output("200 10.96.0.30\n", "", 0), Curl.print(a, new CurlResult.Response(HELLO, "10.96.0.30", 80)));
        assertEquals(new Output("000 10.96.0.30\n", "", 7), Curl.print(a, new CurlResult.Refused("10.96.0.30", 80, 0)));
    }

    @Test
    void verboseTracesResolutionConnectionRequestAndResponse() {
        Output o = Curl.print(args("curl", "-v", "http://web/"), new CurlResult.Response(HELLO, "10.96.0.30", 80));
        assertEquals("* Host web:80 was resolved.\n"
                + "* IPv6: (none)\n"
                + "* IPv4: 10.96.0.30\n"
                + "*   Trying 10.96.0.30:80...\n"
                + "* Connected to web (10.96.0.30) port 80\n"
                + "* using HTTP/1.x\n"
                + "> GET / HTTP/1.1\r\n"
                + "> Host: web\r\n"
                + "> User-Agent: curl/8.14.1\r\n"
                + "> Accept: */*\r\n"
                + "> \r\n"
                + "* Request completely sent off\n"
                + "< HTTP/1.1 200 OK\r\n"
                + "< Content-Type: text/plain\r\n"
                + "< Content-Length: 6\r\n"
                + "< \r\n"
                + "* Connection #0 to host web left intact\n", o.stderr());
        assertEquals("hello\n", o.stdout());
    }

    @Test
    void verboseRefusalShowsTheFailedConnectFromTheClientsPort() {
        Output o = Curl.print(args("curl", "-v", "http://10.244.1.5:8080/"),
                new CurlResult.Refused("10.244.1.5", 8080, 0, "10.244.2.7", 51234));
        assertEquals("*   Trying 10.244.1.5:8080...\n"
                + "* connect to 10.244.1.5 port 8080 from 10.244.2.7 port 51234 failed: Connection refused\n"
                + "* Failed to connect to 10.244.1.5 port 8080 after 0 ms: Could not connect to server\n"
                + "* closing connection #0\n"
                + "curl: (7) Failed to connect to 10.244.1.5 port 8080 after 0 ms: Could not connect to server\n",
                o.stderr());
    }

    @Test
    void curlingANginxPodThroughTheWholeChainPrintsTheWelcomePage() {
        CurlArgs a = args("curl", "-sI", "http://10.244.1.5/");
        io.kubetutor.model.Container c = TestPods.container("nginx:1.27.4");
        io.kubetutor.model.Pod pod = TestPods.pod("web-0", c);
        AppReply reply = Apps.respond(pod, c, 80, a.request("10.244.2.7", 43512), 1_000);
        Output o = Curl.print(a, CurlResult.of(reply, "10.244.1.5", 80));
        assertEquals("HTTP/1.1 200 OK\r\nServer: nginx/1.27.4\r\nDate: Thu, 01 Jan 2026 00:00:01 GMT\r\n"
                + "Content-Type: text/html\r\nContent-Length: 615\r\nLast-Modified: Thu, 01 Jan 2026 00:00:00 GMT\r\n"
                + "Connection: keep-alive\r\nETag: \"6955b900-267\"\r\nAccept-Ranges: bytes\r\n\r\n", o.stdout());
        assertEquals(0, o.exitCode());
    }
}
