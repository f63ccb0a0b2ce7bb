package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.all;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static io.kubetutor.sim.Manifests.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.FieldError;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.StatefulSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApplyTranscriptTest {

    @Test
    void anObjectInAMissingNamespaceIsNotFoundAndTakesNothing() {
        ApiServer s = server();
        Service web = service("shop", "web", b -> { });
        ApplyResult r = s.apply(FILE, all(web), false);
        String text = "Error from server (NotFound): error when creating \"web.yaml\": namespaces \"shop\" not found";
        assertEquals(List.of(text), r.lines());
        assertEquals(text, r.diagnostics().get(0).message());
        assertEquals(2, s.clusterIpsInUse());
    }

    @Test
    void aNamespaceCreatedEarlierInTheSameApplyCanBeUsed() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(Manifests.namespace("shop"), service("shop", "web", b -> { })), false);
        assertEquals(List.of("namespace/shop created", "service/web created"), r.lines());
        Namespace shop = s.get(Namespace.class, "", "shop").orElseThrow();
        assertEquals("shop", shop.metadata().labels().get("kubernetes.io/metadata.name"));
        assertTrue(s.get(Service.class, "shop", "web").isPresent());
    }

    @Test
    void aFailedObjectDoesNotStopTheOthersAndItsErrorComesLast() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("bad", "NodePort", tcp("", 80, 80)),
                service("good", "ClusterIP", tcp("", 80))), false);
        assertEquals(List.of("service/good created", "The Service \"bad\" is invalid: spec.ports[0].nodePort: "
                + "Invalid value: 80: provided port is not in the valid range. The range of valid ports is "
                + "30000-32767"), r.lines());
        assertTrue(r.failed());
    }

    @Test
    void severalFailuresPrintOneErrorFromServerLineEach() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("a", "NodePort", tcp("", 80, 80)),
                service("b", "ClusterIP", tcp("", 80)), service("shop", "c", x -> { })), false);
        assertEquals(List.of("service/b created",
                "Error from server (Invalid): error when creating \"web.yaml\": Service \"a\" is invalid: "
                        + "spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The "
                        + "range of valid ports is 30000-32767",
                "Error from server (NotFound): error when creating \"web.yaml\": namespaces \"shop\" not found"),
                r.lines());
        assertEquals(2, r.diagnostics().size());
    }

    @Test
    void validationErrorsAreReportedAtTheFirstFieldAndTheAllocationsGivenBack() {
        ServerChecks refuseNodePortOnClusterIp = new ServerChecks() {
            @Override
            public KubeObject defaults(KubeObject o) {
                return o;
            }

            @Override
            public List<FieldError> validateCreate(KubeObject o) {
                return o.name().equals("web") ? List.of(
                        FieldError.forbidden("spec.ports[0].nodePort", "may not be used when `type` is 'ClusterIP'"),
                        FieldError.required("spec.ports[1].name", "")) : List.of();
            }

            @Override
            public List<FieldError> validateUpdate(KubeObject old, KubeObject updated) {
                return validateCreate(updated);
            }
        };
        ApiServer s = new ApiServer(ClusterTopology.defaults(), new SplittableRandom(1), refuseNodePortOnClusterIp);
        Service web = Manifests.withOrigin(service("web", "NodePort", tcp("", 80), tcp("", 81)),
                Manifests.at(1, Map.of("spec.ports[0].nodePort", new SourcePos(12, 17),
                        "spec.ports[1].name", new SourcePos(14, 9))));
        ApplyResult r = s.apply(FILE, all(web), false);
        String text = "The Service \"web\" is invalid: \n"
                + "* spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'\n"
                + "* spec.ports[1].name: Required value";
        assertEquals(List.of(text), r.lines());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(new SourcePos(12, 17), d.pos());
        assertEquals(List.of(
                new Diagnostic.Detail(new SourcePos(12, 17), "spec.ports[0].nodePort",
                        "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"),
                new Diagnostic.Detail(new SourcePos(14, 9), "spec.ports[1].name", "spec.ports[1].name: Required value")),
                d.details());
        assertEquals(2, s.clusterIpsInUse());
        assertEquals(0, s.nodePortsInUse());
        assertTrue(s.get(Service.class, "default", "web").isEmpty());

        ApplyResult two = s.apply(FILE, all(web, Manifests.withOrigin(web, Manifests.at(30))), false);
        assertEquals("Error from server (Invalid): error when creating \"web.yaml\": Service \"web\" is invalid: "
                + "[spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP', "
                + "spec.ports[1].name: Required value]", two.lines().get(0));
    }

    @Test
    void endpointsWritesCarryTheDeprecationWarningOncePerRun() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("", "db", b -> b.selector = null), Manifests.endpoints("db",
                "192.168.1.50"), Manifests.endpoints("cache", "192.168.1.51")), false);
        assertEquals(List.of("service/db created",
                "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice",
                "endpoints/db created", "endpoints/cache created"), r.lines());
        List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertEquals(2, warnings.size());
        assertEquals("v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice",
                warnings.get(0).message());
    }

    @Test
    void resourceNamesArePrintedAsKubectlPrintsThem() {
        ApiServer s = server();
        ObjectMeta m = ObjectMeta.named("x", "");
        LabelSelector selector = LabelSelector.of(Map.of("app", "x"));
        PodTemplateSpec template = new PodTemplateSpec(m.withLabels(Map.of("app", "x")), Manifests.pod("x").spec());
        Ingress.Backend backend = new Ingress.Backend(
                new Ingress.ServiceBackend("x", new Ingress.BackendPort("", 80)), null);
        List<KubeObject> objects = all(
                new Deployment(m, new Deployment.Spec(1, selector, template, "", 0), null),
                new ReplicaSet(m, new ReplicaSet.Spec(1, selector, template, 0), null),
                new StatefulSet(m, new StatefulSet.Spec(1, selector, template, "x", "", 0), null),
                new ReplicationController(m, new ReplicationController.Spec(1, Map.of("app", "x"), template, 0), null),
                new EndpointSlice(m, "IPv4", List.of(), List.of(), null),
                new Ingress(m, new Ingress.Spec(null, backend, List.of(), List.of()), List.of(), null),
                new IngressClass(ObjectMeta.named("nginx", ""), "k8s.io/ingress-nginx", null),
                Manifests.pod("x"),
                Manifests.unsimulated("v1", "ConfigMap", "x"),
                Manifests.unsimulated("networking.k8s.io/v1", "NetworkPolicy", "x"),
                Manifests.unsimulated("autoscaling/v2", "HorizontalPodAutoscaler", "x"),
                Manifests.unsimulated("gateway.networking.k8s.io/v1", "Gateway", "x"));
        ApplyResult r = s.apply(FILE, objects, false);
        assertEquals(List.of("deployment.apps/x created", "replicaset.apps/x created", "statefulset.apps/x created",
                "replicationcontroller/x created", "endpointslice.discovery.k8s.io/x created",
                "ingress.networking.k8s.io/x created", "ingressclass.networking.k8s.io/nginx created",
                "pod/x created", "configmap/x created", "networkpolicy.networking.k8s.io/x created",
                "horizontalpodautoscaler.autoscaling/x created", "gateway.gateway.networking.k8s.io/x created"),
                r.lines());
        assertTrue(s.get(Deployment.class, "default", "x").isPresent());
        assertTrue(s.get(IngressClass.class, "", "nginx").isPresent());
        assertTrue(s.get(new ObjectKey("networking.k8s.io", "NetworkPolicy", "default", "x")).isPresent());
    }

    @Test
    void anObjectWithoutANameIsRefusedByKubectlBeforeTheServer() {
        ApiServer s = server();
        ApplyResult r = s.apply(FILE, all(service("", "", b -> { })), false);
        assertEquals(List.of("error: error when retrieving current configuration of:\n"
                + "Resource: \"/v1, Resource=services\", GroupVersionKind: \"/v1, Kind=Service\"\n"
                + "Name: \"\", Namespace: \"default\"\n"
                + "from server for: \"web.yaml\": resource name may not be empty"), r.lines());
        Service generated = new Service(new ObjectMeta("", "web-", "", Map.of(), Map.of()),
                service("", "x", b -> { }).spec(), null, null);
        assertEquals(List.of("error: from web-: cannot use generate name with apply"),
                s.apply(FILE, all(generated), false).lines());
    }
}
