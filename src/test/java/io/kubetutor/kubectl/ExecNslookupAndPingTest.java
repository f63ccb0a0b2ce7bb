package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Pod;
import org.junit.jupiter.api.Test;

/** {@code nslookup} and {@code ping} in a pod: DNS and ICMP through the data plane from the pod's node. */
class ExecNslookupAndPingTest {
    private final ExecScenario s = ExecScenario.settled();

    @Test
    void nslookupAsksTheClusterDnsAndFindsTheServiceThroughTheSearchList() {
        assertEquals(new Kubectl.Output("""
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                Name:\tweb.default.svc.cluster.local
                Address: 10.109.97.245

                """, "", 0), s.inClient("nslookup", "web"));
    }

    @Test
    void nslookupTypeSrvListsTheHeadlessServicesNamedPort() {
        assertEquals(new Kubectl.Output("""
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                _redis._tcp.db.default.svc.cluster.local\tservice = 0 100 6379 db-0.db.default.svc.cluster.local.

                """, "", 0), s.inClient("nslookup", "-type=SRV", "_redis._tcp.db"));
    }

    @Test
    void nslookupOfAnAddressAsksForItsReverseName() {
        assertEquals(new Kubectl.Output("""
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                3.2.244.10.in-addr.arpa\tname = db-0.db.default.svc.cluster.local.

                """, "", 0), s.inClient("nslookup", "10.244.2.3"));
    }

    @Test
    void anUnknownNameIsNxdomainAndExitsOne() {
        assertEquals(new Kubectl.Output("""
                Server:\t\t10.96.0.10
                Address:\t10.96.0.10#53

                ** server can't find nosuch: NXDOMAIN

                """, "command terminated with exit code 1\n", 1), s.inClient("nslookup", "nosuch"));
    }

    @Test
    void withoutCoreDnsTheQueryTimesOut() {
        s.run("scale", "deployment", "coredns", "-n", "kube-system", "--replicas=0");
        s.cluster.advanceBy(60_000);
        assertEquals(0, s.cluster.snapshot().all(Pod.class).stream()
                .filter(p -> p.namespace().equals("kube-system") && p.name().startsWith("coredns")).count());
        assertEquals(new Kubectl.Output(";; connection timed out; no servers could be reached\n\n",
                "command terminated with exit code 1\n", 1), s.inClient("nslookup", "web"));
        assertEquals(new Kubectl.Output("", """
                ping: web: Temporary failure in name resolution
                command terminated with exit code 2
                """, 2), s.inClient("ping", "-c", "1", "web"));
        assertEquals(new Kubectl.Output("", """
                curl: (6) Could not resolve host: web
                command terminated with exit code 6
                """, 6), s.inClient("curl", "http://web"));
    }

    @Test
    void nslookupAsksOnlyThePodsOwnNameserver() {
        assertEquals(new Kubectl.Output("", "error: the tutor simulates nslookup asking the pod's own nameserver"
                + " (10.96.0.10, from its /etc/resolv.conf) only, not 8.8.8.8\n", 1),
                s.inClient("nslookup", "web", "8.8.8.8"));
        assertEquals(0, s.inClient("nslookup", "web", "10.96.0.10").exitCode());
    }

    @Test
    void pingToAPodOnAnotherNodeShowsItsNameAndTwoRoutersHops() {
        assertEquals(new Kubectl.Output("""
                PING db-0.db.default.svc.cluster.local (10.244.2.3) 56(84) bytes of data.
                64 bytes from db-0.db.default.svc.cluster.local (10.244.2.3): icmp_seq=1 ttl=62 time=0.450 ms
                64 bytes from db-0.db.default.svc.cluster.local (10.244.2.3): icmp_seq=2 ttl=62 time=0.450 ms
                64 bytes from db-0.db.default.svc.cluster.local (10.244.2.3): icmp_seq=3 ttl=62 time=0.450 ms

                --- db-0.db.default.svc.cluster.local ping statistics ---
                3 packets transmitted, 3 received, 0% packet loss, time 2000ms
                rtt min/avg/max/mdev = 0.450/0.450/0.450/0.000 ms
                """, "", 0), s.inClient("ping", "-c", "3", "db-0.db"));
    }

    @Test
    void pingToAPodOnTheSameNodeCrossesOnlyTheBridge() {
        assertEquals(new Kubectl.Output("""
                PING 10.244.1.2 (10.244.1.2) 56(84) bytes of data.
                64 bytes from 10.244.1.2: icmp_seq=1 ttl=64 time=0.060 ms
                64 bytes from 10.244.1.2: icmp_seq=2 ttl=64 time=0.060 ms

                --- 10.244.1.2 ping statistics ---
                2 packets transmitted, 2 received, 0% packet loss, time 1000ms
                rtt min/avg/max/mdev = 0.060/0.060/0.060/0.000 ms
                """, "", 0), s.inClient("ping", "-c2", "10.244.1.2"));
    }

    @Test
    void pingToAnotherNodeIsRoutedOnceByTheSendersNode() {
        assertEquals(new Kubectl.Output("""
                PING 192.168.1.4 (192.168.1.4) 56(84) bytes of data.
                64 bytes from 192.168.1.4: icmp_seq=1 ttl=63 time=0.350 ms

                --- 192.168.1.4 ping statistics ---
                1 packets transmitted, 1 received, 0% packet loss, time 0ms
                rtt min/avg/max/mdev = 0.350/0.350/0.350/0.000 ms
                """, "", 0), s.inClient("ping", "-c", "1", "192.168.1.4"));
    }

    @Test
    void aClusterIpDoesNotAnswerPingInIptablesMode() {
        assertEquals(new Kubectl.Output("""
                PING web.default.svc.cluster.local (10.109.97.245) 56(84) bytes of data.

                --- web.default.svc.cluster.local ping statistics ---
                3 packets transmitted, 0 received, 100% packet loss, time 2000ms

                """, "command terminated with exit code 1\n", 1), s.inClient("ping", "-c", "3", "web"));
    }

    @Test
    void aPodNameIsNotADnsName() {
        assertEquals(new Kubectl.Output("", """
                ping: web-a: Name or service not known
                command terminated with exit code 2
                """, 2), s.inClient("ping", "-c", "3", "web-a"));
    }

    @Test
    void pingWithoutACountIsRefusedBecauseItWouldNeverStop() {
        assertEquals(new Kubectl.Output("", "error: the tutor runs ping only with -c COUNT: a real ping never stops by"
                + " itself (Ctrl-C ends it), so say how many probes, e.g. ping -c 3 web\n", 1), s.inClient("ping", "web"));
    }
}
