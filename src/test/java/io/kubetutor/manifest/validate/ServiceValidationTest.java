package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.port;
import static io.kubetutor.manifest.validate.Fixtures.service;
import static io.kubetutor.manifest.validate.Fixtures.web;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.SessionAffinityConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ValidateService messages, each checked as kubectl prints it for `kubectl apply`. */
class ServiceValidationTest {
    private static final String DNS1123_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric"
            + " characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc',"
            + " regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private static final String PORT_RANGE = "must be between 1 and 65535, inclusive";

    @Test
    void aPlainServiceWithOnePortIsValid() {
        assertEquals("", kubectlCreate(web(port(80))));
    }

    @Test
    void serviceWithoutPortsNeedsThem() {
        assertEquals("The Service \"web\" is invalid: spec.ports: Required value", kubectlCreate(web()));
    }

    @Test
    void nameStartingWithDigitIsNoDns1035Label() {
        Service svc = web(port(80)).withMetadata(ObjectMeta.named("1web", "default"));
        assertEquals("The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": a DNS-1035 label must"
                + " consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end"
                + " with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is"
                + " '[a-z]([-a-z0-9]*[a-z0-9])?')", kubectlCreate(svc));
    }

    @Test
    void missingNameIsRequiredWithTheGenerateNameHint() {
        Service svc = web(port(80)).withMetadata(ObjectMeta.named("", "default"));
        assertEquals("The Service \"\" is invalid: metadata.name: Required value: name or generateName is required",
                kubectlCreate(svc));
    }

    @Test
    void nameLongerThan63CharactersIsTooLong() {
        String name = "a".repeat(64);
        Service svc = web(port(80)).withMetadata(ObjectMeta.named(name, "default"));
        assertEquals("The Service \"" + name + "\" is invalid: metadata.name: Invalid value: \"" + name
                + "\": must be no more than 63 characters", kubectlCreate(svc));
    }

    @Test
    void everyUnnamedPortOfAMultiPortServiceNeedsAName() {
        assertEquals("The Service \"web\" is invalid: \n* spec.ports[0].name: Required value\n"
                + "* spec.ports[1].name: Required value", kubectlCreate(web(port(80), port(443))));
    }

