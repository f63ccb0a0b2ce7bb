package io.kubetutor.sim.net.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {
    private static final List<String> KUBERNETES = List.of(
            "KUBERNETES_SERVICE_HOST=10.96.0.1",
            "KUBERNETES_SERVICE_PORT=443",
            "KUBERNETES_SERVICE_PORT_HTTPS=443",
            "KUBERNETES_PORT=tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP_PROTO=tcp",
            "KUBERNETES_PORT_443_TCP_PORT=443",
            "KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1");

    private static final String REDIS = """
            apiVersion: v1
            kind: Service
            metadata: {name: redis-primary}
            spec:
              clusterIP: 10.96.45.12
              selector: {app: redis}
              ports: [{name: redis, port: 6379}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: peers}
            spec: {clusterIP: None, selector: {app: peer}, ports: [{port: 7000}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: ext}
            spec: {type: ExternalName, externalName: db.example.com}
            """;

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: app}
            spec: {%scontainers: [{name: app, image: busybox, env: [{name: REDIS_PRIMARY_SERVICE_PORT, value: "1"}]}]}
            """;

    private static List<String> env(DnsScenario s) {
        return ServiceEnvironment.forPod(s.pod("default", "app"), s.state()).stream()
                .map(e -> e.name() + "=" + e.value()).toList();
    }

    @Test
    void servicesWithAClusterIpThatExistedBeforeThePodGiveVariablesInOrderByServiceName() {
        DnsScenario s = DnsScenario.of(REDIS + "---\n" + POD.formatted(""));
        List<String> expected = new java.util.ArrayList<>(KUBERNETES);
        expected.addAll(List.of(
                "REDIS_PRIMARY_SERVICE_HOST=10.96.45.12",
                "REDIS_PRIMARY_SERVICE_PORT=6379",
                "REDIS_PRIMARY_SERVICE_PORT_REDIS=6379",
                "REDIS_PRIMARY_PORT=tcp://10.96.45.12:6379",
                "REDIS_PRIMARY_PORT_6379_TCP=tcp://10.96.45.12:6379",
                "REDIS_PRIMARY_PORT_6379_TCP_PROTO=tcp",
                "REDIS_PRIMARY_PORT_6379_TCP_PORT=6379",
                "REDIS_PRIMARY_PORT_6379_TCP_ADDR=10.96.45.12"));
        assertEquals(expected, env(s), "headless and ExternalName Services give none");
    }

    @Test
    void aServiceCreatedAfterThePodGivesItNothing() {
        DnsScenario s = DnsScenario.of(POD.formatted("")).apply(REDIS);
        assertEquals(KUBERNETES, env(s));
    }

    @Test
    void withServiceLinksOffOnlyTheMasterServiceRemains() {
        DnsScenario s = DnsScenario.of(REDIS + "---\n" + POD.formatted("enableServiceLinks: false, "));
        assertEquals(KUBERNETES, env(s));
    }

    @Test
    void servicesOfOtherNamespacesAreNotInjected() {
        DnsScenario s = DnsScenario.of(Scenarios.SHOP);
        List<String> names = ServiceEnvironment.forPod(s.pod("default", "client"), s.state()).stream()
                .map(Container.EnvVar::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("WEB_")), names.toString());
    }

    @Test
    void aVariableTheContainerSetsItselfReplacesTheKubeletsOne() {
        DnsScenario s = DnsScenario.of(REDIS + "---\n" + POD.formatted(""));
        var pod = s.pod("default", "app");
        List<String> names = ServiceEnvironment.forContainer(pod, pod.spec().containers().get(0), s.state()).stream()
                .map(Container.EnvVar::name).toList();
        assertTrue(!names.contains("REDIS_PRIMARY_SERVICE_PORT") && names.contains("REDIS_PRIMARY_SERVICE_HOST"));
    }

    @Test
    void variableNamesAreUpperCaseWithUnderscores() {
        assertEquals("MY_DB_2", ServiceEnvironment.variableName("my-db-2"));
    }
}
