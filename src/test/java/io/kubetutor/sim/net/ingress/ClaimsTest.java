package io.kubetutor.sim.net.ingress;

import static io.kubetutor.sim.net.ingress.IngressFixtures.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Ingress;
import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    static final String OTHER_CLASS = """
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: traefik}
            spec: {controller: traefik.io/ingress-controller}
            """;

    /** An Ingress for host NAME.example.com; {@code classLine} is "" or e.g. "ingressClassName: traefik". */
    static String ingress(String name, String annotations, String classLine) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: %1$s
                  annotations: {%2$s}
                spec:
                  %3$s
                  rules:
                  - host: %1$s.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """.formatted(name, annotations, classLine);
    }

    private static List<String> claimed(Cluster c) {
        IngressControllers cs = IngressControllers.build(c.networkState());
        return cs.claimedBy(IngressFixtures.controller(cs)).stream().map(Ingress::name).toList();
    }

    private static Ingress stored(Cluster c, String name) {
        return c.get(Ingress.class, "default", name).orElseThrow();
    }

    @Test
    void theOfficialManifestsControllerIsFoundWithItsFlagsPodsAndFrontService() {
        Cluster c = IngressFixtures.cluster();
        IngressController ctl = IngressFixtures.controller(IngressControllers.build(c.networkState()));
        assertEquals("Deployment", ctl.ownerKind());
        assertEquals("k8s.io/ingress-nginx", ctl.controllerClass());
        assertEquals("nginx", ctl.ingressClassName());
        assertEquals("ingress-nginx/ingress-nginx-controller", ctl.flags().publishService(), "$(POD_NAMESPACE) expanded");
        assertEquals(1, ctl.pods().size());
        assertTrue(ctl.running());
        assertEquals("ingress-nginx-controller", ctl.frontService().name());
    }

    @Test
    void withoutPublishServiceTheFrontServiceIsTheOneSelectingThePodsThatServesPort80() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.CONTROLLER.replace(
                "- --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller\n", ""));
        IngressController ctl = IngressFixtures.controller(IngressControllers.build(c.networkState()));
        assertEquals("", ctl.flags().publishService());
        assertEquals("ingress-nginx-controller", ctl.frontService().name(), "not the admission webhook's Service");
        assertTrue(ctl.pods().isEmpty(), "nothing is ready before the containers start");
    }

    @Test
    void anOtherImageOrAnOldRegistryPathIsTellApart() {
        assertTrue(IngressControllers.isControllerImage("registry.k8s.io/ingress-nginx/controller:v1.12.1"));
        assertTrue(IngressControllers.isControllerImage("k8s.gcr.io/ingress-nginx/controller:v1.1.1@sha256:0bc88eb"));
        assertTrue(IngressControllers.isControllerImage("registry.k8s.io/ingress-nginx/controller@sha256:d2fbc4ec"));
        assertFalse(IngressControllers.isControllerImage("nginx:1.27"));
        assertFalse(IngressControllers.isControllerImage("registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.5.2"));
    }

    @Test
    void aClassNameIsClaimedWhenItsIngressClassNamesThisControllerAndNotOtherwise() {
        Cluster c = IngressFixtures.cluster(app("web", 1, 8080), OTHER_CLASS,
                ingress("ours", "", "ingressClassName: nginx"),
                ingress("theirs", "", "ingressClassName: traefik"),
                ingress("ghost", "", "ingressClassName: haproxy"));
        assertEquals(List.of("ours"), claimed(c));
        IngressControllers cs = IngressControllers.build(c.networkState());
        IngressController ctl = IngressFixtures.controller(cs);
        assertEquals("ingressClassName traefik has controller traefik.io/ingress-controller, not this controller's "
                + "k8s.io/ingress-nginx", ctl.whyServes(stored(c, "theirs")));
        assertEquals("ingressClassName haproxy, but no IngressClass haproxy exists", ctl.whyServes(stored(c, "ghost")));
        IngressRoute r = new IngressFixtures.Client(c).http("theirs.example.com", "/");
        assertEquals(404, r.status(), "an Ingress of another class makes no server here");
    }

    @Test
    void theLegacyAnnotationMustEqualTheIngressClassFlag() {
        Cluster c = IngressFixtures.cluster(app("web", 1, 8080), OTHER_CLASS,
                ingress("annotated", "kubernetes.io/ingress.class: nginx", ""),
                ingress("annotated-other", "kubernetes.io/ingress.class: traefik", ""));
        assertEquals(List.of("annotated"), claimed(c));
        IngressController ctl = IngressFixtures.controller(IngressControllers.build(c.networkState()));
        assertEquals("annotation kubernetes.io/ingress.class: traefik differs from --ingress-class=nginx",
                ctl.whyServes(stored(c, "annotated-other")));
    }

    @Test
    void anIngressWithoutClassIsClaimedThroughADefaultClassThatExistedWhenItWasCreated() {
        Cluster c = IngressFixtures.cluster(app("web", 1, 8080), ingress("early", "", ""));
        assertEquals(List.of(), claimed(c), "no class and no default class: not ours");
        IngressFixtures.apply(c, """
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata:
                  name: nginx-default
                  annotations: {ingressclass.kubernetes.io/is-default-class: 'true'}
                spec: {controller: k8s.io/ingress-nginx}
                """);
        IngressFixtures.apply(c, ingress("late", "", ""));
        // The admission plugin only defaults on create: "early" stays without a class.
        assertEquals(List.of("late"), claimed(c));
        IngressController ctl = IngressFixtures.controller(IngressControllers.build(c.networkState()));
        assertEquals("the default IngressClass nginx-default (set by the DefaultIngressClass admission plugin) has controller "
                + "k8s.io/ingress-nginx, this controller's class", ctl.whyServes(stored(c, "late")));
        assertEquals(200, new IngressFixtures.Client(c).http("late.example.com", "/").status());
        assertEquals(404, new IngressFixtures.Client(c).http("early.example.com", "/").status());
    }

    @Test
    void withTwoDefaultClassesTheNewestIsTheOneAnIngressGets() {
        Cluster c = IngressFixtures.cluster(app("web", 1, 8080), """
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata:
                  name: nginx-default
                  annotations: {ingressclass.kubernetes.io/is-default-class: 'true'}
                spec: {controller: k8s.io/ingress-nginx}
                """);
        c.advanceBy(2_000);
        IngressFixtures.apply(c, OTHER_CLASS.replace("metadata: {name: traefik}",
                "metadata:\n  name: traefik\n  annotations: {ingressclass.kubernetes.io/is-default-class: 'true'}"));
        IngressFixtures.apply(c, ingress("classless", "", ""));
        assertEquals(List.of(), claimed(c));
        IngressController ctl = IngressFixtures.controller(IngressControllers.build(c.networkState()));
        assertEquals("the default IngressClass traefik (set by the DefaultIngressClass admission plugin) has controller "
                + "traefik.io/ingress-controller, not this controller's k8s.io/ingress-nginx",
                ctl.whyServes(stored(c, "classless")));
    }

    @Test
    void watchIngressWithoutClassClaimsIngressesThatNameNoClass() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.CONTROLLER.replace("- --ingress-class=nginx",
                "- --ingress-class=nginx\n        - --watch-ingress-without-class=true") + "---\n" + app("web", 1, 8080)
                + "---\n" + ingress("classless", "", "") + "---\n" + OTHER_CLASS
                + "---\n" + ingress("theirs", "", "ingressClassName: traefik"));
        assertEquals(List.of("classless"), claimed(c));
    }

    @Test
    void ingressClassByNameKeepsAClassNamedLikeTheFlagWhateverItsController() {
        Cluster c = IngressFixtures.bare();
        IngressFixtures.apply(c, IngressFixtures.CONTROLLER.replace("- --ingress-class=nginx",
                "- --ingress-class=traefik\n        - --ingress-class-by-name") + "---\n" + OTHER_CLASS
                + "---\n" + ingress("theirs", "", "ingressClassName: traefik"));
        assertEquals(List.of("theirs"), claimed(c));
    }

    @Test
    void flagsParseAsPflagReadsThem() {
        ControllerFlags f = ControllerFlags.parse(List.of("/nginx-ingress-controller", "--controller-class",
                "example.com/nginx", "--watch-ingress-without-class", "--update-status=false",
                "--publish-status-address=192.0.2.1, lb.example.com", "-ingress-class=ignored"));
        assertEquals("example.com/nginx", f.controllerClass());
        assertEquals("nginx", f.ingressClass());
        assertTrue(f.watchIngressWithoutClass());
        assertFalse(f.updateStatus());
        assertTrue(f.updateStatusOnShutdown());
        assertEquals("192.0.2.1, lb.example.com", f.publishStatusAddress());
        assertEquals("a/b $(UNSET) $", ControllerFlags.expand("$(NS)/b $(UNSET) $$", java.util.Map.of("NS", "a")));
    }
}
