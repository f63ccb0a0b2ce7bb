package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kube-service-tutor kubectl -f exec.yaml -- exec ...} end to end: the programs run in the
 * client pod of the settled scenario (client and web-a on node2, web-b and db-0 on node3), and the
 * transcripts are exactly what kubectl shows.
 */
class KubectlExecCliTest {
    private static final String FILE = "src/test/resources/scenarios/exec.yaml";

    record Run(int code, String out, String err) {
    }

    static Run inClient(String... command) {
        List<String> args = new ArrayList<>(List.of("kubectl", "-f", FILE, "--", "exec", "client", "-c", "client", "--"));
        args.addAll(List.of(command));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TutorCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void curlThroughTheServicePrintsThePage() {
        Run r = inClient("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{remote_ip}\\n", "http://web");
        assertEquals(new Run(0, "200 10.109.97.245\n", ""), r);
    }

    @Test
    void curlToAServiceWithoutEndpointsIsRefused() {
        assertEquals(new Run(7, "", """
                curl: (7) Failed to connect to empty port 80 after 0 ms: Could not connect to server
                command terminated with exit code 7
                """), inClient("curl", "http://empty"));
    }

    @Test
    void nslookupFindsTheService() {
        assertEquals(new Run(0, """
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                Name:\tweb.default.svc.cluster.local
                Address: 10.109.97.245

                """, ""), inClient("nslookup", "web"));
    }

    @Test
    void nslookupTypeSrvFindsTheNamedPort() {
        assertEquals(new Run(0, """
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                _redis._tcp.db.default.svc.cluster.local\tservice = 0 100 6379 db-0.db.default.svc.cluster.local.

                """, ""), inClient("nslookup", "-type=SRV", "_redis._tcp.db"));
    }

    @Test
    void pingThreeTimesAPodOnAnotherNode() {
        assertEquals(new Run(0, """
                PING 10.244.2.3 (10.244.2.3) 56(84) bytes of data.
                64 bytes from 10.244.2.3: icmp_seq=1 ttl=62 time=0.450 ms
                64 bytes from 10.244.2.3: icmp_seq=2 ttl=62 time=0.450 ms
                64 bytes from 10.244.2.3: icmp_seq=3 ttl=62 time=0.450 ms

                --- 10.244.2.3 ping statistics ---
                3 packets transmitted, 3 received, 0% packet loss, time 2000ms
                rtt min/avg/max/mdev = 0.450/0.450/0.450/0.000 ms
                """, ""), inClient("ping", "-c", "3", "10.244.2.3"));
    }

    @Test
    void catResolvConf() {
        assertEquals(new Run(0, """
                search default.svc.cluster.local svc.cluster.local cluster.local
                nameserver 10.96.0.10
                options ndots:5
                """, ""), inClient("cat", "/etc/resolv.conf"));
    }

    @Test
    void envShowsTheContainersVariablesThenTheServices() {
        assertEquals(new Run(0, """
                PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                HOSTNAME=client
                GREETING=hello
                MESSAGE=hello from 10.109.97.245, $(NOPE) costs $5
                EMPTY_SERVICE_HOST=10.99.157.239
                EMPTY_SERVICE_PORT=80
                EMPTY_PORT=tcp://10.99.157.239:80
                EMPTY_PORT_80_TCP=tcp://10.99.157.239:80
                EMPTY_PORT_80_TCP_PROTO=tcp
                EMPTY_PORT_80_TCP_PORT=80
                EMPTY_PORT_80_TCP_ADDR=10.99.157.239
                KUBERNETES_SERVICE_HOST=10.96.0.1
                KUBERNETES_SERVICE_PORT=443
                KUBERNETES_SERVICE_PORT_HTTPS=443
                KUBERNETES_PORT=tcp://10.96.0.1:443
                KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443
                KUBERNETES_PORT_443_TCP_PROTO=tcp
                KUBERNETES_PORT_443_TCP_PORT=443
                KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1
                WEB_SERVICE_HOST=10.109.97.245
                WEB_SERVICE_PORT=80
                WEB_SERVICE_PORT_HTTP=80
                WEB_PORT=tcp://10.109.97.245:80
                WEB_PORT_80_TCP=tcp://10.109.97.245:80
                WEB_PORT_80_TCP_PROTO=tcp
                WEB_PORT_80_TCP_PORT=80
                WEB_PORT_80_TCP_ADDR=10.109.97.245
                HOME=/root
                """, ""), inClient("env"));
    }
}
