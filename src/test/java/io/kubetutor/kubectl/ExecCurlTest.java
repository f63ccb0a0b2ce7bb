package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code kubectl exec POD -- curl ...}: the request goes through the data plane from the pod. */
class ExecCurlTest {
    private static final String NGINX_PAGE = """
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

    private final ExecScenario s = ExecScenario.settled();

    @Test
    void curlOfAServiceNamePrintsTheBodyOfThePodKubeProxyPicked() {
        assertEquals(new Kubectl.Output(NGINX_PAGE, "", 0), s.inClient("curl", "-s", "web"));
    }

    @Test
    void curlOfAPodAddressReachesThatPodDirectly() {
        assertEquals(new Kubectl.Output(NGINX_PAGE, "", 0), s.inClient("curl", "http://10.244.2.2/"));
    }

    @Test
    void aServiceWithoutEndpointsRefusesTheConnectionAndKubectlPassesOnCurlsExitCode() {
        assertEquals(new Kubectl.Output("", """
                curl: (7) Failed to connect to empty port 80 after 0 ms: Could not connect to server
                command terminated with exit code 7
                """, 7), s.inClient("curl", "http://empty"));
    }

    @Test
    void verboseCurlShowsThePodsOwnAddressAndTheRefusal() {
        Kubectl.Output o = s.inClient("curl", "-sv", "http://empty");
        assertEquals(7, o.exitCode());
        assertTrue(o.stderr().startsWith("""
                * Host empty:80 was resolved.
                * IPv6: (none)
                * IPv4: 10.99.157.239
                *   Trying 10.99.157.239:80...
                * connect to 10.99.157.239 port 80 from 10.244.1.3 port """), o.stderr());
        assertTrue(o.stderr().endsWith("""
                 failed: Connection refused
                * Failed to connect to empty port 80 after 0 ms: Could not connect to server
                * closing connection #0
                command terminated with exit code 7
                """), o.stderr());
    }

    @Test
    void aNameThatDoesNotResolveIsCurlsErrorSix() {
        assertEquals(new Kubectl.Output("", """
                curl: (6) Could not resolve host: nosuch
                command terminated with exit code 6
                """, 6), s.inClient("curl", "http://nosuch"));
    }

    @Test
    void anAddressNoPodHoldsFailsAfterTheKernelsNeighbourTimeout() {
        assertEquals(new Kubectl.Output("", """
                curl: (7) Failed to connect to 10.244.1.99 port 80 after 3000 ms: Could not connect to server
                command terminated with exit code 7
                """, 7), s.inClient("curl", "http://10.244.1.99"));
    }

    @Test
    void aDroppedConnectionTimesOutAfterMaxTime() {
        assertEquals(new Kubectl.Output("", """
                curl: (28) Failed to connect to 10.96.0.99 port 80 after 5000 ms: Timeout was reached
                command terminated with exit code 28
                """, 28), s.inClient("curl", "-m", "5", "http://10.96.0.99"));
    }

    @Test
    void headersAndWriteOutTravelWithTheRequest() {
        assertEquals(new Kubectl.Output("404\n", "", 0),
                s.inClient("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}\\n", "web/nope"));
        Kubectl.Output head = s.inClient("curl", "-sI", "http://web");
        assertTrue(head.stdout().startsWith("HTTP/1.1 200 OK\r\nServer: nginx/1.27.5\r\n"), head.stdout());
        assertTrue(head.stdout().endsWith("Accept-Ranges: bytes\r\n\r\n"), "HEAD prints no body: " + head.stdout());
    }

    @Test
    void aHungAppKeepsCurlWaitingUntilCtrlC() {
        s.cluster.setAppAnswers("default", "web-b", false);
        assertEquals(new Kubectl.Output("", "", 130), s.inClient("curl", "http://10.244.2.2"),
                "Ctrl-C ends kubectl itself: nothing more is printed");
        assertEquals(new Kubectl.Output("", "command terminated with exit code 130\n", 130),
                s.run("exec", "-it", "client", "-c", "client", "--", "curl", "http://10.244.2.2"),
                "with a terminal, Ctrl-C reaches curl in the pod");
        assertEquals(new Kubectl.Output("curl: (28) Operation timed out after 2000 milliseconds with 0 bytes received\n",
                "command terminated with exit code 28\n", 28),
                s.run("exec", "-it", "client", "-c", "client", "--", "curl", "-m", "2", "http://10.244.2.2"),
                "a terminal carries curl's stderr on stdout");
    }

    @Test
    void curlsOwnCommandLineErrorsExitWithStatusTwo() {
        assertEquals(new Kubectl.Output("", """
                curl: option --bogus: is unknown
                curl: try 'curl --help' or 'curl --manual' for more information
                command terminated with exit code 2
                """, 2), s.inClient("curl", "--bogus", "http://web"));
        assertEquals(new Kubectl.Output("", """
                curl: no URL specified
                curl: try 'curl --help' or 'curl --manual' for more information
                command terminated with exit code 2
                """, 2), s.inClient("/usr/bin/curl"));
    }

    @Test
    void requestsTheDataPlaneCannotCarryAreRefusedInTheTutorsOwnWords() {
        assertEquals(new Kubectl.Output("", "error: the tutor sends GET requests only through the data plane (this curl"
                + " would send POST)\n", 1), s.inClient("curl", "-d", "a=b", "http://web"));
        assertEquals(new Kubectl.Output("", "error: the tutor simulates curl over http:// only from inside a pod (no TLS"
                + " handshake is simulated): https://web\n", 1), s.inClient("curl", "https://web"));
    }
}
