package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.container;
import static io.kubetutor.manifest.validate.Fixtures.containerPort;
import static io.kubetutor.manifest.validate.Fixtures.httpProbe;
import static io.kubetutor.manifest.validate.Fixtures.meta;
import static io.kubetutor.manifest.validate.Fixtures.port;
import static io.kubetutor.manifest.validate.Fixtures.selector;
import static io.kubetutor.manifest.validate.Fixtures.service;
import static io.kubetutor.manifest.validate.Fixtures.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Probe;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import io.kubetutor.model.SessionAffinityConfig;
import io.kubetutor.model.StatefulSet;
import io.kubetutor.model.UnsimulatedObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SetDefaults_* as applied at decode time. */
class DefaultsTest {

    private static ServiceSpec defaulted(Service s) {
        return ((Service) Defaults.apply(s)).spec();
    }

    @Test
    void bareServiceBecomesClusterIpWithTcpPortsAndTargetPortEqualToPort() {
        ServiceSpec s = defaulted(service("web", b -> b.ports = List.of(port(80))));
        assertEquals("ClusterIP", s.type());
        assertEquals("None", s.sessionAffinity());
        assertEquals("TCP", s.ports().get(0).protocol());
        assertEquals(IntOrString.of(80), s.ports().get(0).targetPort());
        assertEquals("Cluster", s.internalTrafficPolicy());
        assertEquals("", s.externalTrafficPolicy());
        assertNull(s.allocateLoadBalancerNodePorts());
    }

    @Test
    void namedTargetPortIsKept() {
        ServiceSpec s = defaulted(service("web", b -> b.ports = List.of(port(null, null, 80, IntOrString.of("http"), 0))));
        assertEquals(IntOrString.of("http"), s.ports().get(0).targetPort());
    }

    @Test
    void nodePortServiceGetsClusterExternalTrafficPolicy() {
        assertEquals("Cluster", defaulted(service("web", b -> b.type = "NodePort")).externalTrafficPolicy());
    }

    @Test
    void clusterIpServiceWithExternalIpsIsExternallyAccessible() {
        assertEquals("Cluster", defaulted(service("web", b -> b.externalIPs = List.of("192.168.1.100")))
                .externalTrafficPolicy());
    }

    @Test
    void loadBalancerAllocatesNodePortsByDefaultAndMarksIngressIpsAsVip() {
        Service lb = service("web", b -> b.type = "LoadBalancer")
                .withStatus(new ServiceStatus(List.of(new ServiceStatus.LoadBalancerIngress("203.0.113.5", null, null))));
        Service d = (Service) Defaults.apply(lb);
        assertEquals(Boolean.TRUE, d.spec().allocateLoadBalancerNodePorts());
        assertEquals("Cluster", d.spec().externalTrafficPolicy());
        assertEquals("VIP", d.status().loadBalancerIngress().get(0).ipMode());
    }

    @Test
    void clientIpAffinityGetsThreeHourTimeout() {
        ServiceSpec s = defaulted(service("web", b -> b.sessionAffinity = "ClientIP"));
        assertEquals(10800, s.sessionAffinityConfig().clientIP().timeoutSeconds());
    }

    @Test
    void explicitClientIpTimeoutIsKept() {
        ServiceSpec s = defaulted(service("web", b -> {
            b.sessionAffinity = "ClientIP";
            b.sessionAffinityConfig = new SessionAffinityConfig(new SessionAffinityConfig.ClientIPConfig(60));
        }));
        assertEquals(60, s.sessionAffinityConfig().clientIP().timeoutSeconds());
    }

    @Test
    void affinityNoneClearsAnyAffinityConfig() {
        ServiceSpec s = defaulted(service("web", b ->
                b.sessionAffinityConfig = new SessionAffinityConfig(new SessionAffinityConfig.ClientIPConfig(60))));
        assertNull(s.sessionAffinityConfig());
    }

    @Test
    void externalNameServiceGetsNoTrafficPolicies() {
        ServiceSpec s = defaulted(service("db", b -> {
            b.type = "ExternalName";
            b.externalName = "db.example.com";
        }));
        assertNull(s.internalTrafficPolicy());
        assertEquals("", s.externalTrafficPolicy());
    }

