package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.D;
import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.M;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.S;
import static io.kubetutor.kubectl.print.PrintFixtures.event;
import static io.kubetutor.kubectl.print.PrintFixtures.labels;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.port;
import static io.kubetutor.kubectl.print.PrintFixtures.service;
import static io.kubetutor.kubectl.print.PrintFixtures.sliceEndpoint;
import static io.kubetutor.kubectl.print.PrintFixtures.slicePort;
import static io.kubetutor.kubectl.print.PrintFixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus.LoadBalancerIngress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl describe service and endpoints. Expected text is what Go's text/tabwriter (minwidth 0,
 * tabwidth 8, padding 2) makes of the lines describe.go writes for these objects; the kubernetes
 * Service case reproduces a real cluster's output.
 */
class DescribeServiceTest {

    private static Service web() {
        ServiceSpec.Builder b = spec("ClusterIP", "10.96.45.12", labels("app", "web"),
                port("http", "TCP", 80, IntOrString.of("http-web"), 0),
                port("https", "TCP", 443, IntOrString.of(8443), 0));
        b.ipFamilyPolicy = "SingleStack";
        b.ipFamilies = List.of("IPv4");
        b.internalTrafficPolicy = "Cluster";
        return service(meta("web", "shop", 2 * M)
                .withLabels(labels("tier", "frontend", "app", "web"))
                .withAnnotations(labels("kubectl.kubernetes.io/last-applied-configuration", "{\"kind\":\"Service\"}\n",
                        "team", "payments")), b);
    }

    private static EndpointSlice webSlice() {
        return new EndpointSlice(meta("web-x7k2p", "shop", 2 * M), "IPv4",
                List.of(sliceEndpoint("10.244.1.5", true), sliceEndpoint("10.244.2.7", null),
                        sliceEndpoint("10.244.3.9", false)),
                List.of(slicePort("http", 8080), slicePort("https", 8443)), null);
    }

    @Test
    void twoPortsWithANamedTargetPortEachGetTheirReadyEndpointsFromTheSlices() {
        assertEquals(DWEB, Describe.service(web(), List.of(webSlice()), List.of(), NOW));
    }

    @Test
    void loadBalancerWithIngressNodePortPoliciesAndAnEventTableOldestFirst() {
        ServiceSpec.Builder b = spec("LoadBalancer", "10.96.7.7", labels("app", "edge"),
                port("", "TCP", 80, IntOrString.of(8080), 31000));
        b.ipFamilyPolicy = "SingleStack";
        b.ipFamilies = List.of("IPv4");
        b.externalTrafficPolicy = "Local";
        b.internalTrafficPolicy = "Cluster";
        b.healthCheckNodePort = 32000;
        b.loadBalancerSourceRanges = List.of("10.0.0.0/8");
        Service edge = service(meta("edge", "default", 47 * H), b,
                new LoadBalancerIngress("203.0.113.10", "", "VIP"), new LoadBalancerIngress("", "lb.example.com", null));
        List<EventRow> events = List.of(
                event("Normal", "EnsuredLoadBalancer", 2 * M, 2 * M, 1, "service-controller", "Ensured load balancer"),
                event("Normal", "EnsuringLoadBalancer", 47 * H, 2 * M + 3 * S, 4, "service-controller",
                        "Ensuring load balancer"));
        assertEquals(DEDGE, Describe.service(edge, List.of(), events, NOW));
    }

    @Test
    void theKubernetesServiceAsARealClusterDescribesIt() {
        ServiceSpec.Builder b = spec("ClusterIP", "10.100.0.1", null, port("https", "TCP", 443, IntOrString.of(443), 0));
        b.ipFamilyPolicy = "SingleStack";
        b.ipFamilies = List.of("IPv4");
        Service kubernetes = service(meta("kubernetes", "default", 3 * D)
                .withLabels(labels("provider", "kubernetes", "component", "apiserver")), b);
        EndpointSlice slice = new EndpointSlice(meta("kubernetes", "default", 3 * D), "IPv4",
                List.of(sliceEndpoint("192.168.109.32", true), sliceEndpoint("192.168.80.212", true)),
                List.of(slicePort("https", 443)), null);
        assertEquals(DKUBE, Describe.service(kubernetes, List.of(slice), List.of(), NOW));
    }

    @Test
    void withoutSlicesTheEndpointsLineIsNoneAndWithoutReadyOnesItIsEmpty() {
        EndpointSlice notReady = new EndpointSlice(meta("web-x7k2p", "shop", M), "IPv4",
                List.of(sliceEndpoint("10.244.3.9", false)), List.of(slicePort("http", 8080)), null);
        assertEquals("<none>", EndpointLists.describeSlices(List.of(), "http"));
        assertEquals("", EndpointLists.describeSlices(List.of(notReady), "http"));
        assertEquals("", EndpointLists.describeSlices(List.of(notReady), "other"));
    }

    @Test
    void moreThanThreeReadyEndpointsEndInHowManyMore() {
        EndpointSlice five = new EndpointSlice(meta("web-x7k2p", "shop", M), "IPv4",
                List.of(sliceEndpoint("10.0.0.1", true), sliceEndpoint("10.0.0.2", true), sliceEndpoint("10.0.0.3", true),
                        sliceEndpoint("10.0.0.4", true), sliceEndpoint("10.0.0.5", true)),
                List.of(slicePort("", 80)), null);
        assertEquals("10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...", EndpointLists.describeSlices(List.of(five), ""));
    }

