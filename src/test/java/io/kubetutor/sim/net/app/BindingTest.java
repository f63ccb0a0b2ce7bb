package io.kubetutor.sim.net.app;

import static io.kubetutor.sim.net.app.TestPods.container;
import static io.kubetutor.sim.net.app.TestPods.withArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BindingTest {
    @Test
    void nginxWithoutDeclaredPortsListensOnItsWellKnownPortOnly() {
        Container c = container("nginx:1.27");
        assertEquals(Listen.LISTENING, Binding.listen(c, 80));
        assertEquals(Listen.NOT_LISTENING, Binding.listen(c, 8080));
    }

    @Test
    void aDeclaredPortIsTheAppsPort() {
        Container c = container("example/shop:1.0", List.of(), List.of(), List.of(8080), Map.of());
        assertEquals(Listen.LISTENING, Binding.listen(c, 8080));
        assertEquals(Listen.NOT_LISTENING, Binding.listen(c, 80));
    }

    @Test
    void hostFlagWithALoopbackAddressBindsLocalhostOnly() {
        Container c = container("example/api", List.of(), List.of("--host=127.0.0.1"), List.of(8000), Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 8000));
    }

    @Test
    void bindFlagTakesItsValueFromTheNextWord() {
        Container c = container("redis:7", List.of("redis-server"), List.of("--bind", "127.0.0.1"), List.of(), Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 6379));
    }

    @Test
    void shortBFlagWithLocalhostBindsLocalhostOnly() {
        Container c = container("example/gunicorn", List.of("gunicorn"), List.of("-b", "localhost:8000", "app:app"),
                List.of(8000), Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 8000));
    }

    @Test
    void anAddressWithAPortSpeaksForThatPortOnly() {
        Container c = container("example/two", List.of(), List.of("--listen=127.0.0.1:8080"), List.of(8080, 9090),
                Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 8080));
        assertEquals(Listen.LISTENING, Binding.listen(c, 9090));
    }

    @Test
    void aBindFlagInsideAShellScriptCounts() {
        Container c = container("python:3.12", List.of("sh", "-c"),
                List.of("python -m http.server --bind 127.0.0.1 8000"), List.of(8000), Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 8000));
    }

    @Test
    void aHostEnvironmentVariableSetToLocalhostBindsLocalhostOnly() {
        Container c = container("example/node-app", List.of(), List.of(), List.of(3000), Map.of("HOST", "localhost"));
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 3000));
    }

    @Test
    void aFlagOverridesTheEnvironment() {
        Container c = container("example/api", List.of(), List.of("--host", "0.0.0.0"), List.of(8000),
                Map.of("BIND_ADDRESS", "127.0.0.1"));
        assertEquals(Listen.LISTENING, Binding.listen(c, 8000));
    }

    @Test
    void anEnvironmentVariableFromTheDownwardApiHasNoLiteralValueAndIsIgnored() {
        Container c = container("example/api", List.of(), List.of(), List.of(8000), Map.of("HOST", ""));
        assertEquals(Listen.LISTENING, Binding.listen(c, 8000));
    }

    @Test
    void bindingAnotherNonLoopbackAddressCountsAsAllInterfaces() {
        Container c = container("example/api", List.of(), List.of("--address=10.1.2.3"), List.of(8000), Map.of());
        assertEquals(Listen.LISTENING, Binding.listen(c, 8000));
    }

    @Test
    void ipv6LoopbackInBracketsIsLoopback() {
        Container c = container("example/api", List.of(), List.of("--listen", "[::1]:8000"), List.of(8000), Map.of());
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 8000));
    }

    @Test
    void httpEchoListensWhereItsListenFlagSaysWhateverTheManifestDeclares() {
        Container c = container("hashicorp/http-echo", List.of(), List.of("-listen=:8080", "-text=hi"), List.of(5678),
                Map.of());
        assertEquals(Set.of(8080), Binding.ports(c));
        assertEquals(Listen.NOT_LISTENING, Binding.listen(c, 5678));
    }

    @Test
    void httpEchoWithoutATextExitsSoNothingListens() {
        assertEquals(Listen.NOT_LISTENING, Binding.listen(container("hashicorp/http-echo"), 5678));
        Container fromEnv = container("hashicorp/http-echo", List.of(), List.of(), List.of(), Map.of("ECHO_TEXT", "x"));
        assertEquals(Listen.LISTENING, Binding.listen(fromEnv, 5678));
    }

    @Test
    void httpEchoListeningOnLoopbackIsLoopbackOnly() {
        Container c = withArgs("hashicorp/http-echo:1.0", "-listen=127.0.0.1:5678", "-text=hi");
        assertEquals(Listen.LOOPBACK_ONLY, Binding.listen(c, 5678));
    }

    @Test
    void whoamiAndAgnhostListenOnTheirFlagPorts() {
        assertEquals(Set.of(8081), Binding.ports(withArgs("traefik/whoami", "--port", "8081")));
        assertEquals(Set.of(80), Binding.ports(container("traefik/whoami")));
        String agnhost = "registry.k8s.io/e2e-test-images/agnhost:2.53";
        assertEquals(Set.of(8080), Binding.ports(withArgs(agnhost, "netexec")));
        assertEquals(Set.of(9000), Binding.ports(withArgs(agnhost, "netexec", "--http-port=9000")));
        assertEquals(Set.of(9376), Binding.ports(withArgs(agnhost, "serve-hostname")));
        assertEquals(Set.of(), Binding.ports(withArgs(agnhost, "serve-hostname", "--tcp")),
                "serve-hostname refuses --tcp together with the default --http and exits");
    }

    @Test
    void aLoopbackOnlyAppAcceptsOnlyConnectionsFromInsideThePod() {
        assertTrue(Listen.LOOPBACK_ONLY.accepts(true));
        assertFalse(Listen.LOOPBACK_ONLY.accepts(false));
        assertTrue(Listen.LISTENING.accepts(false));
        assertFalse(Listen.NOT_LISTENING.accepts(true));
    }

    @Test
    void theListenerIsTheContainerWhoseAppHasThePortAmongAllThePodsContainers() {
        Container web = container("nginx");
        Container metrics = container("example/exporter", List.of(), List.of(), List.of(9100), Map.of());
        io.kubetutor.model.Pod pod = TestPods.pod("web-0", web);
        pod = pod.withSpec(pod.spec().withContainers(List.of(), List.of(web, metrics)));
        assertEquals(web, Binding.listener(pod, 80));
        assertEquals(metrics, Binding.listener(pod, 9100));
        assertEquals(null, Binding.listener(pod, 8080));
    }
}
