package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.D;
import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.M;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.S;
import static io.kubetutor.kubectl.print.PrintFixtures.labels;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.port;
import static io.kubetutor.kubectl.print.PrintFixtures.service;
import static io.kubetutor.kubectl.print.PrintFixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus.LoadBalancerIngress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kubectl get services. Expected tables were produced by Go's text/tabwriter with kubectl's settings
 * (minwidth 6, tabwidth 4, padding 3) from the cells printers.go makes for these objects.
 */
class GetServicesTableTest {

    private static List<Service> services() {
        ServiceSpec.Builder mixed = spec("LoadBalancer", "10.96.9.9", labels("app", "dns"),
                port("", "UDP", 53, IntOrString.of(53), 31053));
        mixed.externalIPs = List.of("198.51.100.5");
        return List.of(
                service(meta("kubernetes", "default", 3 * D + 4 * H),
                        spec("ClusterIP", "10.96.0.1", null, port("https", "TCP", 443, IntOrString.of(6443), 0))),
                service(meta("web", "default", 2 * M + 3 * S),
                        spec("ClusterIP", "10.96.45.12", labels("app", "web"),
                                port("", "TCP", 80, IntOrString.of(8080), 0))),
                service(meta("db", "default", 59 * S),
                        spec("ClusterIP", "None", labels("tier", "backend", "app", "db"),
                                port("", "TCP", 5432, IntOrString.of(5432), 0))),
                service(meta("shop", "default", 3 * H),
                        spec("NodePort", "10.96.100.7", labels("app", "shop"),
                                port("http", "TCP", 80, IntOrString.of("http"), 30080),
                                port("https", "TCP", 443, IntOrString.of(8443), 30443))),
                service(meta("edge", "default", 47 * H),
                        spec("LoadBalancer", "10.96.7.7", labels("app", "edge"),
                                port("", "TCP", 80, IntOrString.of(8080), 31000))),
                service(meta("public", "default", 0),
                        spec("LoadBalancer", "10.96.8.8", labels("app", "public"),
                                port("", "TCP", 80, IntOrString.of(8080), 31001)),
                        new LoadBalancerIngress("", "a1b2c3d4e5f6-1234567890.us-east-1.elb.amazonaws.com", null)),
                service(meta("mixed", "default", 5 * M), mixed,
                        new LoadBalancerIngress("203.0.113.10", "", "VIP")),
                service(meta("legacy", "default", 5 * M), externalName()));
    }

    private static ServiceSpec.Builder externalName() {
        ServiceSpec.Builder b = spec("ExternalName", "", null);
        b.externalName = "db.example.com";
        b.sessionAffinity = "";
        return b;
    }

    @Test
    void everyServiceTypeGetsItsClusterIpExternalIpAndPortsCells() {
        assertEquals(SVC, GetTables.services(services(), false, NOW));
    }

    @Test
    void wideAddsTheSortedSelectorAndNoneWithoutOne() {
        assertEquals(SVCWIDE, GetTables.services(services(), true, NOW));
    }

    @Test
    void aLongLoadBalancerHostnameIsNotCutBecauseTheServerBuildsRowsWide() {
        String table = GetTables.services(services(), false, NOW);
        assertEquals(true, table.contains(" a1b2c3d4e5f6-1234567890.us-east-1.elb.amazonaws.com "));
    }

    @Test
    void allNamespacesPutsTheNamespaceFirst() {
        List<Service> two = List.of(
                service(meta("kube-dns", "kube-system", 3 * D),
                        spec("ClusterIP", "10.96.0.10", labels("k8s-app", "kube-dns"),
                                port("dns", "UDP", 53, IntOrString.of(53), 0),
                                port("dns-tcp", "TCP", 53, IntOrString.of(53), 0),
                                port("metrics", "TCP", 9153, IntOrString.of(9153), 0))),
                service(meta("web", "shop", 2 * M), spec("ClusterIP", "10.96.45.12", labels("app", "web"),
                        port("", "TCP", 80, IntOrString.of(8080), 0))));
        assertEquals("""
                NAMESPACE     NAME       TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
                kube-system   kube-dns   ClusterIP   10.96.0.10    <none>        53/UDP,53/TCP,9153/TCP   3d
                shop          web        ClusterIP   10.96.45.12   <none>        80/TCP                   2m
                """, GetTables.services(two, false, true, NOW));
    }

    @Test
    void kubeDnsMatchesARealClustersOutput() {
        Service dns = service(meta("kube-dns", "kube-system", 4 * D + 21 * H),
                spec("ClusterIP", "10.96.0.10", labels("k8s-app", "kube-dns"),
                        port("dns", "UDP", 53, IntOrString.of(53), 0),
                        port("dns-tcp", "TCP", 53, IntOrString.of(53), 0),
                        port("metrics", "TCP", 9153, IntOrString.of(9153), 0)));
        assertEquals("""
                NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
                kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   4d21h
                """, GetTables.services(List.of(dns), false, NOW));
    }

    @Test
    void noServicesPrintsNothingNotEvenTheHeader() {
        assertEquals("", GetTables.services(List.of(), false, NOW));
    }

    private static final String SVC = """
                NAME         TYPE           CLUSTER-IP    EXTERNAL-IP                                           PORT(S)                      AGE
                kubernetes   ClusterIP      10.96.0.1     <none>                                                443/TCP                      3d4h
                web          ClusterIP      10.96.45.12   <none>                                                80/TCP                       2m3s
                db           ClusterIP      None          <none>                                                5432/TCP                     59s
                shop         NodePort       10.96.100.7   <none>                                                80:30080/TCP,443:30443/TCP   3h
                edge         LoadBalancer   10.96.7.7     <pending>                                             80:31000/TCP                 47h
                public       LoadBalancer   10.96.8.8     a1b2c3d4e5f6-1234567890.us-east-1.elb.amazonaws.com   80:31001/TCP                 0s
                mixed        LoadBalancer   10.96.9.9     203.0.113.10,198.51.100.5                             53:31053/UDP                 5m
                legacy       ExternalName   <none>        db.example.com                                        <none>                       5m
                """;

    private static final String SVCWIDE = """
                NAME         TYPE           CLUSTER-IP    EXTERNAL-IP                                           PORT(S)                      AGE    SELECTOR
                kubernetes   ClusterIP      10.96.0.1     <none>                                                443/TCP                      3d4h   <none>
                web          ClusterIP      10.96.45.12   <none>                                                80/TCP                       2m3s   app=web
                db           ClusterIP      None          <none>                                                5432/TCP                     59s    app=db,tier=backend
                shop         NodePort       10.96.100.7   <none>                                                80:30080/TCP,443:30443/TCP   3h     app=shop
                edge         LoadBalancer   10.96.7.7     <pending>                                             80:31000/TCP                 47h    app=edge
                public       LoadBalancer   10.96.8.8     a1b2c3d4e5f6-1234567890.us-east-1.elb.amazonaws.com   80:31001/TCP                 0s     app=public
                mixed        LoadBalancer   10.96.9.9     203.0.113.10,198.51.100.5                             53:31053/UDP                 5m     app=dns
                legacy       ExternalName   <none>        db.example.com                                        <none>                       5m     <none>
                """;
}
