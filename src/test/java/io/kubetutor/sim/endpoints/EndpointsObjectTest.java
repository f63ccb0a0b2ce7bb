package io.kubetutor.sim.endpoints;

import static io.kubetutor.sim.endpoints.Fixtures.container;
import static io.kubetutor.sim.endpoints.Fixtures.containerPort;
import static io.kubetutor.sim.endpoints.Fixtures.deleting;
import static io.kubetutor.sim.endpoints.Fixtures.pod;
import static io.kubetutor.sim.endpoints.Fixtures.port;
import static io.kubetutor.sim.endpoints.Fixtures.ref;
import static io.kubetutor.sim.endpoints.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Service;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The v1 Endpoints object the Endpoints controller writes, checked field by field. */
class EndpointsObjectTest {
    private static final Endpoints.Port HTTP_8080 = new Endpoints.Port("http", 8080, "TCP", null);

    private static ServiceEndpoints web(Service svc) {
        return new ServiceEndpoints(svc, new SplittableRandom(7), 100);
    }

    private static Service webHttp() {
        return service("web", List.of(port("http", 80, IntOrString.of(8080))));
    }

    private static Endpoints.Address address(String ip, String node, String pod) {
        return new Endpoints.Address(ip, "", node, ref(pod));
    }

    private static Endpoints endpoints(List<Endpoints.Subset> subsets) {
        return new Endpoints(new ObjectMeta("web", "", "default", Map.of(), Map.of()), subsets, Origin.SYSTEM);
    }