    @Test
    void upperCasePortNameIsNoDns1123Label() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].name: Invalid value: \"HTTP\": " + DNS1123_LABEL,
                kubectlCreate(web(port("HTTP", 80))));
    }

    @Test
    void portNameWithDotsIsReportedAsContainingDots() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].name: Invalid value: \"web.http\":"
                + " must not contain dots", kubectlCreate(web(port("web.http", 80))));
    }

    @Test
    void repeatedPortNameIsADuplicate() {
        assertEquals("The Service \"web\" is invalid: spec.ports[1].name: Duplicate value: \"http\"",
                kubectlCreate(web(port("http", 80), port("http", 81))));
    }

    @Test
    void portOutOfRangeFailsForPortAndItsDefaultedTargetPort() {
        assertEquals("The Service \"web\" is invalid: \n* spec.ports[0].port: Invalid value: 70000: " + PORT_RANGE
                + "\n* spec.ports[0].targetPort: Invalid value: 70000: " + PORT_RANGE, kubectlCreate(web(port(70000))));
    }

    @Test
    void portZeroWithoutTargetPortGivesTwoErrors() {
        assertEquals("The Service \"web\" is invalid: \n* spec.ports[0].port: Invalid value: 0: " + PORT_RANGE
                + "\n* spec.ports[0].targetPort: Invalid value: 0: " + PORT_RANGE, kubectlCreate(web(port(0))));
    }

    @Test
    void unknownProtocolListsTheSupportedOnesSorted() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].protocol: Unsupported value: \"HTTP\": supported"
                + " values: \"SCTP\", \"TCP\", \"UDP\"", kubectlCreate(web(port(null, "HTTP", 80, null, 0))));
    }

    @Test
    void quotedNumericTargetPortIsAPortNameWithoutLetters() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: \"8080\": must contain"
                + " at least one letter (a-z)", kubectlCreate(web(port(null, null, 80, IntOrString.of("8080"), 0))));
    }

    @Test
    void badTargetPortNameGetsOneErrorPerBrokenRule() {
        assertEquals("The Service \"web\" is invalid: \n* spec.ports[0].targetPort: Invalid value: \"Web_Port-\":"
                        + " must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)\n"
                        + "* spec.ports[0].targetPort: Invalid value: \"Web_Port-\": must not begin or end with a hyphen",
                kubectlCreate(web(port(null, null, 80, IntOrString.of("Web_Port-"), 0))));
    }

    @Test
    void targetPortNameLongerThan15CharactersIsTooLong() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: \"a-very-long-name-x\":"
                        + " must be no more than 15 characters",
                kubectlCreate(web(port(null, null, 80, IntOrString.of("a-very-long-name-x"), 0))));
    }

    @Test
    void appProtocolWithTwoSlashesIsNoQualifiedName() {
        Service svc = web(new ServicePort(null, null, "http/2/x", 80, null, 0));
        assertEquals("The Service \"web\" is invalid: spec.ports[0].appProtocol: Invalid value: \"http/2/x\": a"
                + " qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
                + " with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for"
                + " validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix"
                + " and '/' (e.g. 'example.com/MyName')", kubectlCreate(svc));
    }

    @Test
    void selectorValueWithASpaceIsReportedOnTheSelectorPathWithoutKey() {
        Service svc = service("web", s -> {
            s.selector = Map.of("tier", "front end");
            s.ports = List.of(port(80));
        });
        assertEquals("The Service \"web\" is invalid: spec.selector: Invalid value: \"front end\": a valid label must"
                + " be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end"
                + " with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for"
                + " validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')", kubectlCreate(svc));
    }

    @Test
    void selectorKeyStartingWithDashFailsTheNamePart() {
        Service svc = service("web", s -> {
            s.selector = Map.of("-app", "web");
            s.ports = List.of(port(80));
        });
        assertEquals("The Service \"web\" is invalid: spec.selector: Invalid value: \"-app\": name part must consist of"
                + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
                + " (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
                + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", kubectlCreate(svc));
    }

    @Test
    void unknownSessionAffinityIsUnsupported() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.sessionAffinity = "Sticky";
        });
        assertEquals("The Service \"web\" is invalid: spec.sessionAffinity: Unsupported value: \"Sticky\": supported"
                + " values: \"ClientIP\", \"None\"", kubectlCreate(svc));
    }

    @Test
    void clientIpTimeoutOfZeroIsRefusedWithTheLessThanWording() {
        assertEquals("The Service \"web\" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid"
                + " value: 0: must be greater than 0 and less than 86400", kubectlCreate(clientIp(0)));
    }

    @Test
    void clientIpTimeoutAboveOneDayIsRefusedButOneDayIsAccepted() {
        assertEquals("The Service \"web\" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid"
                + " value: 86401: must be greater than 0 and less than 86400", kubectlCreate(clientIp(86401)));
        assertEquals("", kubectlCreate(clientIp(86400)));
    }

    private static Service clientIp(int timeout) {
        return service("web", s -> {
            s.ports = List.of(port(80));
            s.sessionAffinity = "ClientIP";
            s.sessionAffinityConfig = new SessionAffinityConfig(new SessionAffinityConfig.ClientIPConfig(timeout));
        });
    }

    @Test
    void unknownTypeListsTheFourServiceTypes() {
        Service svc = service("web", s -> {
            s.ports = List.of(port(80));
            s.type = "Internal";
        });
        assertEquals("The Service \"web\" is invalid: spec.type: Unsupported value: \"Internal\": supported values:"
                + " \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"", kubectlCreate(svc));
    }

    @Test
    void nodePortOnAClusterIpServiceIsForbiddenWithLiteralBackticks() {
        Service svc = web(port(null, null, 80, null, 30080));
        assertEquals("The Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type`"
                + " is 'ClusterIP'", kubectlCreate(svc));
    }

    @Test
    void samePortAndProtocolTwiceIsADuplicateShownAsTheSyntheticJsonKey() {
        assertEquals("The Service \"web\" is invalid: spec.ports[1]: Duplicate value: {\"Name\":\"\",\"Protocol\":"
                        + "\"TCP\",\"AppProtocol\":null,\"Port\":80,\"TargetPort\":0,\"NodePort\":0}",
                kubectlCreate(web(port("a", 80), port("b", 80))));
    }

    @Test
    void samePortNumberWithDifferentProtocolsIsValid() {
        assertEquals("", kubectlCreate(web(port("dns", "UDP", 53, null, 0), port("dns-tcp", "TCP", 53, null, 0))));
    }

    @Test
    void duplicateNodePortWithinOneServiceIsReported() {
        Service svc = service("web", s -> {
            s.type = "NodePort";
            s.ports = List.of(port("a", null, 80, null, 30080), port("b", null, 81, null, 30080));
        });
        assertEquals("The Service \"web\" is invalid: spec.ports[1].nodePort: Duplicate value: 30080",
                kubectlCreate(svc));
    }

    @Test
    void headlessNodePortServiceIsRefused() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: \"None\": may not be set to"
                + " 'None' for NodePort services", kubectlCreate(headless("NodePort")));
    }

    @Test
    void headlessLoadBalancerServiceIsRefused() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: \"None\": may not be set to"
                + " 'None' for LoadBalancer services", kubectlCreate(headless("LoadBalancer")));
    }

    @Test
    void headlessServiceMayOmitPorts() {
        Service svc = service("web", s -> {
            s.selector = Map.of("app", "web");
            s.clusterIP = "None";
        });
        assertEquals("", kubectlCreate(svc));
    }

    private static Service headless(String type) {
        return service("web", s -> {
            s.selector = Map.of("app", "web");
            s.ports = List.of(port(80));
            s.clusterIP = "None";
            s.type = type;
        });
    }

    @Test
    void externalNameServiceMayNotHaveAClusterIp() {
        Service svc = externalName("db.example.com", "10.96.0.5");
        assertEquals("The Service \"db\" is invalid: spec.clusterIPs: Forbidden: may not be set for ExternalName"
                + " services", kubectlCreate(svc));
    }

    @Test
    void externalNameWithUnderscoreIsNoDnsSubdomain() {
        assertEquals("The Service \"db\" is invalid: spec.externalName: Invalid value: \"db_host.example.com\": a"
                + " lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and"
                + " must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                kubectlCreate(externalName("db_host.example.com", null)));
    }

    @Test
    void externalNameIsRequiredForExternalNameServices() {
        assertEquals("The Service \"db\" is invalid: spec.externalName: Required value",
                kubectlCreate(externalName("", null)));
    }

    @Test
    void externalNameMayEndInADot() {
        assertEquals("", kubectlCreate(externalName("db.example.com.", null)));
    }

    private static Service externalName(String target, String clusterIP) {
        return new Service(ObjectMeta.named("db", "default"), io.kubetutor.model.ServiceSpec.builder().build(), null, null)
                .withSpec(specOf(s -> {
                    s.type = "ExternalName";
                    s.externalName = target;
                    s.clusterIP = clusterIP;
                }));
    }

    private static io.kubetutor.model.ServiceSpec specOf(java.util.function.Consumer<io.kubetutor.model.ServiceSpec.Builder> c) {
        io.kubetutor.model.ServiceSpec.Builder b = io.kubetutor.model.ServiceSpec.builder();
        c.accept(b);
        return b.build();
    }

    @Test
    void mismatchedTopologyAnnotationsAreRefused() {
        Service svc = web(port(80)).withMetadata(new ObjectMeta("web", null, "default", null,
                Map.of("service.kubernetes.io/topology-aware-hints", "auto", "service.kubernetes.io/topology-mode", "Auto")));
        assertEquals("The Service \"web\" is invalid: metadata.annotations[service.kubernetes.io/topology-mode]:"
                + " Invalid value: \"Auto\": must match annotations[service.kubernetes.io/topology-aware-hints] when"
                + " both are specified", kubectlCreate(svc));
    }

    @Test
    void errorsFollowTheServersOrderAcrossFields() {
        Service svc = service("Web", s -> {
            s.type = "ClusterIP";
            s.ports = List.of(port(null, "HTTP", 80, null, 30080));
            s.sessionAffinity = "Sticky";
        });
        assertEquals("The Service \"Web\" is invalid: \n"
                + "* metadata.name: Invalid value: \"Web\": a DNS-1035 label must consist of lower case alphanumeric"
                + " characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g."
                + " 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n"
                + "* spec.ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"\n"
                + "* spec.sessionAffinity: Unsupported value: \"Sticky\": supported values: \"ClientIP\", \"None\"\n"
                + "* spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'", kubectlCreate(svc));
    }
}
