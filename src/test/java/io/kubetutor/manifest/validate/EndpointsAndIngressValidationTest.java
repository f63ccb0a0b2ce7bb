package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.meta;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Endpoints, EndpointSlice, Ingress, IngressClass and Namespace messages. */
class EndpointsAndIngressValidationTest {

    private static Endpoints endpoints(List<Endpoints.Address> addresses, Endpoints.Port... ports) {
        return new Endpoints(meta("db"), List.of(new Endpoints.Subset(addresses, null, List.of(ports))), null);
    }

    private static Endpoints.Address addr(String ip) {
        return new Endpoints.Address(ip, null, null, null);
    }

    @Test
    void handWrittenEndpointsAreValid() {
        assertEquals("", kubectlCreate(endpoints(List.of(addr("192.168.1.50")), new Endpoints.Port(null, 5432, null, null))));
    }

    @Test
    void subsetWithoutAddressesIsRefused() {
        assertEquals("The Endpoints \"db\" is invalid: subsets[0]: Required value: must specify `addresses` or"
                + " `notReadyAddresses`", kubectlCreate(endpoints(List.of(), new Endpoints.Port(null, 5432, null, null))));
    }

    @Test
    void loopbackEndpointAddressIsRefused() {
        assertEquals("The Endpoints \"db\" is invalid: subsets[0].addresses[0].ip: Invalid value: \"127.0.0.1\": may not"
                + " be in the loopback range (127.0.0.0/8, ::1/128)", kubectlCreate(endpoints(List.of(addr("127.0.0.1")))));
    }

    @Test
    void malformedEndpointAddressGetsBothIpMessages() {
        assertEquals("The Endpoints \"db\" is invalid: \n* subsets[0].addresses[0].ip: Invalid value: \"10.0.0.300\":"
                + " must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)\n* subsets[0].addresses[0].ip:"
                + " Invalid value: \"10.0.0.300\": must be a valid IP address",
                kubectlCreate(endpoints(List.of(addr("10.0.0.300")))));
    }

    @Test
    void everyPortOfAMultiPortSubsetNeedsAName() {
        assertEquals("The Endpoints \"db\" is invalid: \n* subsets[0].ports[0].name: Required value\n"
                + "* subsets[0].ports[1].name: Required value", kubectlCreate(endpoints(List.of(addr("192.168.1.50")),
                new Endpoints.Port(null, 5432, null, null), new Endpoints.Port(null, 5433, null, null))));
    }

    private static EndpointSlice slice(String type, String address) {
        return new EndpointSlice(meta("db-abcde"), type, List.of(new EndpointSlice.Endpoint(List.of(address), null, null,
                null, null, null)), List.of(new EndpointSlice.Port(null, 5432, null, null)), null);
    }

    @Test
    void endpointSliceAddressTypeMustBeKnown() {
        assertEquals("The EndpointSlice \"db-abcde\" is invalid: addressType: Unsupported value: \"IPv5\": supported"
                + " values: \"FQDN\", \"IPv4\", \"IPv6\"", kubectlCreate(slice("IPv5", "10.0.0.1")));
    }

    @Test
    void endpointSliceIpv4AddressMustBeIpv4() {
        assertEquals("The EndpointSlice \"db-abcde\" is invalid: endpoints[0].addresses[0]: Invalid value: \"fd00::1\":"
                + " must be a valid IPv4 address", kubectlCreate(slice("IPv4", "fd00::1")));
    }

    @Test
    void endpointSliceEndpointNeedsAnAddress() {
        EndpointSlice es = new EndpointSlice(meta("db-abcde"), "IPv4",
                List.of(new EndpointSlice.Endpoint(List.of(), null, null, null, null, null)), List.of(), null);
        assertEquals("The EndpointSlice \"db-abcde\" is invalid: endpoints[0].addresses: Required value: must contain at"
                + " least 1 address", kubectlCreate(es));
    }

    private static Ingress ingress(List<Ingress.Rule> rules) {
        return new Ingress(meta("web"), new Ingress.Spec(null, null, null, rules), null, null);
    }

    private static Ingress.Backend svcBackend(String name, String portName, int portNumber) {
        return new Ingress.Backend(new Ingress.ServiceBackend(name, new Ingress.BackendPort(portName, portNumber)), null);
    }

    private static Ingress onePath(String host, String path, String pathType, Ingress.Backend backend) {
        return ingress(List.of(new Ingress.Rule(host, new Ingress.Http(List.of(new Ingress.Path(path, pathType, backend))))));
    }

    @Test
    void ingressWithARuleIsValid() {
        assertEquals("", kubectlCreate(onePath("shop.example.com", "/", "Prefix", svcBackend("web", null, 80))));
    }

