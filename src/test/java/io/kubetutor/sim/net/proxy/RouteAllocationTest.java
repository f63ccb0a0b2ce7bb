package io.kubetutor.sim.net.proxy;

import static io.kubetutor.sim.net.proxy.Scenarios.ip;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Cluster;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** route() is the data plane's hot path: per packet it may allocate its Verdict and nothing else. */
class RouteAllocationTest {
    private static final int ROUNDS = 50_000;
    /** A Verdict is about 100 bytes; anything per-packet beyond it (a string, a boxed key, a list) would exceed this. */
    private static final long BYTES_PER_ROUTE = 160;

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long bytesPerRoute(KubeProxy kp, ProxyRules rules, int vip, int nodeIp) {
        long sink = 0;
        int laptop = ip("192.168.1.10");
        for (int warm = 0; warm < 3; warm++) {
            long before = allocated();
            for (int i = 0; i < ROUNDS; i++) {
                int client = laptop + (i & 15);
                sink += kp.route("node1", Origin.POD, client, vip, 80, "TCP", 1000L + i, rules).position();
                sink += kp.route("node1", Origin.EXTERNAL, client, nodeIp, 30080, "TCP", 1000L + i, rules).position();
                sink += kp.route("node1", Origin.POD, client, vip, 81, "TCP", 1000L + i, rules).position();
            }
            if (warm == 2) {
                return (allocated() - before) / (3L * ROUNDS) + (sink == Long.MIN_VALUE ? 1 : 0);
            }
        }
        throw new AssertionError();
    }

    @Test
    void routingAllocatesNothingButTheVerdict() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        Cluster c = Scenarios.cluster(Scenarios.WEB.replace("type: NodePort", "type: NodePort\n  sessionAffinity: ClientIP"));
        ProxyRules rules = Scenarios.rules(c);
        int vip = ip(c.get(Service.class, "default", "web").orElseThrow().spec().clusterIP());
        int nodeIp = Scenarios.nodeIp(c, "node1");
        for (ProxyMode mode : ProxyMode.values()) {
            long perRoute = bytesPerRoute(new KubeProxy(mode, new SplittableRandom(1)), rules, vip, nodeIp);
            assertTrue(perRoute <= BYTES_PER_ROUTE, mode + ": " + perRoute + " bytes per route");
        }
    }
}
