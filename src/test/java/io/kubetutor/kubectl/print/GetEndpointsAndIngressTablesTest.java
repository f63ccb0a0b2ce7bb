package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.D;
import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.M;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.S;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.sliceEndpoint;
import static io.kubetutor.kubectl.print.PrintFixtures.slicePort;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl get endpoints, endpointslices and ingress. Expected tables come from Go's text/tabwriter
 * with kubectl's settings over the cells printers.go makes (formatEndpoints, formatDiscoveryPorts,
 * formatDiscoveryEndpoints, formatHosts, formatPorts).
 */
class GetEndpointsAndIngressTablesTest {

    private static Endpoints.Address address(String ip) {
        return new Endpoints.Address(ip, "", "worker-1", null);
    }

    private static Endpoints.Port epPort(String name, int port) {
        return new Endpoints.Port(name, port, "TCP", null);
    }

    private static List<Endpoints> endpoints() {
        Endpoints.Subset five = new Endpoints.Subset(
                List.of(address("10.244.1.5"), address("10.244.1.6"), address("10.244.2.7"), address("10.244.2.8"),
                        address("10.244.3.2")),
                List.of(), List.of(epPort("", 8080)));
        Endpoints.Subset noneReady = new Endpoints.Subset(List.of(), List.of(address("10.244.1.9")),
                List.of(epPort("", 8080)));
        Endpoints.Subset portless = new Endpoints.Subset(List.of(address("10.244.3.2"), address("10.244.3.3")),
                List.of(), List.of());
        return List.of(
                new Endpoints(meta("web", "default", 2 * M + 3 * S), List.of(five), null),
                new Endpoints(meta("starting", "default", 59 * S), List.of(noneReady), null),
                new Endpoints(meta("manual", "default", 3 * H), List.of(), null),
                new Endpoints(meta("headless", "default", 47 * H), List.of(portless), null));
    }

    @Test
    void readyAddressesOnlyThreeThenHowManyMoreEmptyWhenNoneReadyNoneWithoutSubsets() {
        assertEquals(EP, GetTables.endpoints(endpoints(), NOW));
    }

    @Test
    void everyPortMultipliesTheAddressesCountedInTheMore() {
        Endpoints.Subset twoPorts = new Endpoints.Subset(List.of(address("10.0.0.1"), address("10.0.0.2")),
                List.of(), List.of(epPort("http", 80), epPort("https", 443)));
        assertEquals("""
                NAME   ENDPOINTS                                          AGE
                web    10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...   5m
                """,
                GetTables.endpoints(List.of(new Endpoints(meta("web", "default", 5 * M), List.of(twoPorts), null)),
                        NOW));
    }

    @Test
    void ipv6AddressesAreBracketedBeforeThePort() {
        Endpoints.Subset v6 = new Endpoints.Subset(List.of(address("fd00:10:244::5")), List.of(),
                List.of(epPort("", 8080)));
        assertEquals("""
                NAME   ENDPOINTS               AGE
                web    [fd00:10:244::5]:8080   5m
                """,
                GetTables.endpoints(List.of(new Endpoints(meta("web", "default", 5 * M), List.of(v6), null)), NOW));
    }

    private static List<EndpointSlice> slices() {
        List<EndpointSlice.Endpoint> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            // Every tenth is not ready: the slice table lists addresses regardless of readiness.
            many.add(sliceEndpoint("10.244." + (i / 250) + "." + i, i % 10 != 0));
        }
        return List.of(
                new EndpointSlice(meta("web-abc12", "default", 3 * D + 4 * H), "IPv4", many,
                        List.of(slicePort("http", 8080), slicePort("https", 8443)), null),
                new EndpointSlice(meta("empty-x9z8y", "default", 0), "IPv4", List.of(), List.of(), null),
                new EndpointSlice(meta("many-ports", "default", 2 * M), "IPv4",
                        List.of(sliceEndpoint("10.244.9.9", false)),
                        List.of(slicePort("a", 80), slicePort("b", 443), slicePort("c", 8080), slicePort("d", 9090)),
                        null));
    }

    @Test
    void slicesListAllAddressesThreeThenMoreAndUnsetWhenEmpty() {
        assertEquals(EPS, GetTables.endpointSlices(slices(), NOW));
    }

    @Test
    void aSlicePortWithoutNumberShowsItsNameAndWithoutEitherAStar() {
        EndpointSlice s = new EndpointSlice(meta("odd", "default", 0), "FQDN", List.of(),
                List.of(new EndpointSlice.Port("metrics", null, "TCP", null), new EndpointSlice.Port(null, null, null,
                        null)), null);
        assertEquals("""
                NAME   ADDRESSTYPE   PORTS       ENDPOINTS   AGE
                odd    FQDN          metrics,*   <unset>     0s
                """, GetTables.endpointSlices(List.of(s), NOW));
    }

    private static Ingress.Rule rule(String host) {
        return new Ingress.Rule(host, null);
    }

    private static List<Ingress> ingresses() {
        return List.of(
                new Ingress(meta("shop", "default", 3 * H), new Ingress.Spec("nginx", null,
                        List.of(new Ingress.Tls(List.of("shop.example.com"), "shop-tls")),
                        List.of(rule("shop.example.com"), rule("api.example.com"))), List.of("203.0.113.7"), null),
                new Ingress(meta("catch-all", "default", 59 * S), new Ingress.Spec(null, null, List.of(),
                        List.of(rule(""))), List.of(), null),
                new Ingress(meta("many", "default", 3 * D + 4 * H), new Ingress.Spec("nginx", null, List.of(),
                        List.of(rule("a.example.com"), rule("b.example.com"), rule("c.example.com"),
                                rule("d.example.com"), rule(""))),
                        List.of("lb-0123456789.elb.example.com"), null));
    }

    @Test
    void ingressClassHostsAddressAndPortsCells() {
        assertEquals(ING, GetTables.ingresses(ingresses(), NOW));
    }

    private static final String EP = """
                NAME       ENDPOINTS                                                     AGE
                web        10.244.1.5:8080,10.244.1.6:8080,10.244.2.7:8080 + 2 more...   2m3s
                starting                                                                 59s
                manual     <none>                                                        3h
                headless   10.244.3.2,10.244.3.3                                         47h
                """;

    private static final String EPS = """
                NAME          ADDRESSTYPE   PORTS                     ENDPOINTS                                        AGE
                web-abc12     IPv4          8080,8443                 10.244.0.1,10.244.0.2,10.244.0.3 + 147 more...   3d4h
                empty-x9z8y   IPv4          <unset>                   <unset>                                          0s
                many-ports    IPv4          80,443,8080 + 1 more...   10.244.9.9                                       2m
                """;

    private static final String ING = """
                NAME        CLASS    HOSTS                                                   ADDRESS                         PORTS     AGE
                shop        nginx    shop.example.com,api.example.com                        203.0.113.7                     80, 443   3h
                catch-all   <none>   *                                                                                       80        59s
                many        nginx    a.example.com,b.example.com,c.example.com + 2 more...   lb-0123456789.elb.example.com   80        3d4h
                """;
}
