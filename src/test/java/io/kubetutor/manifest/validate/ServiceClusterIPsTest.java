package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.kubectlUpdate;
import static io.kubetutor.manifest.validate.Fixtures.port;
import static io.kubetutor.manifest.validate.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.StatusErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** clusterIP / clusterIPs / ipFamilies handling: allocation-time defaults, early validation, updates. */
class ServiceClusterIPsTest {

    private static Service svc(Consumer<ServiceSpec.Builder> extra) {
        return service("web", s -> {
            s.selector = Map.of("app", "web");
            s.ports = List.of(port(80));
            extra.accept(s);
        });
    }

    @Test
    void malformedClusterIpFailsDuringAllocation() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: \"10.96.0.300\": must be a"
                + " valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)", kubectlCreate(svc(s -> s.clusterIP = "10.96.0.300")));
    }

    @Test
    void clusterIpsMustStartWithClusterIp() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: [\"10.96.0.11\"]: first value must"
                + " match `clusterIP`", kubectlCreate(svc(s -> {
                    s.clusterIP = "10.96.0.10";
                    s.clusterIPs = List.of("10.96.0.11");
                })));
    }

    @Test
    void clusterIpsWithoutClusterIpAreRefused() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: [\"10.96.0.11\"]: must be empty"
                + " when `clusterIP` is not specified", kubectlCreate(svc(s -> s.clusterIPs = List.of("10.96.0.11"))));
    }

    @Test
    void noneMustStandAlone() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: [\"None\",\"10.96.0.1\"]: 'None'"
                + " must be the first and only value", kubectlCreate(svc(s -> {
                    s.clusterIP = "None";
                    s.clusterIPs = List.of("None", "10.96.0.1");
                })));
    }

    @Test
    void atMostTwoClusterIps() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: [\"10.96.0.1\",\"fd00::1\","
                + "\"10.96.0.2\"]: may only hold up to 2 values", kubectlCreate(svc(s -> {
                    s.clusterIP = "10.96.0.1";
                    s.clusterIPs = List.of("10.96.0.1", "fd00::1", "10.96.0.2");
                })));
    }

    @Test
    void twoClusterIpsOfOneFamilyAreRefused() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: [\"10.96.0.1\",\"10.96.0.2\"]:"
                + " may specify no more than one IP for each IP family", kubectlCreate(svc(s -> {
                    s.clusterIP = "10.96.0.1";
                    s.clusterIPs = List.of("10.96.0.1", "10.96.0.2");
                })));
    }

    @Test
    void unknownIpFamilyPolicyIsUnsupported() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilyPolicy: Unsupported value: \"Bogus\": supported"
                + " values: \"PreferDualStack\", \"RequireDualStack\", \"SingleStack\"",
                kubectlCreate(svc(s -> s.ipFamilyPolicy = "Bogus")));
    }

    @Test
    void unknownIpFamilyIsUnsupported() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilies[0]: Unsupported value: \"IPv5\": supported"
                + " values: \"IPv4\", \"IPv6\"", kubectlCreate(svc(s -> s.ipFamilies = List.of("IPv5"))));
    }

    @Test
    void requireDualStackOnASingleStackClusterIsRefused() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": this"
                + " cluster is not configured for dual-stack services",
                kubectlCreate(svc(s -> s.ipFamilyPolicy = "RequireDualStack")));
    }

    @Test
    void ipv6FamilyIsNotConfiguredOnTheTutorsCluster() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not configured on"
                + " this cluster", kubectlCreate(svc(s -> s.ipFamilies = List.of("IPv6"))));
    }

    @Test
    void ipv6ClusterIpIsNotConfiguredOnTheTutorsCluster() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: [\"fd00::10\"]: IPv6 is not"
                + " configured on this cluster", kubectlCreate(svc(s -> s.clusterIP = "fd00::10")));
    }

    @Test
    void clusterIpOfTheWrongFamilyIsRefused() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: \"10.96.0.10\": expected an"
                + " IPv6 value as indicated by `ipFamilies[0]`", kubectlCreate(svc(s -> {
                    s.clusterIP = "10.96.0.10";
                    s.ipFamilies = List.of("IPv6");
                })));
    }

    @Test
    void singleStackWithTwoFamiliesIsRefused() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be"
                + " 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified",
                kubectlCreate(svc(s -> {
                    s.ipFamilyPolicy = "SingleStack";
                    s.ipFamilies = List.of("IPv4", "IPv6");
                })));
    }

    @Test
    void ordinaryServiceGetsSingleStackIpv4() {
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                (Service) Defaults.apply(svc(s -> { })));
        assertTrue(r.ok());
        assertEquals("SingleStack", r.service().spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4"), r.service().spec().ipFamilies());
    }

    @Test
    void headlessServiceWithoutSelectorRequiresDualStackAndListsBothFamilies() {
        Service headless = service("db", s -> {
            s.clusterIP = "None";
            s.ports = List.of(port(5432));
        });
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                ServiceAllocationDefaults.normalizeClusterIPs((Service) Defaults.apply(headless)));
        assertTrue(r.ok());
        assertEquals("RequireDualStack", r.service().spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4", "IPv6"), r.service().spec().ipFamilies());
        assertTrue(Validation.validateCreate(r.service()).isEmpty());
    }

    @Test
    void headlessServiceWithSelectorStaysSingleStack() {
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                ServiceAllocationDefaults.normalizeClusterIPs((Service) Defaults.apply(svc(s -> s.clusterIP = "None"))));
        assertEquals("SingleStack", r.service().spec().ipFamilyPolicy());
        assertEquals(List.of("IPv4"), r.service().spec().ipFamilies());
    }

    @Test
    void externalNameServiceGetsNoIpFamilyFields() {
        Service ext = service("db", s -> {
            s.type = "ExternalName";
            s.externalName = "db.example.com";
        });
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields((Service) Defaults.apply(ext));
        assertTrue(r.ok());
        assertNull(r.service().spec().ipFamilyPolicy());
        assertTrue(r.service().spec().ipFamilies().isEmpty());
    }

    @Test
    void clusterFamiliesFollowTheServiceCidr() {
        assertEquals(List.of("IPv4"), ServiceAllocationDefaults.clusterFamilies(ClusterTopology.defaults()));
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology v6 = new ClusterTopology(d.nodes(), d.clients(), "fd00:10:96::/112", d.nodePortRange(),
                d.cloudLoadBalancer(), d.proxyMode());
        assertEquals(List.of("IPv6"), ServiceAllocationDefaults.clusterFamilies(v6));
    }

    @Test
    void headlessServiceWithoutSelectorGetsBothFamiliesOnlyWhenNotSingleStack() {
        Service headless = service("db", s -> {
            s.clusterIP = "None";
            s.ipFamilyPolicy = "SingleStack";
            s.ports = List.of(port(5432));
        });
        ServiceAllocationDefaults.Result r = ServiceAllocationDefaults.initIpFamilyFields(
                ServiceAllocationDefaults.normalizeClusterIPs((Service) Defaults.apply(headless)));
        assertEquals(List.of("IPv4"), r.service().spec().ipFamilies());
    }

    @Test
    void preferDualStackUpdateThatKeepsItsIpFieldsIsLeftAlone() {
        // Stored while the cluster was dual-stack; the single-stack cluster must not refuse or downgrade it.
        Service old = (Service) Defaults.apply(svc(s -> {
            s.clusterIP = "10.96.0.10";
            s.clusterIPs = List.of("10.96.0.10", "fd00::10");
            s.ipFamilies = List.of("IPv4", "IPv6");
            s.ipFamilyPolicy = "PreferDualStack";
        }));
        ServiceAllocationDefaults.Result kept = ServiceAllocationDefaults.initIpFamilyFields(old, old, List.of("IPv4"));
        assertTrue(kept.ok());
        assertEquals(old, kept.service());
        ServiceSpec.Builder b = old.spec().toBuilder();
        b.ipFamilyPolicy = "RequireDualStack";
        ServiceAllocationDefaults.Result required = ServiceAllocationDefaults.initIpFamilyFields(
                old.withSpec(b.build()), old, List.of("IPv4"));
        assertEquals("The Service \"web\" is invalid: \n* spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": this"
                + " cluster is not configured for dual-stack services\n* spec.ipFamilies[1]: Invalid value: \"IPv6\": not"
                + " configured on this cluster", StatusErrors.invalid("Service", "web", required.errors()));
    }

    @Test
    void normalizingOnCreateCopiesClusterIpIntoClusterIps() {
        Service n = ServiceAllocationDefaults.normalizeClusterIPs(svc(s -> s.clusterIP = "10.96.0.10"));
        assertEquals(List.of("10.96.0.10"), n.spec().clusterIPs());
    }

    @Test
    void normalizingOnUpdateKeepsStoredClusterIpsWhenTheClientSentNone() {
        Service old = svc(s -> {
            s.clusterIP = "10.96.0.10";
            s.clusterIPs = List.of("10.96.0.10");
        });
        Service n = ServiceAllocationDefaults.normalizeClusterIPs(svc(s -> s.clusterIP = "10.96.0.10"), old);
        assertEquals(List.of("10.96.0.10"), n.spec().clusterIPs());
    }

    @Test
    void exposedEarlyCheckReportsTheSameErrors() {
        List<FieldError> errs = Validation.validateServiceClusterIPsRelatedFields(svc(s -> s.clusterIPs = List.of("x")));
        assertEquals("The Service \"web\" is invalid: \n* spec.clusterIPs: Invalid value: [\"x\"]: must be empty when"
                + " `clusterIP` is not specified\n* spec.clusterIPs[0]: Invalid value: \"x\": must be a valid IP address,"
                + " (e.g. 10.9.8.7 or 2001:db8::ffff)", StatusErrors.invalid("Service", "web", errs));
    }

    private static Service stored(Consumer<ServiceSpec.Builder> extra) {
        Service s = svc(b -> {
            b.clusterIP = "10.96.0.10";
            extra.accept(b);
        });
        s = ServiceAllocationDefaults.normalizeClusterIPs((Service) Defaults.apply(s));
        return ServiceAllocationDefaults.initIpFamilyFields(s).service();
    }

    @Test
    void changingTheClusterIpIsRefusedOnUpdate() {
        Service old = stored(s -> { });
        ServiceSpec.Builder b = old.spec().toBuilder();
        b.clusterIP = "10.96.0.11";
        Service updated = ServiceAllocationDefaults.normalizeClusterIPs(old.withSpec(b.build()), old);
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: [\"10.96.0.11\"]: may not"
                + " change once set", kubectlUpdate(old, updated));
    }

    @Test
    void unchangedServiceUpdatesCleanly() {
        Service old = stored(s -> { });
        assertEquals("", kubectlUpdate(old, old));
    }

    @Test
    void switchingToExternalNameSkipsTheClusterIpImmutability() {
        Service old = stored(s -> { });
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = "ExternalName";
        b.externalName = "db.example.com";
        Service updated = (Service) Defaults.apply(old.withSpec(b.build()));
        assertFalse(kubectlUpdate(old, updated).contains("may not change once set"));
        assertEquals("", kubectlUpdate(old, updated));
    }

    @Test
    void healthCheckNodePortIsImmutable() {
        Service old = stored(s -> {
            s.type = "LoadBalancer";
            s.externalTrafficPolicy = "Local";
            s.healthCheckNodePort = 30999;
        });
        ServiceSpec.Builder b = old.spec().toBuilder();
        b.healthCheckNodePort = 31000;
        assertEquals("The Service \"web\" is invalid: spec.healthCheckNodePort: Forbidden: field is immutable",
                kubectlUpdate(old, old.withSpec(b.build())));
    }

    @Test
    void loadBalancerClassMayNotChangeOnceSet() {
        Service old = stored(s -> {
            s.type = "LoadBalancer";
            s.loadBalancerClass = "a.io/lb";
        });
        ServiceSpec.Builder b = old.spec().toBuilder();
        b.loadBalancerClass = "b.io/lb";
        assertEquals("The Service \"web\" is invalid: spec.loadBalancerClass: Invalid value: \"b.io/lb\": may not"
                + " change once set", kubectlUpdate(old, old.withSpec(b.build())));
    }

    @Test
    void renamingOnUpdateIsImmutable() {
        Service old = stored(s -> { });
        Service renamed = old.withMetadata(old.metadata().withNamespace("prod"));
        assertEquals("The Service \"web\" is invalid: metadata.namespace: Invalid value: \"prod\": field is immutable",
                kubectlUpdate(old, renamed));
    }
}