    @Test
    void podGetsRestartDnsServiceLinksProtocolAndProbeDefaults() {
        Container c = container("web", "nginx", containerPort("http", 80)).withProbes(httpProbe(IntOrString.of(80)), null,
                null);
        Pod p = (Pod) Defaults.apply(Fixtures.pod("p", c));
        PodSpec s = p.spec();
        assertEquals("Always", s.restartPolicy());
        assertEquals("ClusterFirst", s.dnsPolicy());
        assertEquals(Boolean.TRUE, s.enableServiceLinks());
        assertEquals("TCP", s.containers().get(0).ports().get(0).protocol());
        Probe r = s.containers().get(0).readinessProbe();
        assertEquals(List.of(1, 10, 1, 3), List.of(r.timeoutSeconds(), r.periodSeconds(), r.successThreshold(),
                r.failureThreshold()));
        assertEquals("/", r.httpGet().path());
        assertEquals("HTTP", r.httpGet().scheme());
    }

    @Test
    void hostNetworkPodRepeatsContainerPortAsHostPort() {
        Pod p = new Pod(meta("p"), new PodSpec(null, null, null, null, List.of(container("web", "nginx",
                containerPort("http", 80))), null, null, null, true), null, null);
        assertEquals(80, ((Pod) Defaults.apply(p)).spec().containers().get(0).ports().get(0).hostPort());
    }

    @Test
    void deploymentGetsOneReplicaRollingUpdateAndTemplateDefaultsButNoServiceLinks() {
        Deployment d = new Deployment(meta("web"), new Deployment.Spec(null, selector(Map.of("app", "web")),
                template(Map.of("app", "web"), container("web", "nginx", containerPort("http", 80))), null, 0), null);
        Deployment.Spec s = ((Deployment) Defaults.apply(d)).spec();
        assertEquals(1, s.replicas());
        assertEquals("RollingUpdate", s.strategyType());
        assertEquals("Always", s.template().spec().restartPolicy());
        assertEquals("TCP", s.template().spec().containers().get(0).ports().get(0).protocol());
        assertNull(s.template().spec().enableServiceLinks());
    }

    @Test
    void statefulSetGetsOrderedReadyAndOneReplica() {
        StatefulSet ss = new StatefulSet(meta("web"), new StatefulSet.Spec(null, selector(Map.of("app", "web")),
                template(Map.of("app", "web"), container("web", "nginx")), "nginx", null, 0), null);
        StatefulSet.Spec s = ((StatefulSet) Defaults.apply(ss)).spec();
        assertEquals("OrderedReady", s.podManagementPolicy());
        assertEquals(1, s.replicas());
    }

    @Test
    void replicationControllerTakesSelectorAndLabelsFromItsTemplate() {
        ReplicationController rc = new ReplicationController(meta("web"), new ReplicationController.Spec(null, null,
                template(Map.of("app", "web"), container("web", "nginx")), 0), null);
        ReplicationController d = (ReplicationController) Defaults.apply(rc);
        assertEquals(Map.of("app", "web"), d.spec().selector());
        assertEquals(Map.of("app", "web"), d.metadata().labels());
        assertEquals(1, d.spec().replicas());
    }

    @Test
    void endpointsPortsDefaultToTcp() {
        Endpoints ep = new Endpoints(meta("db"), List.of(new Endpoints.Subset(List.of(new Endpoints.Address("10.0.0.5",
                null, null, null)), null, List.of(new Endpoints.Port(null, 5432, null, null)))), null);
        assertEquals("TCP", ((Endpoints) Defaults.apply(ep)).subsets().get(0).ports().get(0).protocol());
    }

    @Test
    void endpointSlicePortsDefaultToTcpAndAnEmptyName() {
        EndpointSlice es = new EndpointSlice(meta("db-x"), "IPv4", List.of(), List.of(new EndpointSlice.Port(null, 5432,
                null, null)), null);
        EndpointSlice.Port p = ((EndpointSlice) Defaults.apply(es)).ports().get(0);
        assertEquals("TCP", p.protocol());
        assertEquals("", p.name());
    }

    @Test
    void namespaceIsLabelledWithItsOwnName() {
        Namespace ns = (Namespace) Defaults.apply(new Namespace(ObjectMeta.named("dev", ""), null));
        assertEquals("dev", ns.metadata().labels().get("kubernetes.io/metadata.name"));
    }

    @Test
    void unsimulatedKindsAreLeftAlone() {
        UnsimulatedObject cm = new UnsimulatedObject("v1", "ConfigMap", meta("cfg"), true, null);
        assertSame(cm, Defaults.apply(cm));
    }
}
