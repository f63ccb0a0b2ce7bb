package io.kubetutor.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTypesTest {

    @Test
    void onlyALoadBalancerWithLocalPolicyNeedsAHealthCheckPort() {
        assertTrue(ServiceTypes.needsHealthCheck("LoadBalancer", "Local"));
        assertFalse(ServiceTypes.needsHealthCheck("NodePort", "Local"));
        assertFalse(ServiceTypes.needsHealthCheck("LoadBalancer", "Cluster"));
    }

    @Test
    void aClusterIpServiceIsExternallyAccessibleOnlyThroughExternalIps() {
        assertFalse(ServiceTypes.externallyAccessible("ClusterIP", List.of()));
        assertTrue(ServiceTypes.externallyAccessible("ClusterIP", List.of("203.0.113.5")));
        assertTrue(ServiceTypes.externallyAccessible("NodePort", List.of()));
        assertFalse(ServiceTypes.externallyAccessible("ExternalName", List.of("203.0.113.5")));
    }
}
