package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvConfTest {
    private static final String CLUSTER_FILE = """
            search %s.svc.cluster.local svc.cluster.local cluster.local
            nameserver 10.96.0.10
            options ndots:5
            """;
    private static final String NODE_FILE = "nameserver 192.168.1.1\n";

    private static DnsScenario podWith(String name, String namespace, String specExtra) {
        String ns = namespace.equals("default") ? "" : """
                apiVersion: v1
                kind: Namespace
                metadata: {name: %s}
                ---
                """.formatted(namespace);
        return DnsScenario.of(ns + """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, namespace: %s}
                spec: {%scontainers: [{name: c, image: busybox}]}
                """.formatted(name, namespace, specExtra));
    }

    @Test
    void clusterFirstIsTheDefaultAndPutsThePodsNamespaceFirstInTheSearchList() {
        DnsScenario s = podWith("p", "shop", "");
        ResolvConf c = s.resolvConf("shop", "p");
        assertEquals(CLUSTER_FILE.formatted("shop"), c.text());
        assertEquals(5, c.ndots());
        assertEquals(List.of("10.96.0.10"), c.nameservers());
    }

    @Test
    void defaultPolicyGivesTheNodesOwnFile() {
        DnsScenario s = podWith("p", "default", "dnsPolicy: Default, ");
        ResolvConf c = s.resolvConf("default", "p");
        assertEquals(NODE_FILE, c.text());
        assertEquals(1, c.ndots());
    }

    @Test
    void clusterFirstOnAHostNetworkPodFallsBackToTheNodesFile() {
        DnsScenario s = podWith("p", "default", "hostNetwork: true, ");
        assertEquals(NODE_FILE, s.resolvConf("default", "p").text());
    }

    @Test
    void clusterFirstWithHostNetKeepsClusterDnsOnTheHostNetwork() {
        DnsScenario s = podWith("p", "default", "hostNetwork: true, dnsPolicy: ClusterFirstWithHostNet, ");
        assertEquals(CLUSTER_FILE.formatted("default"), s.resolvConf("default", "p").text());
    }

    @Test
    void theLanResolverIsTheFirstAddressOfTheNodesNetwork() {
        assertEquals("10.0.5.1", ResolvConf.lanResolverFor(
                new io.kubetutor.model.ClusterTopology.Node("n", "10.0.5.77", "10.244.0.0/24", false)));
    }

    @Test
    void ndotsIsReadFromTheOptionsAndCappedAt15() {
        assertEquals(2, ResolvConf.of(List.of(), List.of(), List.of("ndots:2", "timeout:1")).ndots());
        assertEquals(15, ResolvConf.of(List.of(), List.of(), List.of("ndots:40")).ndots());
        assertEquals(1, ResolvConf.of(List.of(), List.of(), List.of()).ndots());
    }
}