    @Test
    void aNotReadyEndpointAfterThreeReadyOnesStillMarksTheListAsMore() {
        EndpointSlice s = new EndpointSlice(meta("web-x7k2p", "shop", M), "IPv4",
                List.of(sliceEndpoint("10.0.0.1", true), sliceEndpoint("10.0.0.2", true), sliceEndpoint("10.0.0.3", true),
                        sliceEndpoint("10.0.0.4", false)),
                List.of(slicePort("", 80)), null);
        assertEquals("10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 0 more...", EndpointLists.describeSlices(List.of(s), ""));
    }

    @Test
    void withoutAnEventListTheEventsSectionIsLeftOut() {
        String text = Describe.service(web(), List.of(webSlice()), null, NOW);
        assertEquals(DWEB.replace("Events:                   <none>\n", ""), text);
    }

    @Test
    void endpointsSubsetsAddressesNotReadyAddressesAndPortTables() {
        Endpoints.Subset first = new Endpoints.Subset(
                List.of(new Endpoints.Address("10.244.1.5", "", "worker-1", null),
                        new Endpoints.Address("10.244.2.7", "", "worker-2", null)),
                List.of(new Endpoints.Address("10.244.3.9", "", "worker-3", null)),
                List.of(new Endpoints.Port("http", 8080, "TCP", null), new Endpoints.Port("https", 8443, "TCP", null)));
        Endpoints.Subset second = new Endpoints.Subset(List.of(),
                List.of(new Endpoints.Address("10.244.4.4", "", "worker-1", null)),
                List.of(new Endpoints.Port("", 9090, "UDP", null)));
        Endpoints ep = new Endpoints(meta("web", "shop", M).withLabels(labels("app", "web")), List.of(first, second),
                null);
        assertEquals(DEP, Describe.endpoints(ep, List.of(), NOW));
    }

    private static final String DWEB = """
                Name:                     web
                Namespace:                shop
                Labels:                   app=web
                                          tier=frontend
                Annotations:              team: payments
                Selector:                 app=web
                Type:                     ClusterIP
                IP Family Policy:         SingleStack
                IP Families:              IPv4
                IP:                       10.96.45.12
                IPs:                      10.96.45.12
                Port:                     http  80/TCP
                TargetPort:               http-web/TCP
                Endpoints:                10.244.1.5:8080,10.244.2.7:8080
                Port:                     https  443/TCP
                TargetPort:               8443/TCP
                Endpoints:                10.244.1.5:8443,10.244.2.7:8443
                Session Affinity:         None
                Internal Traffic Policy:  Cluster
                Events:                   <none>
                """;

    private static final String DEDGE = """
                Name:                        edge
                Namespace:                   default
                Labels:                      <none>
                Annotations:                 <none>
                Selector:                    app=edge
                Type:                        LoadBalancer
                IP Family Policy:            SingleStack
                IP Families:                 IPv4
                IP:                          10.96.7.7
                IPs:                         10.96.7.7
                LoadBalancer Ingress:        203.0.113.10 (VIP), lb.example.com
                Port:                        <unset>  80/TCP
                TargetPort:                  8080/TCP
                NodePort:                    <unset>  31000/TCP
                Endpoints:                   <none>
                Session Affinity:            None
                External Traffic Policy:     Local
                Internal Traffic Policy:     Cluster
                HealthCheck NodePort:        32000
                LoadBalancer Source Ranges:  10.0.0.0/8
                Events:
                  Type    Reason                Age                 From                Message
                  ----    ------                ----                ----                -------
                  Normal  EnsuringLoadBalancer  2m3s (x4 over 47h)  service-controller  Ensuring load balancer
                  Normal  EnsuredLoadBalancer   2m                  service-controller  Ensured load balancer
                """;

    private static final String DKUBE = """
                Name:              kubernetes
                Namespace:         default
                Labels:            component=apiserver
                                   provider=kubernetes
                Annotations:       <none>
                Selector:          <none>
                Type:              ClusterIP
                IP Family Policy:  SingleStack
                IP Families:       IPv4
                IP:                10.100.0.1
                IPs:               10.100.0.1
                Port:              https  443/TCP
                TargetPort:        443/TCP
                Endpoints:         192.168.109.32:443,192.168.80.212:443
                Session Affinity:  None
                Events:            <none>
                """;

    private static final String DEP = """
                Name:         web
                Namespace:    shop
                Labels:       app=web
                Annotations:  <none>
                Subsets:
                  Addresses:          10.244.1.5,10.244.2.7
                  NotReadyAddresses:  10.244.3.9
                  Ports:
                    Name   Port  Protocol
                    ----   ----  --------
                    http   8080  TCP
                    https  8443  TCP
                
                  Addresses:          <none>
                  NotReadyAddresses:  10.244.4.4
                  Ports:
                    Name     Port  Protocol
                    ----     ----  --------
                    <unset>  9090  UDP
                
                Events:  <none>
                """;
}
