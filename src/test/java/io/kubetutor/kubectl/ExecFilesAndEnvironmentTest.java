package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Pod;
import org.junit.jupiter.api.Test;

/** What the kubelet and the runtime give a container: its resolv.conf, hosts file, hostname and environment. */
class ExecFilesAndEnvironmentTest {
    private static final String SERVICE_VARIABLES = """
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
            """;

    private final ExecScenario s = ExecScenario.settled();

    @Test
    void resolvConfNamesTheClusterDnsTheSearchListAndNdots() {
        assertEquals(new Kubectl.Output("""
                search default.svc.cluster.local svc.cluster.local cluster.local
                nameserver 10.96.0.10
                options ndots:5
                """, "", 0), s.inClient("cat", "/etc/resolv.conf"));
    }

    @Test
    void aDnsPolicyDefaultPodGetsItsNodesResolvConf() {
        assertEquals(new Kubectl.Output("nameserver 192.168.1.1\n", "", 0),
                s.run("exec", "-n", "kube-system", corednsPod(), "--", "cat", "/etc/resolv.conf"),
                "CoreDNS runs with dnsPolicy Default: the node's file, the LAN resolver alone");
    }

    private String corednsPod() {
        return s.cluster.snapshot().all(Pod.class).stream()
                .filter(p -> p.name().startsWith("coredns-")).findFirst().orElseThrow().name();
    }

    @Test
    void theHostsFileIsTheKubeletsWithTheFqdnOfAPodWithASubdomain() {
        assertEquals(new Kubectl.Output("""
                # Kubernetes-managed hosts file.
                127.0.0.1\tlocalhost
                ::1\tlocalhost ip6-localhost ip6-loopback
                fe00::0\tip6-localnet
                fe00::0\tip6-mcastprefix
                fe00::1\tip6-allnodes
                fe00::2\tip6-allrouters
                10.244.2.3\tdb-0.db.default.svc.cluster.local\tdb-0
                """, "", 0), s.run("exec", "db-0", "--", "cat", "/etc/hosts"));
        assertEquals("10.244.1.2\tweb-a\n", s.run("exec", "web-a", "--", "cat", "/etc/hosts").stdout().lines()
                .skip(7).findFirst().orElseThrow() + "\n");
    }

    @Test
    void hostnameIsThePodsNameOrItsSpecHostname() {
        assertEquals(new Kubectl.Output("web-a\n", "", 0), s.run("exec", "web-a", "--", "hostname"));
        assertEquals(new Kubectl.Output("db-0\n", "", 0), s.run("exec", "db-0", "--", "cat", "/etc/hostname"));
    }

    @Test
    void envListsPathHostnameTheContainersOwnVariablesExpandedThenTheServicesAndHome() {
        assertEquals(new Kubectl.Output("""
                PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                HOSTNAME=client
                GREETING=hello
                MESSAGE=hello from 10.109.97.245, $(NOPE) costs $5
                """ + SERVICE_VARIABLES + "HOME=/root\n", "", 0), s.inClient("env"));
    }

    @Test
    void aTerminalAddsTerm() {
        assertEquals(new Kubectl.Output("""
                PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                HOSTNAME=client
                """ + SERVICE_VARIABLES + "TERM=xterm\nHOME=/root\n", "", 0),
                s.run("exec", "-it", "client", "-c", "sidecar", "--", "printenv"));
    }

    @Test
    void printenvPrintsOneValueAndFailsForAMissingName() {
        assertEquals(new Kubectl.Output("hello from 10.109.97.245, $(NOPE) costs $5\n", "", 0),
                s.inClient("printenv", "MESSAGE"));
        assertEquals(new Kubectl.Output("hello\n", "command terminated with exit code 1\n", 1),
                s.inClient("printenv", "GREETING", "NOPE"));
    }

    @Test
    void aFileFromTheImageIsBeyondTheTutor() {
        assertEquals(new Kubectl.Output("", "error: the tutor knows only the files the kubelet writes into a container"
                + " (/etc/resolv.conf, /etc/hosts, /etc/hostname); /etc/nginx/nginx.conf would come from the image\n", 1),
                s.run("exec", "web-a", "--", "cat", "/etc/nginx/nginx.conf"));
    }
}
