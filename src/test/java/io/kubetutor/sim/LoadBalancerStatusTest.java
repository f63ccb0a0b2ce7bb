package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerStatusTest {
    private static final String LB = """
            apiVersion: v1
            kind: Service
            metadata: {name: %s}
            spec:
              type: LoadBalancer
              selector: {app: web}
              ports: [{port: 80}]
            """;

    private static Cluster withCloud(boolean enabled) {
        ClusterTopology d = ClusterTopology.defaults();
        return new Cluster(new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(enabled, "203.0.113.0/30"), d.proxyMode()), 1);
    }

    private static Service svc(Cluster c, String name) {
        return c.get(Service.class, "default", name).orElseThrow();
    }

    @Test
    void withoutACloudLoadBalancerTheServiceKeepsAnEmptyStatus() {
        Cluster c = withCloud(false);
        Clusters.apply(c, LB.formatted("web"));
        assertEquals(ServiceStatus.EMPTY, svc(c, "web").status());
    }

    @Test
    void withOneEachServiceGetsTheNextAddressOfThePoolUntilItRunsOut() {
        Cluster c = withCloud(true);
        Clusters.apply(c, LB.formatted("a") + "---\n" + LB.formatted("b") + "---\n" + LB.formatted("c"));
        assertEquals(List.of(new ServiceStatus.LoadBalancerIngress("203.0.113.1", "", "VIP")),
                svc(c, "a").status().loadBalancerIngress());
        assertEquals("203.0.113.2", svc(c, "b").status().loadBalancerIngress().get(0).ip());
        assertTrue(svc(c, "c").status().loadBalancerIngress().isEmpty(), "a /30 has two usable addresses");
        c.delete(ObjectKey.service("default", "a"), "kubectl delete");
        assertTrue(c.events().all().stream().anyMatch(e -> e.text().equals(
                "service/a deleted → load balancer address 203.0.113.1 of Service a released")));
    }

    @Test
    void aServiceThatStopsBeingALoadBalancerGivesItsAddressBack() {
        Cluster c = withCloud(true);
        Clusters.apply(c, LB.formatted("web"));
        Clusters.apply(c, LB.formatted("web").replace("LoadBalancer", "NodePort"));
        assertEquals(ServiceStatus.EMPTY, svc(c, "web").status());
        Clusters.apply(c, LB.formatted("other"));
        assertEquals("203.0.113.1", svc(c, "other").status().loadBalancerIngress().get(0).ip());
    }

    @Test
    void aLoadBalancerTrafficPolicyLocalServiceHoldsAHealthCheckNodePort() {
        Cluster c = withCloud(true);
        Clusters.apply(c, LB.formatted("web").replace("type: LoadBalancer",
                "type: LoadBalancer\n  externalTrafficPolicy: Local"));
        int port = svc(c, "web").spec().healthCheckNodePort();
        assertTrue(port >= 30000 && port <= 32767);
        assertTrue(c.events().all().stream().anyMatch(e -> e.kind() == ClusterEvent.Kind.ALLOCATED
                && e.effect().equals("healthCheckNodePort " + port + " allocated to Service web")));
    }
}
