package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ingress-nginx is there at start exactly when the topology says the cluster comes with it. */
class IngressNginxAtBootstrapTest {
    static Cluster cluster(boolean ingress, boolean cloud, long seed) {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology t = new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(cloud, "203.0.113.0/28"), d.proxyMode(),
                new ClusterTopology.IngressController(ingress));
        return new Cluster(t, seed);
    }

    static List<KubeObject> inIngressNginx(Cluster c) {
        return c.snapshot().objects().stream().filter(o -> o.namespace().equals("ingress-nginx")).toList();
    }

    static Pod controllerPod(Cluster c) {
        List<Pod> pods = c.snapshot().all(Pod.class).stream().filter(p -> p.namespace().equals("ingress-nginx")).toList();
        assertEquals(1, pods.size());
        return pods.get(0);
    }

    @Test
    void withoutTheTopologysIngressControllerThereIsNoIngressNginxAndNothingIsAllocatedForIt() {
        Cluster c = cluster(false, true, 1);
        assertTrue(c.get(Namespace.class, "", "ingress-nginx").isEmpty());
        assertEquals(List.of(), inIngressNginx(c));
        assertTrue(c.snapshot().all(IngressClass.class).isEmpty());
        assertEquals(2, c.api().clusterIpsInUse(), "only kubernetes and kube-dns");
        assertEquals(0, c.api().nodePortsInUse());
    }

    @Test
    void withACloudLoadBalancerTheControllerIsBehindALoadBalancerServiceWithLocalTraffic() {
        Cluster c = cluster(true, true, 1);
        Service svc = c.get(Service.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        assertEquals("LoadBalancer", svc.spec().type());
        assertEquals("Local", svc.spec().externalTrafficPolicy());
        assertTrue(c.api().nodePortAllocated(svc.spec().healthCheckNodePort()));
        assertEquals(List.of("http", "https"), svc.spec().ports().stream().map(ServicePort::name).toList());
        for (ServicePort p : svc.spec().ports()) {
            assertEquals(p.name(), p.appProtocol());
            assertEquals(IntOrString.of(p.name()), p.targetPort());
            assertEquals("TCP", p.protocol());
            assertTrue(c.api().nodePortAllocated(p.nodePort()), "node port " + p.nodePort());
        }
        assertEquals(List.of(80, 443), svc.spec().ports().stream().map(ServicePort::port).toList());
        assertEquals(List.of("IPv4"), svc.spec().ipFamilies());
        assertEquals("SingleStack", svc.spec().ipFamilyPolicy());
        assertTrue(c.api().clusterIpAllocated(svc.spec().clusterIP()));
        assertEquals("203.0.113.1", svc.status().loadBalancerIngress().get(0).ip(), "the cloud gave it an address");
        assertTrue(controllerArgs(c).contains("--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller"));
    }

    @Test
    void withoutACloudLoadBalancerTheControllerIsBehindANodePortServiceAsOnBareMetal() {
        Cluster c = cluster(true, false, 1);
        Service svc = c.get(Service.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        assertEquals("NodePort", svc.spec().type());
        assertEquals("Cluster", svc.spec().externalTrafficPolicy());
        assertEquals(0, svc.spec().healthCheckNodePort());
        assertTrue(svc.spec().ports().stream().allMatch(p -> c.api().nodePortAllocated(p.nodePort())));
        assertFalse(controllerArgs(c).stream().anyMatch(a -> a.startsWith("--publish-service")),
                "the bare-metal manifest has no Service address to publish");
    }

    @Test
    void theControllerDeploymentRunsTheManifestsContainer() {
        Cluster c = cluster(true, true, 1);
        Deployment d = c.get(Deployment.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        assertEquals(1, d.spec().replicas());
        Map<String, String> selector = Map.of("app.kubernetes.io/name", "ingress-nginx",
                "app.kubernetes.io/instance", "ingress-nginx", "app.kubernetes.io/component", "controller");
        assertEquals(selector, d.spec().selector().matchLabels());
        assertTrue(d.metadata().labels().entrySet().containsAll(selector.entrySet()));
        Container controller = d.spec().template().spec().containers().get(0);
        assertEquals("controller", controller.name());
        assertEquals("registry.k8s.io/ingress-nginx/controller:v1.15.1", controller.image());
        assertEquals(List.of("/nginx-ingress-controller", "--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller",
                "--election-id=ingress-nginx-leader", "--controller-class=k8s.io/ingress-nginx", "--ingress-class=nginx",
                "--configmap=$(POD_NAMESPACE)/ingress-nginx-controller", "--validating-webhook=:8443",
                "--validating-webhook-certificate=/usr/local/certificates/cert",
                "--validating-webhook-key=/usr/local/certificates/key", "--enable-metrics=false"), controller.args());
        assertEquals(List.of(new Container.ContainerPort("http", 80, "TCP", 0, ""),
                new Container.ContainerPort("https", 443, "TCP", 0, ""),
                new Container.ContainerPort("webhook", 8443, "TCP", 0, "")), controller.ports());
        for (var probe : List.of(controller.readinessProbe(), controller.livenessProbe())) {
            assertEquals("/healthz", probe.httpGet().path());
            assertEquals(IntOrString.of(10254), probe.httpGet().port());
            assertEquals(10, probe.initialDelaySeconds());
        }
        assertEquals(3, controller.readinessProbe().failureThreshold());
        assertEquals(5, controller.livenessProbe().failureThreshold());
    }

    @Test
    void theControllerPodRunsReadyOnTheLeastLoadedWorkerAndBacksBothServices() {
        Cluster c = cluster(true, true, 1);
        Pod pod = controllerPod(c);
        assertEquals("node2", pod.spec().nodeName(), "node1 already runs CoreDNS");
        assertEquals("10.244.1.2", pod.status().podIP());
        assertTrue(pod.status().ready());
        assertTrue(pod.name().startsWith("ingress-nginx-controller-"));
        Endpoints ep = c.get(Endpoints.class, "ingress-nginx", "ingress-nginx-controller").orElseThrow();
        assertEquals(List.of("10.244.1.2"), ep.subsets().get(0).addresses().stream().map(Endpoints.Address::ip).toList());
        assertEquals(List.of(80, 443), ep.subsets().get(0).ports().stream().map(Endpoints.Port::port).sorted().toList());
        Endpoints webhook = c.get(Endpoints.class, "ingress-nginx", "ingress-nginx-controller-admission").orElseThrow();
        assertEquals(8443, webhook.subsets().get(0).ports().get(0).port());
        c.advanceBy(10 * 60_000);
        Pod later = controllerPod(c);
        assertEquals(pod.name(), later.name());
        assertTrue(later.status().ready(), "its probes on 10254 pass");
        assertEquals(0, later.status().containerStatuses().get(0).restartCount());
    }

    @Test
    void theIngressClassNginxIsTheDefaultClassOfTheControllersController() {
        Cluster c = cluster(true, false, 1);
        IngressClass nginx = c.get(IngressClass.class, "", "nginx").orElseThrow();
        assertEquals("k8s.io/ingress-nginx", nginx.controller());
        assertTrue(nginx.isDefault());
        assertEquals("ingress-nginx", c.get(Namespace.class, "", "ingress-nginx").orElseThrow()
                .metadata().labels().get("app.kubernetes.io/name"));
    }

    @Test
    void theControllerPodNameIsTheSameForEverySeedAndDiffersBetweenTheTwoManifests() {
        String cloud = controllerPod(cluster(true, true, 1)).name();
        String bareMetal = controllerPod(cluster(true, false, 1)).name();
        for (long seed : new long[] {2, 42, -7}) {
            assertEquals(cloud, controllerPod(cluster(true, true, seed)).name());
            assertEquals(bareMetal, controllerPod(cluster(true, false, seed)).name());
        }
        assertNotEquals(cloud.substring(0, cloud.lastIndexOf('-')), bareMetal.substring(0, bareMetal.lastIndexOf('-')),
                "another template (--publish-service), another pod-template-hash");
    }

    @Test
    void aDeletedControllerPodIsReplaced() {
        Cluster c = cluster(true, false, 1);
        Pod victim = controllerPod(c);
        c.delete(ObjectKey.of(victim), "kubectl delete pod");
        c.advanceBy(Kubelet.APP_EXIT_MILLIS + Kubelet.CONTAINER_START_MILLIS + 10_000);
        Pod replacement = controllerPod(c);
        assertNotEquals(victim.name(), replacement.name());
        assertTrue(replacement.status().ready(), "ready after its first readiness probe at 10s");
    }

    private static List<String> controllerArgs(Cluster c) {
        return controllerPod(c).spec().containers().get(0).args();
    }
}
