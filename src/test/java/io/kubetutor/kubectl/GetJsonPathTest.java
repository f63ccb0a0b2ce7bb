package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * kubectl get -o jsonpath=TEMPLATE (client-go's util/jsonpath over the unstructured object or List):
 * no newline of its own, one node's results joined by spaces, maps and lists as compact JSON,
 * range/end, filters, negative indexes, unions and recursive descent; missing keys print nothing;
 * the parser's errors come as kubectl's "error parsing jsonpath".
 */
class GetJsonPathTest {
    private final ExecScenario s = ExecScenario.settled(ExecScenario.read(GetServicesAsYamlAndJsonTest.SCENARIO));

    private void assertPrints(String stdout, String template, String... get) {
        String[] args = new String[get.length + 3];
        args[0] = "get";
        System.arraycopy(get, 0, args, 1, get.length);
        args[get.length + 1] = "-o";
        args[get.length + 2] = "jsonpath=" + template;
        assertEquals(new Kubectl.Output(stdout, "", 0), s.run(args), template);
    }

    @Test
    void aScalarPrintsAsItIsWithoutANewline() {
        assertPrints("10.109.97.245", "{.spec.clusterIP}", "svc", "web");
        assertPrints("30080", "{.spec.ports[0].nodePort}", "svc", "web");
        assertPrints("ClusterIP: 10.109.97.245", "ClusterIP: {.spec.clusterIP}", "svc", "web");
    }

    @Test
    void mapsAndListsPrintAsCompactJsonWithSortedKeys() {
        assertPrints("{\"app\":\"web\"}", "{.spec.selector}", "svc", "web");
        assertPrints("[{\"name\":\"http\",\"nodePort\":30080,\"port\":80,\"protocol\":\"TCP\",\"targetPort\":8080}]",
                "{.spec.ports}", "svc", "web");
    }

    @Test
    void aListsItemsAreReachedThroughItemsAndJoinedBySpaces() {
        assertPrints("idle kubernetes lb web", "{.items[*].metadata.name}", "svc");
        assertPrints("web", "{.items[-1].metadata.name}", "svc");
        assertPrints("http 80", "{.spec.ports[0]['name','port']}", "svc", "web");
    }

    @Test
    void rangeRepeatsTheTemplateForEachItem() {
        assertPrints("idle\t10.98.44.81\nkubernetes\t10.96.0.1\nlb\t10.99.157.239\nweb\t10.109.97.245\n",
                "{range .items[*]}{.metadata.name}{\"\\t\"}{.spec.clusterIP}{\"\\n\"}{end}", "svc");
    }

    @Test
    void aFilterKeepsTheItemsThatMatch() {
        assertPrints("10.244.1.2 10.244.2.2", "{.items[?(@.metadata.labels.app==\"web\")].status.podIP}", "pods");
        assertPrints("80", "{..port}", "svc", "web");
    }

    @Test
    void missingKeysPrintNothingAndNullPrintsAsGoDoes() {
        assertPrints("", "{.metadata.nope}", "svc", "web");
        assertPrints("<nil>", "{.status.conditions[0].lastProbeTime}", "pod", "solo");
        assertPrints(".spec", ".spec", "svc", "web");
    }

    @Test
    void aTemplateIsRequiredAndMustParse() {
        assertEquals(new Kubectl.Output("", "error: template format specified but no template given\n", 1),
                s.run("get", "svc", "web", "-o", "jsonpath"));
        assertEquals(new Kubectl.Output("", "error: error parsing jsonpath {.spec, unclosed action\n", 1),
                s.run("get", "svc", "web", "-o", "jsonpath={.spec"));
        assertEquals(new Kubectl.Output("", "error: error parsing jsonpath {.spec.ports[0}, unterminated array\n", 1),
                s.run("get", "svc", "web", "-o", "jsonpath={.spec.ports[0}"));
        assertEquals(new Kubectl.Output("", "error: error parsing jsonpath {.spec #x}, unrecognized character in"
                + " action: U+0023 '#'\n", 1), s.run("get", "svc", "web", "-o", "jsonpath={.spec #x}"));
    }

    @Test
    void aTemplateThatFailsWhileItRunsSaysWhyInTheTutorsWords() {
        assertEquals(new Kubectl.Output("", "error: the JSONPath template {.spec.ports[3]} failed: array index out of"
                + " bounds: index 3, length 1 (kubectl adds the whole object to this message; the tutor does not)\n",
                1), s.run("get", "svc", "web", "-o", "jsonpath={.spec.ports[3]}"));
    }
}
