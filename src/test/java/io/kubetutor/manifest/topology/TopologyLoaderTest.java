package io.kubetutor.manifest.topology;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.CloudLoadBalancer;
import io.kubetutor.model.ClusterTopology.Client;
import io.kubetutor.model.ClusterTopology.Node;
import io.kubetutor.model.ClusterTopology.PortRange;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopologyLoaderTest {

    private static LoadedTopology load(String text) {
        return TopologyLoader.load("cluster.yaml", text);
    }

    /** The one error of a cluster file that must fail. */
    private static Diagnostic onlyError(String text) {
        LoadedTopology t = load(text);
        assertNull(t.topology(), "a cluster file with errors gives no topology");
        assertEquals(1, t.diagnostics().size(), () -> "diagnostics: " + t.diagnostics());
        Diagnostic d = t.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        return d;
    }

    private static void assertError(String text, int line, int column, String message) {
        Diagnostic d = onlyError(text);
        assertEquals(message, d.message());
        assertEquals(new SourcePos(line, column), d.pos());
        assertEquals("cluster.yaml", d.file());
    }

    @Test
    void fullClusterFileIsRead() {
        LoadedTopology t = load("""
                nodes:
                  - {name: node1, ip: 192.168.1.2, podCIDR: 10.244.0.0/24}
                  - {name: cp, ip: 192.168.1.3, podCIDR: 10.244.1.0/24, controlPlane: true}
                clients:
                  - {name: laptop, ip: 192.168.1.10}
                  - {name: phone, ip: 192.168.1.11}
                serviceCIDR: 10.96.0.0/16
                nodePortRange: 30000-30100
                cloudLoadBalancer: {enabled: true, pool: 203.0.113.0/28}
                proxyMode: ipvs
                """);
        assertEquals(List.of(), t.diagnostics());
        assertEquals(new ClusterTopology(
                List.of(new Node("node1", "192.168.1.2", "10.244.0.0/24", false),
                        new Node("cp", "192.168.1.3", "10.244.1.0/24", true)),
                List.of(new Client("laptop", "192.168.1.10"), new Client("phone", "192.168.1.11")),
                "10.96.0.0/16", new PortRange(30000, 30100), new CloudLoadBalancer(true, "203.0.113.0/28"),
                ProxyMode.IPVS), t.topology());
        assertFalse(t.hasErrors());
    }

    @Test
    void emptyFileGivesTheDefaults() {
        assertEquals(ClusterTopology.defaults(), load("").topology());
        assertEquals(ClusterTopology.defaults(), load("# just a comment\n").topology());
        assertEquals(ClusterTopology.defaults(), load("nodes: ~\nclients:\nproxyMode: null\n").topology());
    }

    @Test
    void absentKeysTakeTheirDefaults() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology t = load("proxyMode: ipvs\ncloudLoadBalancer: {enabled: yes}\n").topology();
        assertEquals(new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new CloudLoadBalancer(true, "203.0.113.0/28"), ProxyMode.IPVS), t);
    }

    @Test
    void ingressControllerIsOffUnlessTheFileSwitchesItOn() {
        assertEquals(false, load("proxyMode: ipvs\n").topology().ingressController().enabled());
        assertEquals(true, load("ingressController: {enabled: true}\n").topology().ingressController().enabled());
        assertError("ingressController:\n  enable: true\n", 2, 3,
                "unknown field \"ingressController.enable\" (known fields: enabled)");
    }

    @Test
    void nodeWithoutPodCidrGetsAPerNodeSlash24() {
        ClusterTopology t = load("nodes:\n  - {name: a, ip: 192.168.1.2}\n  - {name: b, ip: 192.168.1.3}\n").topology();
        assertEquals(List.of(new Node("a", "192.168.1.2", "10.244.0.0/24", false),
                new Node("b", "192.168.1.3", "10.244.1.0/24", false)), t.nodes());
    }

    @Test
    void malformedIpIsRefusedAtTheValue() {
        assertError("nodes:\n  - {name: n1, ip: 192.168.1.300}\n", 2, 20,
                "nodes[0].ip: Invalid value: \"192.168.1.300\": must be a valid IPv4 address, such as 192.168.1.2");
    }

    @Test
    void malformedCidrIsRefusedAtTheValue() {
        assertError("serviceCIDR: 10.96.0.0/33\n", 1, 14,
                "serviceCIDR: Invalid value: \"10.96.0.0/33\": must be a valid IPv4 CIDR, such as 10.96.0.0/12");
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2, podCIDR: 10.244.0.0}\n", 2, 41,
                "nodes[0].podCIDR: Invalid value: \"10.244.0.0\": must be a valid IPv4 CIDR, such as 10.96.0.0/12");
    }

    @Test
    void serviceCidrWithFewerThanEightAddressesIsRefusedWithTheApiServersWords() {
        assertError("serviceCIDR: 10.96.0.0/30\n", 1, 14,
                "serviceCIDR: Invalid value: \"10.96.0.0/30\": the service cluster IP range must be at least 8 IP addresses");
        assertEquals("10.96.0.0/28", load("serviceCIDR: 10.96.0.0/28\n").topology().serviceCIDR());
    }

    @Test
    void serviceCidrWithoutATenthAddressForClusterDnsIsRefused() {
        assertError("serviceCIDR: 10.96.0.0/29\n", 1, 14,
                "serviceCIDR: Invalid value: \"10.96.0.0/29\": the cluster DNS Service takes the 10th address of the "
                + "range (kubeadm's rule), so the range must hold at least 16 addresses (a /28 or larger)");
    }

    @Test
    void cidrWithHostBitsIsUsedAsItsNetworkWithAWarning() {
        LoadedTopology t = load("serviceCIDR: 10.96.0.1/12\n");
        assertEquals("10.96.0.0/12", t.topology().serviceCIDR());
        assertEquals(List.of(Diagnostic.warning("cluster.yaml", new SourcePos(1, 14),
                "serviceCIDR: 10.96.0.1/12 has host bits set; it is used as 10.96.0.0/12")), t.diagnostics());
        assertFalse(t.hasErrors());
    }

    @Test
    void duplicateNodeNamesAreRefusedAtTheSecond() {
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2}\n  - {name: a, ip: 192.168.1.3}\n", 3, 12,
                "nodes[1].name: Duplicate value: \"a\"");
    }

    @Test
    void clientNamedLikeANodeIsADuplicate() {
        assertError("clients:\n  - {name: node1, ip: 192.168.1.50}\n", 2, 12, "clients[0].name: Duplicate value: \"node1\"");
    }

    @Test
    void duplicateAddressIsRefusedOnTheSideTheUserWrote() {
        assertError("clients:\n  - {name: laptop, ip: 192.168.1.2}\n", 2, 24,
                "clients[0].ip: Duplicate value: \"192.168.1.2\"");
    }

    @Test
    void overlappingPodCidrsAreRefusedAtTheLaterOne() {
        assertError("""
                nodes:
                  - {name: a, ip: 192.168.1.2, podCIDR: 10.244.0.0/16}
                  - {name: b, ip: 192.168.1.3, podCIDR: 10.244.1.0/24}
                """, 3, 41, "nodes[1].podCIDR: Invalid value: \"10.244.1.0/24\": overlaps nodes[0].podCIDR 10.244.0.0/16");
    }

    @Test
    void serviceCidrOverlappingPodCidrsIsOneError() {
        assertError("serviceCIDR: 10.244.0.0/16\n", 1, 14,
                "serviceCIDR: Invalid value: \"10.244.0.0/16\": overlaps nodes[0].podCIDR 10.244.0.0/24");
    }

    @Test
    void loadBalancerPoolOverlappingTheServiceCidrIsRefused() {
        assertError("cloudLoadBalancer: {enabled: true, pool: 10.96.0.0/28}\n", 1, 42,
                "cloudLoadBalancer.pool: Invalid value: \"10.96.0.0/28\": overlaps serviceCIDR 10.96.0.0/12");
    }

    @Test
    void addressInsideTheServiceCidrIsRefused() {
        assertError("clients:\n  - {name: x, ip: 10.96.0.5}\n", 2, 19,
                "clients[0].ip: Invalid value: \"10.96.0.5\": is inside serviceCIDR 10.96.0.0/12");
        assertError("serviceCIDR: 192.168.0.0/16\n", 1, 14,
                "serviceCIDR: Invalid value: \"192.168.0.0/16\": holds nodes[0].ip 192.168.1.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32767-30000", "0-100", "30000-70000", "30000-30000", "30000", "30000-", "a-b", "30000+2768"})
    void nodePortRangeMustBeFirstDashLastWithinThePortSpace(String range) {
        assertError("nodePortRange: \"" + range + "\"\n", 1, 16, "nodePortRange: Invalid value: \"" + range
                + "\": must be \"first-last\" with 1 <= first < last <= 65535, such as 30000-32767");
    }

    @Test
    void nodePortRangeWrittenAsANumberIsNotAString() {
        assertError("nodePortRange: 30000\n", 1, 16, "nodePortRange: must be a string, not the number 30000");
    }

    @Test
    void unknownKeysAreRefusedAtTheKey() {
        assertError("nodePorts: 30000-32767\n", 1, 1, "unknown field \"nodePorts\" (known fields: nodes, clients, "
                + "serviceCIDR, nodePortRange, cloudLoadBalancer, proxyMode, ingressController)");
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2, nmae: b}\n", 2, 32,
                "unknown field \"nodes[0].nmae\" (known fields: name, ip, podCIDR, controlPlane, labels)");
        assertError("cloudLoadBalancer:\n  enable: true\n", 2, 3,
                "unknown field \"cloudLoadBalancer.enable\" (known fields: enabled, pool)");
    }

    @Test
    void keyWrittenTwiceIsRefused() {
        assertError("proxyMode: ipvs\nproxyMode: iptables\n", 2, 1, "duplicate field \"proxyMode\"");
    }

    @Test
    void unknownProxyModeIsUnsupported() {
        assertError("proxyMode: nftables\n", 1, 12,
                "proxyMode: Unsupported value: \"nftables\": supported values: \"iptables\", \"ipvs\"");
    }

    @Test
    void nodeNeedsANameAndAnIp() {
        assertError("nodes:\n  - {ip: 192.168.1.2}\n", 2, 5, "nodes[0].name: Required value");
        assertError("nodes:\n  - name: a\n    ip:\n", 3, 8, "nodes[0].ip: Required value");
    }

    @Test
    void nodeNameMustBeAKubernetesName() {
        assertError("nodes:\n  - {name: Node_1, ip: 192.168.1.2}\n", 2, 12, "nodes[0].name: Invalid value: \"Node_1\": "
                + "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
                + "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }

    @Test
    void wrongShapesAreRefused() {
        assertError("nodes: []\n", 1, 8, "nodes: Required value: a cluster needs at least one node");
        assertError("nodes: {a: 1}\n", 1, 8, "nodes: must be a list, not a mapping");
        assertError("nodes:\n  - node1\n", 2, 5,
                "nodes[0]: must be a mapping of name, ip, podCIDR, controlPlane, labels, not the string \"node1\"");
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2, controlPlane: maybe}\n", 2, 46,
                "nodes[0].controlPlane: must be true or false, not the string \"maybe\"");
        assertError("- a\n", 1, 1, "the cluster file: must be a mapping of nodes, clients, serviceCIDR, nodePortRange, "
                + "cloudLoadBalancer, proxyMode, ingressController, not a list");
    }

    @Test
    void yamlSyntaxErrorIsReportedAsTheReaderWordsIt() {
        assertError("nodes:\n  - {name: a\n", 2, 5,
                "error converting YAML to JSON: yaml: line 2: did not find expected ',' or '}'");
    }

    @Test
    void secondDocumentIsRefused() {
        assertError("proxyMode: ipvs\n---\nproxyMode: iptables\n", 3, 1,
                "a cluster file holds one YAML document; this is a second one");
    }

    @Test
    void severalErrorsAreAllReported() {
        LoadedTopology t = load("serviceCIDR: nope\nproxyMode: x\nnodePortRange: 1-1\n");
        assertNull(t.topology());
        assertEquals(List.of(1, 2, 3), t.diagnostics().stream().map(d -> d.pos().line()).toList());
        assertTrue(t.hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "- 1\n- [", "\0\0\0", "a: &a [*a]", "nodes: [[[[]]]]", "? [a]\n: b", "nodes: [~]",
            "clients: [{name: ~, ip: ~}]", "cloudLoadBalancer: [1]", "nodes:\n  - {name: a, ip: [1]}"})
    void loaderNeverThrows(String text) {
        LoadedTopology t = assertDoesNotThrow(() -> load(text));
        assertTrue(t.hasErrors(), () -> text + " gave " + t.diagnostics());
        assertNull(t.topology());
    }

    @Test
    void nodeLabelsAreReadInTheOrderWrittenAndDefaultToNone() {
        LoadedTopology t = load("""
                nodes:
                  - {name: node1, ip: 192.168.1.2}
                  - name: node2
                    ip: 192.168.1.3
                    labels:
                      zone: a
                      disk: ssd
                      node-role.kubernetes.io/worker:
                      example.com/tier: ""
                """);
        assertEquals(List.of(), t.diagnostics());
        assertEquals(Map.of(), t.topology().nodes().get(0).labels());
        assertEquals(List.of("zone", "disk", "node-role.kubernetes.io/worker", "example.com/tier"),
                List.copyOf(t.topology().nodes().get(1).labels().keySet()));
        assertEquals(Map.of("zone", "a", "disk", "ssd", "node-role.kubernetes.io/worker", "", "example.com/tier", ""),
                t.topology().nodes().get(1).labels());
    }

    @Test
    void aBadLabelKeyGetsTheApiServersMessageAtTheKey() {
        assertError("nodes:\n  - name: a\n    ip: 192.168.1.2\n    labels: {disk type: ssd}\n", 4, 14,
                "nodes[0].labels: Invalid value: \"disk type\": name part must consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or "
                + "'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    }

    @Test
    void aBadLabelValueGetsTheApiServersMessageAtItsKey() {
        assertError("nodes:\n  - name: a\n    ip: 192.168.1.2\n    labels:\n      disk: -ssd\n", 5, 7,
                "nodes[0].labels: Invalid value: \"-ssd\": a valid label must be an empty string or consist of "
                + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
                + "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }

    @Test
    void labelValuesMustBeStringsAndLabelsAMapping() {
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2, labels: {ssd: true}}\n", 2, 46,
                "nodes[0].labels: must be a string, not the boolean true");
        assertError("nodes:\n  - {name: a, ip: 192.168.1.2, labels: [ssd]}\n", 2, 40,
                "nodes[0].labels: must be a mapping of label keys to values, not a list");
    }

    @Test
    void zoneLabelsAreRefusedBecauseTheSimulatedClusterHasOneZone() {
        Diagnostic d = onlyError("nodes:\n  - {name: a, ip: 192.168.1.2, labels: {topology.kubernetes.io/zone: a}}\n");
        assertTrue(d.message().startsWith("nodes[0].labels: Invalid value: \"topology.kubernetes.io/zone\": the tutor "
                + "does not simulate zones yet"), d.message());
    }
}
