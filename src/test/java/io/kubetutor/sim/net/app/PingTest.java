package io.kubetutor.sim.net.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PingTest {
    @Test
    void everyReplyPrintsALineAndTheStatisticsEndWithTheRttLine() {
        Output o = Ping.print("10.244.1.5", "10.244.1.5", 3,
                List.of(new Ping.Reply(512), new Ping.Reply(410), new Ping.Reply(1_234)), 62);
        assertEquals("PING 10.244.1.5 (10.244.1.5) 56(84) bytes of data.\n"
                + "64 bytes from 10.244.1.5: icmp_seq=1 ttl=62 time=0.512 ms\n"
                + "64 bytes from 10.244.1.5: icmp_seq=2 ttl=62 time=0.410 ms\n"
                + "64 bytes from 10.244.1.5: icmp_seq=3 ttl=62 time=1.23 ms\n"
                + "\n"
                + "--- 10.244.1.5 ping statistics ---\n"
                + "3 packets transmitted, 3 received, 0% packet loss, time 2000ms\n"
                + "rtt min/avg/max/mdev = 0.410/0.718/1.234/0.366 ms\n", o.stdout());
        // mdev as iputils computes it in integer µs: sqrt((1953000 - 2156*2156/3) / 3) = sqrt(134518) -> 366
        assertEquals(0, o.exitCode());
    }

    @Test
    void lostProbesPrintNothingAndTheLossIsPrintedWithPercentG() {
        Output o = Ping.print("10.244.1.5", "10.244.1.5", 3, Arrays.asList(new Ping.Reply(500), null, null), 64);
        assertEquals("PING 10.244.1.5 (10.244.1.5) 56(84) bytes of data.\n"
                + "64 bytes from 10.244.1.5: icmp_seq=1 ttl=64 time=0.500 ms\n"
                + "\n"
                + "--- 10.244.1.5 ping statistics ---\n"
                + "3 packets transmitted, 1 received, 66.6667% packet loss, time 2000ms\n"
                + "rtt min/avg/max/mdev = 0.500/0.500/0.500/0.000 ms\n", o.stdout());
        assertEquals(0, o.exitCode(), "ping succeeds when anything came back");
    }

    @Test
    void noReplyAtAllLeavesOutTheRttLineAndExits1() {
        Output o = Ping.print("10.96.0.30", "10.96.0.30", 2, Arrays.asList(null, null), 64);
        assertEquals("PING 10.96.0.30 (10.96.0.30) 56(84) bytes of data.\n"
                + "\n"
                + "--- 10.96.0.30 ping statistics ---\n"
                + "2 packets transmitted, 0 received, 100% packet loss, time 1000ms\n"
                + "\n", o.stdout());
        assertEquals(1, o.exitCode());
    }

    @Test
    void aNamedTargetShowsTheReplysReverseNameWhenThereIsOne() {
        Output o = Ping.print("web-0.nginx.default.svc.cluster.local", "10.244.1.5", 1,
                List.of(new Ping.Reply(80, "web-0.nginx.default.svc.cluster.local")), 63);
        assertEquals("PING web-0.nginx.default.svc.cluster.local (10.244.1.5) 56(84) bytes of data.\n"
                + "64 bytes from web-0.nginx.default.svc.cluster.local (10.244.1.5): icmp_seq=1 ttl=63 time=0.080 ms\n"
                + "\n"
                + "--- web-0.nginx.default.svc.cluster.local ping statistics ---\n"
                + "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"
                + "rtt min/avg/max/mdev = 0.080/0.080/0.080/0.000 ms\n", o.stdout());
    }

    @Test
    void replyTimesKeepFewerDecimalsAsTheyGrow() {
        assertEquals("0.999", Ping.replyTime(999));
        assertEquals("1.00", Ping.replyTime(1_000));
        assertEquals("9.99", Ping.replyTime(9_994));
        assertEquals("10.0", Ping.replyTime(9_995));
        assertEquals("99.9", Ping.replyTime(99_949));
        assertEquals("100", Ping.replyTime(99_950));
        assertEquals("1235", Ping.replyTime(1_234_567));
    }

    @Test
    void lossPercentagesPrintLikeCsPercentG() {
        assertEquals("33.3333", Ping.cPercentG(100f / 3));
        assertEquals("14.2857", Ping.cPercentG(100f / 7));
        assertEquals("50", Ping.cPercentG(50f));
        assertEquals("100", Ping.cPercentG(100f));
    }

    @Test
    void anUnknownNameIsExit2() {
        assertEquals(new Output("", "ping: nosuch: Name or service not known\n", 2), Ping.unknownHost("nosuch"));
    }

    @Test
    void everyProbeNeedsAnEntry() {
        assertThrows(IllegalArgumentException.class, () -> Ping.print("a", "a", 2, List.of(new Ping.Reply(1)), 64));
    }
}
