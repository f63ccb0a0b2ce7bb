package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Probe;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppBehaviourTest {
    private static Container container(String image, List<Container.ContainerPort> ports) {
        return new Container("c", image, List.of(), List.of(), ports, List.of(), null, null, null, null);
    }

    private static Probe httpGet(int port) {
        return new Probe(null, new Probe.HttpGet("/", IntOrString.of(port), "", "HTTP"), null, null, 0, 1, 10, 1, 3);
    }

    @Test
    void coreDnsListensOnItsHealthAndReadyPortsThoughKubeadmDeclaresOnlyDnsAndMetrics() {
        Container c = CoreDns.deployment().spec().template().spec().containers().get(0);
        assertEquals(Set.of(53, 9153, 8080, 8181), AppBehaviour.listeningPorts(c));
        assertEquals(Set.of(53), AppBehaviour.listeningPorts(c, "UDP"));
        assertTrue(AppBehaviour.probeSucceeds(c, c.readinessProbe(), true));
        assertTrue(AppBehaviour.probeSucceeds(c, c.livenessProbe(), true));
        assertFalse(AppBehaviour.probeSucceeds(c, c.readinessProbe(), false), "a hung CoreDNS is not ready");
    }

    @Test
    void theIngressControllerListensOnNginxsPortsTheWebhookAndItsHealthCheck() {
        Container c = IngressNginx.deployment(true).spec().template().spec().containers().get(0);
        assertEquals(Set.of(80, 443, 8443, 10254), AppBehaviour.listeningPorts(c));
        assertEquals(Set.of(), AppBehaviour.listeningPorts(c, "UDP"));
        assertTrue(AppBehaviour.probeSucceeds(c, c.readinessProbe(), true));
    }

    @Test
    void anImageKnowsItsOwnPortsWhateverTagOrDigestItIsPulledBy() {
        Container c = container("registry.k8s.io/coredns/coredns:v1.11.3@sha256:9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e",
                List.of());
        assertTrue(AppBehaviour.probeSucceeds(c, httpGet(8181), true));
    }

    @Test
    void otherImagesListenOnWhatTheContainerDeclaresElseTheirWellKnownPort() {
        assertEquals(Set.of(80), AppBehaviour.listeningPorts(container("nginx:1.27", List.of())));
        Container declared = container("nginx:1.27", List.of(new Container.ContainerPort("", 8080, "", 0, ""),
                new Container.ContainerPort("", 5353, "UDP", 0, "")));
        assertEquals(Set.of(8080), AppBehaviour.listeningPorts(declared));
        assertEquals(Set.of(5353), AppBehaviour.listeningPorts(declared, "UDP"));
        assertFalse(AppBehaviour.probeSucceeds(declared, httpGet(8181), true));
    }
}
