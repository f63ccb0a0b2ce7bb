package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.port;
import static io.kubetutor.manifest.validate.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ValidateService: external IPs, load-balancer-only fields and traffic policies. */
class ServiceExternalAccessValidationTest {

    @Test
    void externalIpMustBeAnIpAddress() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"1.2.3.400\": must be a"
                + " valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)", kubectlCreate(withExternalIP("1.2.3.400")));
    }

    @Test
    void externalIpMayNotBeLoopback() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may not be in"
                + " the loopback range (127.0.0.0/8, ::1/128)", kubectlCreate(withExternalIP("127.0.0.1")));
    }

    @Test
    void externalIpMayNotBeUnspecified() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"0.0.0.0\": may not be"
                + " unspecified (0.0.0.0)", kubectlCreate(withExternalIP("0.0.0.0")));
    }

    @Test
    void externalIpMayNotBeLinkLocal() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"169.254.10.1\": may not be"
                + " in the link-local range (169.254.0.0/16, fe80::/10)", kubectlCreate(withExternalIP("169.254.10.1")));
    }

    @Test
    void externalIpMayNotBeLinkLocalMulticast() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"224.0.0.5\": may not be in"
                + " the link-local multicast range (224.0.0.0/24, ff02::/10)", kubectlCreate(withExternalIP("224.0.0.5")));
    }

    private static Service withExternalIP(String ip) {
        return service("web", s -> {
            s.ports = List.of(port(80));
            s.externalIPs = List.of(ip);
        });
    }

    @Test
    void sourceRangesOutsideALoadBalancerUseTheCapitalLPath() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.loadBalancerSourceRanges = List.of("10.0.0.0/8");
        });
        assertEquals("The Service \"web\" is invalid: spec.LoadBalancerSourceRanges: Forbidden: may only be used when"
                + " `type` is 'LoadBalancer'", kubectlCreate(svc));
    }

    @Test
    void sourceRangeMustBeACidr() {
        Service svc = service("web", s -> {
            s.type = "LoadBalancer";
            s.ports = List.of(port(80));
            s.loadBalancerSourceRanges = List.of(" 10.0.0.0/33 ");
        });
        assertEquals("The Service \"web\" is invalid: spec.LoadBalancerSourceRanges[0]: Invalid value: \"10.0.0.0/33\":"
                + " must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)", kubectlCreate(svc));
    }

    @Test
    void allocateLoadBalancerNodePortsOnlyForLoadBalancers() {
        Service svc = service("web", s -> {
            s.type = "NodePort";
            s.ports = List.of(port(80));
            s.allocateLoadBalancerNodePorts = false;
        });
        assertEquals("The Service \"web\" is invalid: spec.allocateLoadBalancerNodePorts: Forbidden: may only be used"
                + " when `type` is 'LoadBalancer'", kubectlCreate(svc));
    }

    @Test
    void loadBalancerClassOnlyForLoadBalancers() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.loadBalancerClass = "example.com/lb";
        });
        assertEquals("The Service \"web\" is invalid: spec.loadBalancerClass: Forbidden: may only be used when `type`"
                + " is 'LoadBalancer'", kubectlCreate(svc));
    }

    @Test
    void loadBalancerClassWithEmptyNamePartFailsTwice() {
        Service svc = service("web", s -> {
            s.type = "LoadBalancer";
            s.ports = List.of(port(80));
            s.loadBalancerClass = "example.com/";
        });
        assertEquals("The Service \"web\" is invalid: \n* spec.loadBalancerClass: Invalid value: \"example.com/\": name"
                + " part must be non-empty\n* spec.loadBalancerClass: Invalid value: \"example.com/\": name part must"
                + " consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric"
                + " character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
                + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", kubectlCreate(svc));
    }

    @Test
    void externalTrafficPolicyOnAnInternalServiceIsRefused() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.externalTrafficPolicy = "Local";
        });
        assertEquals("The Service \"web\" is invalid: spec.externalTrafficPolicy: Invalid value: \"Local\": may only be"
                + " set for externally-accessible services", kubectlCreate(svc));
    }

    @Test
    void unknownExternalTrafficPolicyIsUnsupported() {
        Service svc = service("web", s -> {
            s.type = "NodePort";
            s.ports = List.of(port(80));
            s.externalTrafficPolicy = "Global";
        });
        assertEquals("The Service \"web\" is invalid: spec.externalTrafficPolicy: Unsupported value: \"Global\":"
                + " supported values: \"Cluster\", \"Local\"", kubectlCreate(svc));
    }

    @Test
    void healthCheckNodePortOnANodePortServiceIsRefused() {
        Service svc = service("web", s -> {
            s.type = "NodePort";
            s.ports = List.of(port(80));
            s.externalTrafficPolicy = "Local";
            s.healthCheckNodePort = 30999;
        });
        assertEquals("The Service \"web\" is invalid: spec.healthCheckNodePort: Invalid value: 30999: may only be set"
                + " when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'", kubectlCreate(svc));
    }

    @Test
    void loadBalancerWithLocalPolicyNeedsAHealthCheckNodePort() {
        Service svc = service("web", s -> {
            s.type = "LoadBalancer";
            s.ports = List.of(port(80));
            s.externalTrafficPolicy = "Local";
        });
        // The allocator fills it on a real server; unallocated, validation asks for it.
        assertEquals("The Service \"web\" is invalid: spec.healthCheckNodePort: Required value", kubectlCreate(svc));
    }

    @Test
    void unknownInternalTrafficPolicyIsUnsupported() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.internalTrafficPolicy = "Node";
        });
        assertEquals("The Service \"web\" is invalid: spec.internalTrafficPolicy: Unsupported value: \"Node\":"
                + " supported values: \"Cluster\", \"Local\"", kubectlCreate(svc));
    }

    @Test
    void trafficDistributionOtherThanPreferCloseIsUnsupported() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.trafficDistribution = "Random";
        });
        assertEquals("The Service \"web\" is invalid: spec.trafficDistribution: Unsupported value: \"Random\":"
                + " supported values: \"PreferClose\"", kubectlCreate(svc));
    }
}
