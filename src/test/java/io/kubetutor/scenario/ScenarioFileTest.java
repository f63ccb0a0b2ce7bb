package io.kubetutor.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.session.Topologies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenario files: manifests kept byte for byte, the cluster and playback read back, plain manifests left alone. */
class ScenarioFileTest {
    static final String MANIFESTS = """
            # the shop, as the class wrote it
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec: {type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}
            """;

    private static Scenario roundTrip(Scenario s) {
        ScenarioFile.Opened o = ScenarioFile.read("s.yaml", ScenarioFile.write(s));
        assertEquals(List.of(), o.diagnostics());
        assertTrue(o.wrapped());
        return o.scenario();
    }

    @Test
    void aScenarioReadsBackAsItWasWritten() {
        ClusterTopology cluster = Topologies.withProxyMode(Topologies.withCloudLoadBalancer(
                Topologies.withIngressController(Topologies.withNodes(ClusterTopology.defaults(), 5), true), true),
                ClusterTopology.ProxyMode.IPVS);
        Scenario s = new Scenario(MANIFESTS, cluster, new Scenario.Playback(0.25, false),
                new Scenario.Traffic("laptop", "http://192.168.1.2:30080/"));
        assertEquals(s, roundTrip(s));
    }

    @Test
    void nodeLabelsControlPlaneNodesAndOddNamesSurvive() {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology cluster = new ClusterTopology(
                List.of(new ClusterTopology.Node("control-plane", "192.168.1.2", "10.244.0.0/24", true),
                        new ClusterTopology.Node("yes", "192.168.1.3", "10.244.1.0/24", false,
                                Map.of("disktype", "ssd", "example.com/tier", "front_end"))),
                List.of(), "10.100.0.0/16", new ClusterTopology.PortRange(31000, 31999), d.cloudLoadBalancer(),
                d.proxyMode());
        Scenario s = new Scenario("", cluster, Scenario.Playback.DEFAULT, Scenario.Traffic.NONE);
        assertEquals(s, roundTrip(s));
    }

    @Test
    void theManifestsComeBackByteForByteWhateverTheyHold() {
        List<String> texts = List.of("", "kind: Service", "---\napiVersion: v1\n---\n", "a: 1\r\nb: 2\r\n",
                "  indented: first line\n\tb: tab\n\n\n", "# 주석: 한글도 그대로\nmetadata: {name: 웹}\n...\n---\n",
                "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: |\n    ---\n    not a separator here\n",
                "kubeServiceTutorScenario: 1\n");
        for (String text : texts) {
            Scenario s = new Scenario(text, ClusterTopology.defaults(), Scenario.Playback.DEFAULT, Scenario.Traffic.NONE);
            assertEquals(text, roundTrip(s).manifests(), () -> "text: " + text);
        }
    }

    @Test
    void theFileIsTheHeaderThenASeparatorThenTheManifestsAsTyped() {
        String file = ScenarioFile.write(new Scenario(MANIFESTS, ClusterTopology.defaults(), Scenario.Playback.DEFAULT,
                Scenario.Traffic.NONE));
        assertTrue(file.endsWith("\n---\n" + MANIFESTS), file);
        assertTrue(file.contains("\nkubeServiceTutorScenario: 1\ncluster:\n  nodes:\n"
                + "    - {name: node1, ip: \"192.168.1.2\", podCIDR: \"10.244.0.0/24\"}\n"), file);
        assertTrue(file.contains("\nplayback:\n  speed: 1\n  showSystemPods: true\n---\n"), file);
    }

    @Test
    void aPlainManifestIsAllEditorText() {
        for (String text : List.of(MANIFESTS, "---\n" + MANIFESTS, "# mentions kubeServiceTutorScenario: 1\n" + MANIFESTS,
                "apiVersion: v1\nkind: ConfigMap\ndata: {kubeServiceTutorScenario: \"1\"}\n", "{not: [yaml")) {
            ScenarioFile.Opened o = ScenarioFile.read("m.yaml", text);
            assertFalse(o.wrapped(), text);
            assertNull(o.scenario());
            assertEquals(text, o.manifests());
            assertEquals(List.of(), o.diagnostics());
        }
    }

    @Test
    void aHandWrittenHeaderMayLeaveOutWhatItDoesNotChange() {
        ScenarioFile.Opened o = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\n--- # the manifests\r\n"
                + MANIFESTS);
        assertEquals(List.of(), o.diagnostics());
        assertEquals(new Scenario(MANIFESTS, ClusterTopology.defaults(), Scenario.Playback.DEFAULT,
                Scenario.Traffic.NONE), o.scenario());
        ScenarioFile.Opened headerOnly = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\nplayback: {speed: 2}\n");
        assertEquals(new Scenario.Playback(2, true), headerOnly.scenario().playback());
        assertEquals("", headerOnly.scenario().manifests());
    }

    @Test
    void aBadClusterIsRefusedWithItsPlaceInTheFile() {
        String text = "kubeServiceTutorScenario: 1\ncluster:\n  nodes:\n    - {name: node1, ip: 300.1.1.1}\n---\n"
                + MANIFESTS;
        ScenarioFile.Opened o = ScenarioFile.read("s.yaml", text);
        assertTrue(o.wrapped());
        assertTrue(o.hasErrors());
        assertNull(o.scenario());
        Diagnostic d = o.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(4, d.pos().line());
        assertTrue(d.message().contains("nodes[0].ip: Invalid value: \"300.1.1.1\""), d.message());
    }

    @Test
    void badPlaybackValuesAndANewerFormatAreErrors() {
        ScenarioFile.Opened speed = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\nplayback:\n  speed: fast\n");
        assertEquals("s.yaml:3:10: error: playback.speed: Invalid value: \"fast\": must be a number greater than 0, "
                + "such as 1 or 0.5", speed.diagnostics().get(0).format());
        ScenarioFile.Opened zero = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\nplayback: {speed: 0}\n");
        assertTrue(zero.hasErrors());
        ScenarioFile.Opened pods = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\nplayback: {showSystemPods: 3}\n");
        assertTrue(pods.hasErrors());
        ScenarioFile.Opened newer = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 2\n---\nkind: Service\n");
        assertTrue(newer.hasErrors());
        assertTrue(newer.diagnostics().get(0).message().contains("kubeServiceTutorScenario: Unsupported value: \"2\""),
                newer.diagnostics().get(0).message());
        assertEquals("kind: Service\n", newer.manifests());
    }

    @Test
    void unknownHeaderFieldsAreWarningsAndTheRestIsRead() {
        ScenarioFile.Opened o = ScenarioFile.read("s.yaml", "kubeServiceTutorScenario: 1\nauthor: Kim\n"
                + "playback: {speed: 4, loop: true}\n---\nkind: Service\n");
        assertFalse(o.hasErrors());
        assertEquals(2, o.diagnostics().size());
        assertTrue(o.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals(4, o.scenario().playback().speed());
    }
}
