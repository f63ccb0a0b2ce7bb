package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GetAndDescribeTest {
    private final TestCluster cluster = Fixtures.web();

    private void assertOutput(Kubectl.Output out, String stdout, String stderr, int code) {
        assertEquals(stderr, out.stderr(), "stderr");
        assertEquals(stdout, out.stdout(), "stdout");
        assertEquals(code, out.exitCode(), "exit code");
    }

    @Test
    void everyNameOfServicesReachesTheServicesTable() {
        for (String alias : new String[] {"svc", "service", "services", "SVC", "Service", "services.v1"}) {
            assertOutput(cluster.run("get", alias), "TABLE services kubernetes web\n", "", 0);
        }
    }

    @Test
    void everyRequestForV1EndpointsCarriesTheDeprecationWarningPrintedOncePerCommand() {
        String warning = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";
        assertEquals(warning, cluster.run("get", "endpoints").stderr());
        assertEquals(warning, cluster.run("get", "ep", "kubernetes", "-n", "default").stderr());
        assertEquals(warning, cluster.run("get", "ep/kubernetes", "endpoints/kubernetes").stderr());
        assertEquals(warning, cluster.run("describe", "ep", "kubernetes").stderr());
        assertEquals(warning + "Error from server (NotFound): endpoints \"nope\" not found\n",
                cluster.run("get", "endpoints", "nope").stderr());
        assertEquals("", cluster.run("get", "endpointslices").stderr());
        assertEquals("", cluster.run("get", "svc").stderr());
    }

    @Test
    void groupQualifiedNamesResolve() {
        assertOutput(cluster.run("get", "deployments.apps"), "TABLE deployments web\n", "", 0);
        assertOutput(cluster.run("get", "deploy.v1.apps", "web"), "TABLE deployments web\n", "", 0);
        assertOutput(cluster.run("get", "endpointslices.discovery.k8s.io", "kubernetes"),
                "TABLE endpointslices kubernetes\n", "", 0);
        assertOutput(cluster.run("get", "po"), "TABLE pods web-0\n", "", 0);
    }

    @Test
    void theNamespaceFlagWorksInEveryFormAndBeforeTheCommand() {
        String cart = "TABLE services cart\n";
        assertOutput(cluster.run("get", "svc", "-n", "shop"), cart, "", 0);
        assertOutput(cluster.run("get", "svc", "-n=shop"), cart, "", 0);
        assertOutput(cluster.run("get", "svc", "-nshop"), cart, "", 0);
        assertOutput(cluster.run("get", "svc", "--namespace", "shop"), cart, "", 0);
        assertOutput(cluster.run("get", "svc", "--namespace=shop"), cart, "", 0);
        assertOutput(cluster.run("-n", "shop", "get", "svc"), cart, "", 0);
    }

    @Test
    void allNamespacesListsByNamespaceThenName() {
        assertOutput(cluster.run("get", "svc", "-A", "-o", "wide"),
                "TABLE services default/kubernetes default/web kube-system/kube-dns shop/cart (wide)\n", "", 0);
    }

    @Test
    void namesArePrintedInTheOrderGivenAndMissingOnesFailAfterwards() {
        assertOutput(cluster.run("get", "svc", "web", "nope", "kubernetes", "gone"), "TABLE services web kubernetes\n",
                "Error from server (NotFound): services \"nope\" not found\n"
                        + "Error from server (NotFound): services \"gone\" not found\n", 1);
    }

    @Test
    void aMissingObjectIsTheServersNotFoundWithTheGroupQualifiedResource() {
        assertOutput(cluster.run("get", "svc", "x"), "", "Error from server (NotFound): services \"x\" not found\n", 1);
        assertOutput(cluster.run("get", "deploy/x"), "",
                "Error from server (NotFound): deployments.apps \"x\" not found\n", 1);
        assertOutput(cluster.run("get", "svc", "x", "--ignore-not-found"), "", "", 0);
    }

    @Test
    void anEmptyNamespaceSaysNoResourcesFoundOnStderr() {
        assertOutput(cluster.run("get", "pods", "-n", "shop"), "", "No resources found in shop namespace.\n", 0);
        assertOutput(cluster.run("get", "ing", "-A"), "", "No resources found\n", 0);
    }

    @Test
    void outputNamePrintsKindWithGroupAndName() {
        assertOutput(cluster.run("get", "svc,deploy", "-o", "name"), "service/kubernetes\nservice/web\ndeployment.apps/web\n",
                "", 0);
    }

    @Test
    void severalTypesNeedTheKindInTheNameColumnWhichThesePrintersLack() {
        assertOutput(cluster.run("get", "svc,deploy"), "", "error: the tutor prints one resource type per kubectl get"
                + " for now; ask for each type on its own\n", 1);
    }

    @Test
    void aLabelSelectorFiltersTheList() {
        assertOutput(cluster.run("get", "po", "-l", "tier=front"), "TABLE pods web-0\n", "", 0);
        assertOutput(cluster.run("get", "po", "-l", "tier!=front"), "", "No resources found in default namespace.\n", 0);
    }

    @Test
    void describeWithoutArgumentsAsksForAType() {
        assertOutput(cluster.run("describe"), "", "error: You must specify the type of resource to describe. Use"
                + " \"kubectl api-resources\" for a complete list of supported resources.\n", 1);
    }

    @Test
    void describeSeparatesObjectsWithABlankLine() {
        assertOutput(cluster.run("describe", "svc"),
                "DESCRIBE Service default/kubernetes\n\n\nDESCRIBE Service default/web\n", "", 0);
        assertOutput(cluster.run("describe", "svc/web"), "DESCRIBE Service default/web\n", "", 0);
    }

    @Test
    void describeOfAMissingNameDescribesEveryObjectItPrefixes() {
        assertOutput(cluster.run("describe", "po", "web"), "DESCRIBE Pod default/web-0\n\n", "", 0);
        assertOutput(cluster.run("describe", "po", "db"), "", "Error from server (NotFound): pods \"db\" not found\n", 1);
    }

    @Test
    void describeOfAnEmptyNamespaceSaysNoResourcesFound() {
        assertOutput(cluster.run("describe", "po", "-n", "shop"), "", "No resources found in shop namespace.\n", 0);
    }

    @Test
    void readingEndpointsPrintsTheDeprecationWarningOnceOnStderr() {
        String warning = "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";
        assertEquals(warning, cluster.run("get", "endpoints").stderr());
        assertEquals(warning, cluster.run("describe", "ep").stderr().substring(0, warning.length()));
        assertEquals(warning + "Error from server (NotFound): endpoints \"x\" not found\n"
                + "Error from server (NotFound): endpoints \"y\" not found\n", cluster.run("get", "ep", "x", "y").stderr());
        assertEquals("", cluster.run("get", "endpointslices").stderr());
        assertEquals("", cluster.run("get", "svc", "web").stderr());
    }
}