    @Test
    void readyPodsGoToAddressesAndUnreadyOnesToNotReadyAddresses() {
        ServiceEndpoints se = web(webHttp());
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true));
        se.upsertPod(pod("web-b", "10.244.2.7", "node-2", false));
        se.upsertPod(pod("web-c", "10.244.1.6", "node-1", true));

        assertEquals(endpoints(List.of(new Endpoints.Subset(
                List.of(address("10.244.1.5", "node-1", "web-a"), address("10.244.1.6", "node-1", "web-c")),
                List.of(address("10.244.2.7", "node-2", "web-b")),
                List.of(HTTP_8080)))), se.endpoints());
    }

    @Test
    void aServiceWithoutPodsHasAnEndpointsObjectWithNoSubsets() {
        assertEquals(endpoints(List.of()), web(webHttp()).endpoints());
    }

    @Test
    void addressesSortByIpTextSoTenComesBeforeNine() {
        ServiceEndpoints se = web(webHttp());
        se.upsertPod(pod("web-9", "10.244.1.9", "node-1", true));
        se.upsertPod(pod("web-10", "10.244.1.10", "node-1", true));
        se.upsertPod(pod("web-2", "10.244.1.2", "node-1", true));

        List<Endpoints.Address> addresses = se.endpoints().subsets().get(0).addresses();
        assertEquals(List.of("10.244.1.10", "10.244.1.2", "10.244.1.9"),
                addresses.stream().map(Endpoints.Address::ip).toList());
    }

    @Test
    void aNamedTargetPortResolvedDifferentlyPerPodSplitsTheSubsetsInHashOrder() {
        Service svc = service("web", List.of(port("http", 80, IntOrString.of("http")),
                port("metrics", 9100, IntOrString.of(9100))));
        ServiceEndpoints se = web(svc);
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true, container("app", containerPort("http", 8080))));
        se.upsertPod(pod("web-b", "10.244.2.7", "node-2", true, container("app", containerPort("http", 8081))));

        Endpoints.Address a = address("10.244.1.5", "node-1", "web-a");
        Endpoints.Address b = address("10.244.2.7", "node-2", "web-b");
        Endpoints.Port metrics = new Endpoints.Port("metrics", 9100, "TCP", null);
        // Subsets sort by MD5 of their Go rendering: 6355... (web-a, http 8080), 64d1... (both, metrics),
        // d63c... (web-b, http 8081).
        assertEquals(endpoints(List.of(
                new Endpoints.Subset(List.of(a), List.of(), List.of(HTTP_8080)),
                new Endpoints.Subset(List.of(a, b), List.of(), List.of(metrics)),
                new Endpoints.Subset(List.of(b), List.of(), List.of(new Endpoints.Port("http", 8081, "TCP", null))))),
                se.endpoints());
    }

    @Test
    void portsOfOneSubsetSortByHashNotByServiceOrder() {
        Service svc = service("web", List.of(port("http", 80, IntOrString.of(8080)),
                port("metrics", 9100, IntOrString.of(9100))));
        ServiceEndpoints se = web(svc);
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true));

        // MD5: metrics/9100 is 7caf..., http/8080 is fc51...
        assertEquals(List.of(new Endpoints.Port("metrics", 9100, "TCP", null), HTTP_8080),
                se.endpoints().subsets().get(0).ports());
    }

    @Test
    void aPodWithoutTheNamedPortIsLeftOutForThatPortOnly() {
        Service svc = service("web", List.of(port("http", 80, IntOrString.of("http")),
                port("metrics", 9100, IntOrString.of(9100))));
        ServiceEndpoints se = web(svc);
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true, container("app", containerPort("web", 8080))));

        assertEquals(endpoints(List.of(new Endpoints.Subset(List.of(address("10.244.1.5", "node-1", "web-a")),
                List.of(), List.of(new Endpoints.Port("metrics", 9100, "TCP", null))))), se.endpoints());
    }

    @Test
    void aNamedPortMatchesOnlyTheSameProtocolAndSidecarsCount() {
        Service svc = service("dns", List.of(new io.kubetutor.model.ServicePort("dns", "UDP", null, 53,
                IntOrString.of("dns"), 0)));
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(1), 100);
        Container tcpOnly = container("app", new Container.ContainerPort("dns", 5353, "TCP", 0, ""));
        Pod p = pod("dns-a", "10.244.1.5", "node-1", true, tcpOnly);
        se.upsertPod(p);
        assertTrue(se.endpoints().subsets().isEmpty());

        Container udpSidecar = Fixtures.sidecar("proxy", new Container.ContainerPort("dns", 5354, "UDP", 0, ""));
        se.upsertPod(p.withSpec(p.spec().withContainers(List.of(udpSidecar), p.spec().containers())));
        assertEquals(List.of(new Endpoints.Port("dns", 5354, "UDP", null)),
                se.endpoints().subsets().get(0).ports());
    }

    @Test
    void aTerminatingPodLeavesEndpointsUnlessNotReadyAddressesArePublished() {
        ServiceEndpoints se = web(webHttp());
        se.upsertPod(deleting(pod("web-a", "10.244.1.5", "node-1", true)));
        assertTrue(se.endpoints().subsets().isEmpty());

        Service publish = service("web", "10.96.0.10", List.of(port("http", 80, IntOrString.of(8080))), true,
                Map.of());
        se.setService(publish);
        se.upsertPod(pod("web-b", "10.244.1.6", "node-1", false));
        assertEquals(endpoints(List.of(new Endpoints.Subset(List.of(address("10.244.1.5", "node-1", "web-a"),
                address("10.244.1.6", "node-1", "web-b")), List.of(), List.of(HTTP_8080)))), se.endpoints());
    }

    @Test
    void podsWithoutAnIpOrThatHaveFinishedAreLeftOut() {
        ServiceEndpoints se = web(webHttp());
        se.upsertPod(pod("pending", "", "node-1", false));
        Pod done = pod("done", "10.244.1.7", "node-1", false);
        se.upsertPod(done.withStatus(new io.kubetutor.model.PodStatus("Succeeded", "10.244.1.7",
                List.of("10.244.1.7"), "", List.of())));
        assertTrue(se.endpoints().subsets().isEmpty());
        assertTrue(se.slices().get(0).endpoints().isEmpty());
    }

    @Test
    void theHostnameIsSetOnlyWhenTheSubdomainNamesTheService() {
        Service svc = service("db", "None", List.of(port("pg", 5432, IntOrString.of(5432))), false, Map.of());
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(1), 100);
        Pod p = pod("db-0", "10.244.1.5", "node-1", true);
        PodSpec s = p.spec();
        se.upsertPod(p.withSpec(s.withPlacement("node-1", "db-0", "db")));
        se.upsertPod(pod("db-1", "10.244.1.6", "node-1", true).withSpec(s.withPlacement("node-1", "db-1", "other")));

        List<Endpoints.Address> addresses = se.endpoints().subsets().get(0).addresses();
        assertEquals("db-0", addresses.get(0).hostname());
        assertEquals("", addresses.get(1).hostname());
        assertEquals("db-0", se.slices().get(0).endpoints().stream()
                .filter(e -> e.targetRef().name().equals("db-0")).findFirst().orElseThrow().hostname());
    }

    @Test
    void aHeadlessServiceWithoutPortsListsBareAddressesAndIsLabelledHeadless() {
        Service svc = service("db", "None", List.of(), false, Map.of("tier", "data"));
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(1), 100);
        se.upsertPod(pod("db-0", "10.244.1.5", "node-1", true));

        Endpoints expected = new Endpoints(new ObjectMeta("db", "", "default",
                Map.of("service.kubernetes.io/headless", "", "tier", "data"), Map.of()),
                List.of(new Endpoints.Subset(List.of(address("10.244.1.5", "node-1", "db-0")), List.of(), List.of())),
                Origin.SYSTEM);
        assertEquals(expected, se.endpoints());
    }

    @Test
    void aClusterIpServiceWithoutPortsGetsNoEndpoints() {
        ServiceEndpoints se = web(service("web", List.of()));
        se.upsertPod(pod("web-a", "10.244.1.5", "node-1", true));
        assertTrue(se.endpoints().subsets().isEmpty());
    }

    @Test
    void overAThousandAddressesTheObjectIsTruncatedAndAnnotated() {
        ServiceEndpoints se = web(webHttp());
        for (int i = 0; i < 1003; i++) {
            se.upsertPod(pod("web-" + i, "10.244." + (i / 250) + "." + (i % 250 + 1), "node-1", i % 2 == 0));
        }
        Endpoints ep = se.endpoints();
        assertEquals(Map.of("endpoints.kubernetes.io/over-capacity", "truncated"), ep.metadata().annotations());
        Endpoints.Subset subset = ep.subsets().get(0);
        // 502 ready addresses fit; the 501 not-ready ones are cut to the 498 places left.
        assertEquals(502, subset.addresses().size());
        assertEquals(498, subset.notReadyAddresses().size());

        se.removePod(pod("web-1", "10.244.0.2", "node-1", false));
        se.removePod(pod("web-3", "10.244.0.4", "node-1", false));
        se.removePod(pod("web-5", "10.244.0.6", "node-1", false));
        assertEquals(Map.of(), se.endpoints().metadata().annotations());
        assertEquals(1000, se.endpoints().subsets().get(0).notReadyAddresses().size()
                + se.endpoints().subsets().get(0).addresses().size());
    }

    @Test
    void serviceLabelsAreCopiedToTheEndpoints() {
        Service svc = service("web", "10.96.0.10", List.of(port("http", 80, IntOrString.of(8080))), false,
                Map.of("app", "web", "service.kubernetes.io/headless", ""));
        assertEquals(Map.of("app", "web"), web(svc).endpoints().metadata().labels());
    }
}
