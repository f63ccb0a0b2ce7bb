package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.container;
import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.kubectlUpdate;
import static io.kubetutor.manifest.validate.Fixtures.meta;
import static io.kubetutor.manifest.validate.Fixtures.port;
import static io.kubetutor.manifest.validate.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata rules and the remaining Service, Endpoints and Ingress messages. */
class MoreValidationTest {
    private static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric"
            + " characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc',"
            + " regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private static final String DNS1123_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case"
            + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g."
            + " 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', and"
            + " must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex"
            + " used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    private static Pod podWith(ObjectMeta m) {
        return new Pod(m, Fixtures.podSpec(container("web", "nginx")), null, null);
    }

    @Test
    void labelKeyWithEmptyNamePartFailsTwiceOnTheLabelsPath() {
        Pod p = podWith(new ObjectMeta("p", null, "default", Map.of("app/", "web"), null));
        assertEquals("The Pod \"p\" is invalid: \n* metadata.labels: Invalid value: \"app/\": name part must be"
                + " non-empty\n* metadata.labels: Invalid value: \"app/\": " + NAME_PART, kubectlCreate(p));
    }

    @Test
    void annotationKeyWithSpaceIsNoQualifiedName() {
        Pod p = podWith(new ObjectMeta("p", null, "default", null, Map.of("my note", "x")));
        assertEquals("The Pod \"p\" is invalid: metadata.annotations: Invalid value: \"my note\": " + NAME_PART,
                kubectlCreate(p));
    }

    @Test
    void annotationKeysAreComparedInLowerCase() {
        Pod p = podWith(new ObjectMeta("p", null, "default", null, Map.of("Example.COM/Note", "x")));
        assertEquals("", kubectlCreate(p));
    }

    @Test
    void invalidGenerateNameIsReportedOnItsOwnField() {
        Pod p = podWith(new ObjectMeta(null, "Web-", "default", null, null));
        assertEquals("The Pod \"\" is invalid: metadata.generateName: Invalid value: \"Web-\": " + DNS1123_SUBDOMAIN,
                kubectlCreate(p));
    }

    @Test
    void generateNameMayEndInADash() {
        assertEquals("", kubectlCreate(podWith(new ObjectMeta(null, "web-", "default", null, null))));
    }

    @Test
    void namespaceNameMustBeADnsLabel() {
        assertEquals("The Pod \"p\" is invalid: metadata.namespace: Invalid value: \"My_NS\": " + DNS1123_LABEL,
                kubectlCreate(podWith(ObjectMeta.named("p", "My_NS"))));
    }

    @Test
    void selectorValueLongerThan63CharactersIsTooLong() {
        String v = "a".repeat(64);
        Service svc = service("web", s -> {
            s.selector = Map.of("app", v);
            s.ports = List.of(port(80));
        });
        assertEquals("The Service \"web\" is invalid: spec.selector: Invalid value: \"" + v + "\": must be no more than"
                + " 63 characters", kubectlCreate(svc));
    }

    @Test
    void externalNameServiceMayNotSetAnIpFamilyPolicy() {
        Service svc = service("db", s -> {
            s.type = "ExternalName";
            s.externalName = "db.example.com";
            s.ipFamilyPolicy = "SingleStack";
        });
        assertEquals("The Service \"db\" is invalid: spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName"
                + " services", kubectlCreate(svc));
    }

    @Test
    void healthCheckNodePortMustBeAPortNumber() {
        Service svc = service("web", s -> {
            s.type = "LoadBalancer";
            s.ports = List.of(port(80));
            s.externalTrafficPolicy = "Local";
            s.healthCheckNodePort = 70000;
        });
        assertEquals("The Service \"web\" is invalid: spec.healthCheckNodePort: Invalid value: 70000: must be between 1"
                + " and 65535, inclusive", kubectlCreate(svc));
    }

    @Test
    void targetPortNameWithConsecutiveHyphensIsRefused() {
        Service svc = Fixtures.web(port(null, null, 80, io.kubetutor.model.IntOrString.of("web--port"), 0));
        assertEquals("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: \"web--port\": must not"
                + " contain consecutive hyphens", kubectlCreate(svc));
    }

    @Test
    void sourceRangesAnnotationOutsideALoadBalancerIsForbidden() {
        Service svc = Fixtures.web(port(80)).withMetadata(new ObjectMeta("web", null, "default", null,
                Map.of("service.beta.kubernetes.io/load-balancer-source-ranges", "10.0.0.0/8")));
        assertEquals("The Service \"web\" is invalid: metadata.annotations[service.beta.kubernetes.io/load-balancer-"
                + "source-ranges]: Forbidden: may only be used when `type` is 'LoadBalancer'", kubectlCreate(svc));
    }

    private static Endpoints endpoints(Endpoints.Address a, Endpoints.Port p) {
        return new Endpoints(meta("db"), List.of(new Endpoints.Subset(List.of(a), null, List.of(p))), null);
    }

    @Test
    void endpointHostnameMustBeADnsLabel() {
        Endpoints ep = endpoints(new Endpoints.Address("10.0.0.5", "Web", null, null),
                new Endpoints.Port(null, 5432, null, null));
        assertEquals("The Endpoints \"db\" is invalid: subsets[0].addresses[0].hostname: Invalid value: \"Web\": "
                + DNS1123_LABEL, kubectlCreate(ep));
    }

    @Test
    void endpointPortProtocolMustBeKnown() {
        Endpoints ep = endpoints(new Endpoints.Address("10.0.0.5", null, null, null),
                new Endpoints.Port(null, 5432, "HTTP", null));
        assertEquals("The Endpoints \"db\" is invalid: subsets[0].ports[0].protocol: Unsupported value: \"HTTP\":"
                + " supported values: \"SCTP\", \"TCP\", \"UDP\"", kubectlCreate(ep));
    }

    @Test
    void endpointPortOutOfRange() {
        Endpoints ep = endpoints(new Endpoints.Address("10.0.0.5", null, null, null),
                new Endpoints.Port(null, 0, null, null));
        assertEquals("The Endpoints \"db\" is invalid: subsets[0].ports[0].port: Invalid value: 0: must be between 1"
                + " and 65535, inclusive", kubectlCreate(ep));
    }

    @Test
    void endpointSliceAddressTypeIsImmutable() {
        EndpointSlice old = new EndpointSlice(meta("db-x"), "IPv4", List.of(), List.of(), null);
        EndpointSlice updated = new EndpointSlice(meta("db-x"), "IPv6", List.of(), List.of(), null);
        assertEquals("The EndpointSlice \"db-x\" is invalid: addressType: Invalid value: \"IPv6\": field is immutable",
                kubectlUpdate(old, updated));
    }

    private static Ingress ingress(ObjectMeta m, String className, List<Ingress.Tls> tls) {
        Ingress.Backend b = new Ingress.Backend(new Ingress.ServiceBackend("web", new Ingress.BackendPort(null, 80)), null);
        return new Ingress(m, new Ingress.Spec(className, b, tls, null), null, null);
    }

    @Test
    void tlsHostMustBeADnsSubdomain() {
        Ingress ing = ingress(meta("web"), null, List.of(new Ingress.Tls(List.of("Shop.example.com"), "shop-tls")));
        assertEquals("The Ingress \"web\" is invalid: spec.tls[0].hosts[0]: Invalid value: \"Shop.example.com\": "
                + DNS1123_SUBDOMAIN, kubectlCreate(ing));
    }

    @Test
    void ingressClassNameMustBeADnsSubdomain() {
        assertEquals("The Ingress \"web\" is invalid: spec.ingressClassName: Invalid value: \"Nginx\": "
                + DNS1123_SUBDOMAIN, kubectlCreate(ingress(meta("web"), "Nginx", List.of())));
    }

    @Test
    void ingressClassAnnotationMustAgreeWithIngressClassName() {
        ObjectMeta m = new ObjectMeta("web", null, "default", null, Map.of("kubernetes.io/ingress.class", "nginx"));
        assertEquals("The Ingress \"web\" is invalid: annotations.kubernetes.io/ingress.class: Invalid value: \"nginx\":"
                + " must match `ingressClassName` when both are specified", kubectlCreate(ingress(m, "traefik", List.of())));
    }

    @Test
    void ingressClassControllerIsImmutable() {
        IngressClass old = new IngressClass(ObjectMeta.named("nginx", ""), "k8s.io/a", null);
        IngressClass updated = new IngressClass(ObjectMeta.named("nginx", ""), "k8s.io/b", null);
        assertEquals("The IngressClass \"nginx\" is invalid: spec.controller: Invalid value: \"k8s.io/b\": field is"
                + " immutable", kubectlUpdate(old, updated));
    }

    @Test
    void ingressClassControllerPathMustUseHttpPathCharacters() {
        IngressClass ic = new IngressClass(ObjectMeta.named("nginx", ""), "k8s.io/ingress nginx", null);
        assertEquals("The IngressClass \"nginx\" is invalid: spec.controller: Invalid value: \"ingress nginx\": Invalid"
                + " path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')", kubectlCreate(ic));
    }
}
