package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.Pod;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteCommandsTest {
    private final TestCluster cluster = Fixtures.web();

    private void assertOutput(Kubectl.Output out, String stdout, String stderr, int code) {
        assertEquals(stderr, out.stderr(), "stderr");
        assertEquals(stdout, out.stdout(), "stdout");
        assertEquals(code, out.exitCode(), "exit code");
    }

    private int replicas() {
        return cluster.snapshot().get(Deployment.class, "default", "web").orElseThrow().spec().replicas();
    }

    private Map<String, String> podLabels() {
        return cluster.snapshot().get(Pod.class, "default", "web-0").orElseThrow().metadata().labels();
    }

    @Test
    void scaleWritesReplicasAndNamesTheDeploymentWithItsGroup() {
        assertOutput(cluster.run("scale", "deployment", "web", "--replicas=5"), "deployment.apps/web scaled\n", "", 0);
        assertEquals(5, replicas());
        assertOutput(cluster.run("scale", "deploy/web", "--replicas", "3", "--dry-run=client"),
                "deployment.apps/web scaled (dry run)\n", "", 0);
        assertEquals(5, replicas());
    }

    @Test
    void scaleRefusesANegativeCount() {
        assertOutput(cluster.run("scale", "deploy", "web", "--replicas=-1"), "",
                "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n", 1);
    }

    @Test
    void scaleChecksTheCurrentReplicasPrecondition() {
        assertOutput(cluster.run("scale", "deploy", "web", "--replicas=4", "--current-replicas=3"), "",
                "error: Expected replicas to be 3, was 2\n", 1);
        assertEquals(2, replicas());
    }

    @Test
    void aServiceHasNoScaleSubresource() {
        assertOutput(cluster.run("scale", "svc", "web", "--replicas=2"), "",
                "Error from server (NotFound): the server could not find the requested resource\n", 1);
    }

    @Test
    void scaleOfAMissingDeploymentIsNotFound() {
        assertOutput(cluster.run("scale", "deploy", "api", "--replicas=2"), "",
                "Error from server (NotFound): deployments.apps \"api\" not found\n", 1);
    }

    @Test
    void deletePrintsKindAndQuotedNameThenNotFoundForTheMissing() {
        assertOutput(cluster.run("delete", "pod", "web-0", "ghost"), "pod \"web-0\" deleted\n",
                "Error from server (NotFound): pods \"ghost\" not found\n", 1);
        assertTrue(cluster.snapshot().get(Pod.class, "default", "web-0").isEmpty());
    }

    @Test
    void deleteDryRunLeavesThePod() {
        assertOutput(cluster.run("delete", "po/web-0", "--dry-run=client"), "pod \"web-0\" deleted (dry run)\n", "", 0);
        assertTrue(cluster.snapshot().get(Pod.class, "default", "web-0").isPresent());
        assertOutput(cluster.run("delete", "deploy", "web", "-o", "name"), "deployment.apps/web\n", "", 0);
    }

    @Test
    void deleteAllOfAnEmptyNamespaceSaysNoResourcesFoundOnStdout() {
        assertOutput(cluster.run("delete", "pods", "--all", "-n", "shop"), "No resources found\n", "", 0);
    }

    @Test
    void labelAddsAndPrintsLabeled() {
        assertOutput(cluster.run("label", "pod", "web-0", "version=v2"), "pod/web-0 labeled\n", "", 0);
        assertEquals("v2", podLabels().get("version"));
    }

    @Test
    void labelRemovesWithADashAndSaysUnlabeled() {
        assertOutput(cluster.run("label", "pod", "web-0", "tier-"), "pod/web-0 unlabeled\n", "", 0);
        assertEquals(Map.of("app", "web"), podLabels());
    }

    @Test
    void removingALabelThatIsNotThereSaysSoAndNotLabeled() {
        assertOutput(cluster.run("label", "pod", "web-0", "color-"), "label \"color\" not found.\npod/web-0 not labeled\n",
                "", 0);
    }

    @Test
    void settingTheSameValueIsNotLabeledWithoutOverwrite() {
        assertOutput(cluster.run("label", "pod", "web-0", "app=web"), "pod/web-0 not labeled\n", "", 0);
    }

    @Test
    void changingAValueNeedsOverwrite() {
        assertOutput(cluster.run("label", "pod", "web-0", "app=api"), "",
                "error: 'app' already has a value (web), and --overwrite is false\n", 1);
        assertOutput(cluster.run("label", "pod", "web-0", "app=api", "tier=back"), "",
                "'app' already has a value (web), and --overwrite is false\n"
                        + "'tier' already has a value (front), and --overwrite is false\n", 1);
        assertOutput(cluster.run("label", "--overwrite", "pod", "web-0", "app=api"), "pod/web-0 labeled\n", "", 0);
        assertEquals("api", podLabels().get("app"));
    }

    @Test
    void addingAndRemovingAtOnceSaysLabelsChanged() {
        assertOutput(cluster.run("label", "pod", "web-0", "version=v2", "tier-"), "pod/web-0 label(s) changed\n", "", 0);
    }

    @Test
    void labelPairsMustComeAfterTheResources() {
        assertOutput(cluster.run("label", "pod", "a=b", "web-0"), "",
                "error: all resources must be specified before label changes: web-0\n", 1);
        assertOutput(cluster.run("label", "pod", "web-0"), "", "error: at least one label update is required\n", 1);
        assertOutput(cluster.run("label", "pod", "web-0", "a=b=c"), "", "error: invalid label spec: a=b=c\n", 1);
        assertOutput(cluster.run("label", "pod", "web-0", "a=b", "a-"), "",
                "error: can not both modify and remove a label in the same command\n", 1);
    }

    @Test
    void aBadLabelValueIsRefusedByKubectlWithApimachinerysMessage() {
        assertOutput(cluster.run("label", "pod", "web-0", "a=-x"), "", "error: invalid label value: \"a=-x\": a valid"
                + " label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must"
                + " start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex"
                + " used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n", 1);
    }
}