    @Test
    void ingressNeedsRulesOrADefaultBackend() {
        assertEquals("The Ingress \"web\" is invalid: spec: Invalid value: null: either `defaultBackend` or `rules` must"
                + " be specified", kubectlCreate(ingress(List.of())));
    }

    @Test
    void ingressHostMayNotBeAnIp() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS"
                + " name, not an IP address", kubectlCreate(onePath("10.0.0.1", "/", "Prefix", svcBackend("web", null, 80))));
    }

    @Test
    void ingressWildcardHostMayHaveOnlyOneLeadingStar() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].host: Invalid value: \"*.*.example.com\": a wildcard"
                + " DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of"
                + " lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g."
                + " '*.example.com', regex used for validation is"
                + " '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                kubectlCreate(onePath("*.*.example.com", "/", "Prefix", svcBackend("web", null, 80))));
    }

    @Test
    void ingressHttpRuleNeedsPaths() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths: Required value",
                kubectlCreate(ingress(List.of(new Ingress.Rule("", new Ingress.Http(List.of()))))));
    }

    @Test
    void ingressPathTypeIsRequiredAndStopsThePathCheck() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType"
                + " must be specified", kubectlCreate(onePath("", "api", null, new Ingress.Backend(null, null))));
    }

    @Test
    void prefixPathMustBeAbsolute() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be"
                + " an absolute path", kubectlCreate(onePath("", "api", "Prefix", svcBackend("web", null, 80))));
    }

    @Test
    void prefixPathMayNotContainADoubleSlash() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].path: Invalid value: \"/a//b\": must"
                + " not contain '//'", kubectlCreate(onePath("", "/a//b", "Exact", svcBackend("web", null, 80))));
    }

    @Test
    void unknownPathTypeIsUnsupported() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value:"
                + " \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"",
                kubectlCreate(onePath("", "/", "Regex", svcBackend("web", null, 80))));
    }

    @Test
    void backendPortNameAndNumberTogetherAreRefused() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot"
                + " set both port name & port number", kubectlCreate(onePath("", "/", "Prefix", svcBackend("web", "http", 80))));
    }

    @Test
    void backendNeedsAPortNameOrNumber() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or"
                + " number is required", kubectlCreate(onePath("", "/", "Prefix", svcBackend("web", null, 0))));
    }

    @Test
    void backendServiceNameIsAServiceName() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].backend.service.name: Invalid value:"
                + " \"Web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an"
                + " alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex"
                + " used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
                kubectlCreate(onePath("", "/", "Prefix", svcBackend("Web", null, 80))));
    }

    @Test
    void backendNeedsAServiceOrAResource() {
        assertEquals("The Ingress \"web\" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource"
                + " or service backend is required", kubectlCreate(onePath("", "/", "Prefix", new Ingress.Backend(null, null))));
    }

    @Test
    void backendPortNameIsAnIanaServiceName() {
        // Upper case breaks two IANA_SVC_NAME rules: the character set and "at least one letter (a-z)".
        assertEquals("The Ingress \"web\" is invalid: \n* spec.rules[0].http.paths[0].backend.service.port.name: Invalid"
                + " value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)\n"
                + "* spec.rules[0].http.paths[0].backend.service.port.name: Invalid value: \"HTTP\": must contain at"
                + " least one letter (a-z)",
                kubectlCreate(onePath("", "/", "Prefix", svcBackend("web", "HTTP", 0))));
    }

    @Test
    void ingressClassNeedsAController() {
        assertEquals("The IngressClass \"nginx\" is invalid: spec.controller: Required value",
                kubectlCreate(new IngressClass(ObjectMeta.named("nginx", ""), "", null)));
    }

    @Test
    void ingressClassControllerIsADomainPrefixedPath() {
        assertEquals("The IngressClass \"nginx\" is invalid: spec.controller: Invalid value: \"nginx\": must be a"
                + " domain-prefixed path (such as \"acme.io/foo\")",
                kubectlCreate(new IngressClass(ObjectMeta.named("nginx", ""), "nginx", null)));
    }

    @Test
    void ingressClassControllerOver250BytesIsTooLong() {
        String controller = "k8s.io/" + "a".repeat(250);
        assertEquals("The IngressClass \"nginx\" is invalid: spec.controller: Too long: may not be more than 250 bytes",
                kubectlCreate(new IngressClass(ObjectMeta.named("nginx", ""), controller, null)));
    }

    @Test
    void namespaceNameIsADns1123Label() {
        assertEquals("The Namespace \"Dev\" is invalid: metadata.name: Invalid value: \"Dev\": a lowercase RFC 1123"
                + " label must consist of lower case alphanumeric characters or '-', and must start and end with an"
                + " alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?')", kubectlCreate(new Namespace(ObjectMeta.named("Dev", ""), null)));
    }
}
