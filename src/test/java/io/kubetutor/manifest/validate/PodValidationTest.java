package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.container;
import static io.kubetutor.manifest.validate.Fixtures.containerPort;
import static io.kubetutor.manifest.validate.Fixtures.httpProbe;
import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.kubectlUpdate;
import static io.kubetutor.manifest.validate.Fixtures.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Probe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ValidatePodCreate / ValidatePodUpdate messages as kubectl prints them. */
class PodValidationTest {

    private static Container web(Container.ContainerPort... ports) {
        return container("web", "nginx:1.27", ports);
    }

    private static Container withReadiness(Probe p) {
        return web().withProbes(p, null, null);
    }

    @Test
    void podWithOneContainerIsValid() {
        assertEquals("", kubectlCreate(pod("p", web(containerPort("http", 80)))));
    }

    @Test
    void podWithoutContainersNeedsThem() {
        assertEquals("The Pod \"p\" is invalid: spec.containers: Required value", kubectlCreate(pod("p")));
    }

    @Test
    void containerNameMustBeADns1123Label() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].name: Invalid value: \"Web\": a lowercase RFC 1123"
                + " label must consist of lower case alphanumeric characters or '-', and must start and end with an"
                + " alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?')", kubectlCreate(pod("p", container("Web", "nginx"))));
    }

    @Test
    void containerNeedsANameAndAnImage() {
        assertEquals("The Pod \"p\" is invalid: \n* spec.containers[0].name: Required value\n"
                + "* spec.containers[0].image: Required value", kubectlCreate(pod("p", container("", ""))));
    }

    @Test
    void containerNamesAreUnique() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[1].name: Duplicate value: \"web\"",
                kubectlCreate(pod("p", web(), web())));
    }

    @Test
    void containerPortIsRequired() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[0].containerPort: Required value",
                kubectlCreate(pod("p", web(containerPort("", 0)))));
    }

    @Test
    void containerPortOutOfRange() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must"
                + " be between 1 and 65535, inclusive", kubectlCreate(pod("p", web(containerPort("", 70000)))));
    }

    @Test
    void containerPortNameIsAnIanaServiceName() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[0].name: Invalid value: \"http_port\": must"
                + " contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                kubectlCreate(pod("p", web(containerPort("http_port", 8080)))));
    }

    @Test
    void containerPortNamesAreUniquePerContainer() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[1].name: Duplicate value: \"http\"",
                kubectlCreate(pod("p", web(containerPort("http", 80), containerPort("http", 8080)))));
    }

    @Test
    void containerPortProtocolMustBeKnown() {
        Container c = web(new Container.ContainerPort("", 80, "HTTP", 0, ""));
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\":"
                + " supported values: \"SCTP\", \"TCP\", \"UDP\"", kubectlCreate(pod("p", c)));
    }

    @Test
    void sameHostPortTwiceIsAConflict() {
        Container c = web(new Container.ContainerPort("a", 80, "TCP", 8080, ""),
                new Container.ContainerPort("b", 81, "TCP", 8080, ""));
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[1].hostPort: Duplicate value: \"TCP//8080\"",
                kubectlCreate(pod("p", c)));
    }

    @Test
    void probeWithoutHandlerNeedsOne() {
        Probe empty = new Probe(null, null, null, null, 0, 0, 0, 0, 0);
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].readinessProbe: Required value: must specify a"
                + " handler type", kubectlCreate(pod("p", withReadiness(empty))));
    }

    @Test
    void probeWithTwoHandlersIsForbiddenOnTheSecond() {
        Probe two = new Probe(null, new Probe.HttpGet("/", IntOrString.of(80), null, null),
                new Probe.TcpSocket(IntOrString.of(80), null), null, 0, 0, 0, 0, 0);
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify"
                + " more than 1 handler type", kubectlCreate(pod("p", withReadiness(two))));
    }

    @Test
    void probePortGivenAsQuotedNumberIsAPortName() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].readinessProbe.httpGet.port: Invalid value: \"8080\":"
                + " must contain at least one letter (a-z)", kubectlCreate(pod("p", withReadiness(httpProbe(IntOrString.of("8080"))))));
    }

    @Test
    void livenessProbeSuccessThresholdMustBeOne() {
        Probe p = httpProbe(IntOrString.of(80)).withTimings(0, 0, 0, 2, 0);
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2:"
                + " must be 1", kubectlCreate(pod("p", web().withProbes(null, p, null))));
    }

    @Test
    void negativeProbePeriodIsRefused() {
        Probe p = httpProbe(IntOrString.of(80)).withTimings(0, 0, -1, 0, 0);
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1:"
                + " must be greater than or equal to 0", kubectlCreate(pod("p", withReadiness(p))));
    }

    @Test
    void unknownRestartPolicyListsTheThreeInUpstreamOrder() {
        Pod p = pod("p", web());
        p = p.withSpec(p.spec().withPolicies("Sometimes", null, null));
        assertEquals("The Pod \"p\" is invalid: spec.restartPolicy: Unsupported value: \"Sometimes\": supported"
                + " values: \"Always\", \"OnFailure\", \"Never\"", kubectlCreate(p));
    }

    @Test
    void unknownDnsPolicyListsTheFourInUpstreamOrder() {
        Pod p = pod("p", web());
        p = p.withSpec(p.spec().withPolicies(null, "Bogus", null));
        assertEquals("The Pod \"p\" is invalid: spec.dnsPolicy: Unsupported value: \"Bogus\": supported values:"
                + " \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"", kubectlCreate(p));
    }

    @Test
    void imageWithTrailingSpaceIsRefusedOnPods() {
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].image: Invalid value: \"nginx \": must not have"
                + " leading or trailing whitespace", kubectlCreate(pod("p", container("web", "nginx "))));
    }

    @Test
    void initContainerProbesNeedRestartPolicyAlways() {
        Container init = container("init", "busybox").withProbes(httpProbe(IntOrString.of(80)), null, null);
        Pod p = pod("p", web());
        p = p.withSpec(p.spec().withContainers(List.of(init), p.spec().containers()));
        assertEquals("The Pod \"p\" is invalid: spec.initContainers[0].readinessProbe: Forbidden: may not be set for"
                + " init containers without restartPolicy=Always", kubectlCreate(p));
    }

    private static Pod stored(Pod p) {
        return (Pod) Defaults.apply(p);
    }

    @Test
    void changingAContainerPortOfARunningPodIsForbidden() {
        Pod old = stored(pod("p", web(containerPort("http", 80))));
        Pod updated = stored(pod("p", web(containerPort("http", 8080))));
        assertEquals("The Pod \"p\" is invalid: spec: Forbidden: pod updates may not change fields other than"
                + " `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
                + "`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds`"
                + " (allow it to be set to 1 if it was previously negative)", kubectlUpdate(old, updated));
    }

    @Test
    void changingOnlyTheImageOfARunningPodIsAllowed() {
        Pod old = stored(pod("p", container("web", "nginx:1.26")));
        Pod updated = stored(pod("p", container("web", "nginx:1.27")));
        assertEquals("", kubectlUpdate(old, updated));
    }

    @Test
    void addingAContainerToARunningPodIsForbidden() {
        Pod old = stored(pod("p", web()));
        Pod updated = stored(pod("p", web(), container("sidecar", "busybox")));
        assertEquals("The Pod \"p\" is invalid: spec.containers: Forbidden: pod updates may not add or remove"
                + " containers", kubectlUpdate(old, updated));
    }

    @Test
    void hostNetworkPodMustRepeatTheContainerPortAsHostPort() {
        Pod p = new Pod(Fixtures.meta("p"), new PodSpec(null, null, null, null,
                List.of(web(new Container.ContainerPort("", 80, "TCP", 8080, ""))), null, null, null, true), null, null);
        assertEquals("The Pod \"p\" is invalid: spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match"
                + " `containerPort` when `hostNetwork` is true", kubectlCreate(p));
    }

    private static Pod withNodeSelector(Pod p, String nodeName, Map<String, String> nodeSelector) {
        PodSpec s = p.spec();
        return new Pod(p.metadata(), new PodSpec(nodeName, s.hostname(), s.subdomain(), s.initContainers(),
                s.containers(), s.restartPolicy(), s.dnsPolicy(), s.enableServiceLinks(), s.hostNetwork(), nodeSelector),
                null, null);
    }

    @Test
    void nodeSelectorKeysAndValuesAreCheckedAsLabelsAfterDnsPolicyAndBeforeNodeName() {
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put("disk type", "ssd");
        selector.put("zone", "-a");
        Pod p = withNodeSelector(pod("p", web()), "Node_2", selector);
        assertEquals("The Pod \"p\" is invalid: \n"
                + "* spec.nodeSelector: Invalid value: \"disk type\": name part must consist of alphanumeric characters,"
                + " '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or"
                + " 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\n"
                + "* spec.nodeSelector: Invalid value: \"-a\": a valid label must be an empty string or consist of"
                + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
                + " (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is"
                + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n"
                + "* spec.nodeName: Invalid value: \"Node_2\": a lowercase RFC 1123 subdomain must consist of lower case"
                + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g."
                + " 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')", kubectlCreate(p));
    }

    @Test
    void anEmptyNodeSelectorValueIsAValidLabelValue() {
        Pod p = withNodeSelector(pod("p", web()), "", Map.of("node-role.kubernetes.io/control-plane", ""));
        assertEquals("", kubectlCreate(p));
    }

    @Test
    void changingTheNodeSelectorOfARunningPodIsForbidden() {
        Pod old = stored(withNodeSelector(pod("p", web()), "", Map.of("disk", "ssd")));
        Pod updated = stored(withNodeSelector(pod("p", web()), "", Map.of("disk", "hdd")));
        assertEquals("The Pod \"p\" is invalid: spec: Forbidden: " + PodValidation.POD_UPDATE_FORBIDDEN,
                kubectlUpdate(old, updated));
    }
}
