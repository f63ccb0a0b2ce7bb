package io.kubetutor.manifest.validate;

import static io.kubetutor.manifest.validate.Fixtures.container;
import static io.kubetutor.manifest.validate.Fixtures.kubectlCreate;
import static io.kubetutor.manifest.validate.Fixtures.kubectlUpdate;
import static io.kubetutor.manifest.validate.Fixtures.meta;
import static io.kubetutor.manifest.validate.Fixtures.selector;
import static io.kubetutor.manifest.validate.Fixtures.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Deployment;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deployment, ReplicaSet, StatefulSet and ReplicationController messages. */
class WorkloadValidationTest {
    private static final Map<String, String> WEB = Map.of("app", "web");

    private static PodTemplateSpec webTemplate(Map<String, String> labels) {
        return template(labels, container("web", "nginx"));
    }

    private static Deployment deployment(LabelSelector sel, PodTemplateSpec t) {
        return new Deployment(meta("web"), new Deployment.Spec(null, sel, t, null, 0), null);
    }

    @Test
    void deploymentWithMatchingSelectorIsValid() {
        assertEquals("", kubectlCreate(deployment(selector(WEB), webTemplate(WEB))));
    }

    @Test
    void deploymentWithoutSelectorAlsoFailsTheTemplateMatch() {
        assertEquals("The Deployment \"web\" is invalid: \n* spec.selector: Required value\n"
                + "* spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template"
                + " `labels`", kubectlCreate(deployment(null, webTemplate(WEB))));
    }

    @Test
    void deploymentSelectorMustMatchTemplateLabels() {
        assertEquals("The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value:"
                        + " {\"app\":\"api\",\"tier\":\"front\"}: `selector` does not match template `labels`",
                kubectlCreate(deployment(selector(WEB), webTemplate(Map.of("tier", "front", "app", "api")))));
    }

    @Test
    void deploymentTemplateMustRestartAlways() {
        PodTemplateSpec t = webTemplate(WEB);
        t = new PodTemplateSpec(t.metadata(), t.spec().withPolicies("Never", null, null));
        assertEquals("The Deployment \"web\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"Never\":"
                + " supported values: \"Always\"", kubectlCreate(deployment(selector(WEB), t)));
    }

    @Test
    void deploymentEmptySelectorIsInvalid() {
        assertEquals("The Deployment \"web\" is invalid: spec.selector: Invalid value: {}: empty selector is invalid"
                + " for deployment", kubectlCreate(deployment(selector(Map.of()), webTemplate(WEB))));
    }

    @Test
    void deploymentReplicasMayNotBeNegative() {
        Deployment d = new Deployment(meta("web"), new Deployment.Spec(-1, selector(WEB), webTemplate(WEB), null, 0), null);
        assertEquals("The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or"
                + " equal to 0", kubectlCreate(d));
    }

    @Test
    void deploymentTemplateNeedsContainers() {
        assertEquals("The Deployment \"web\" is invalid: spec.template.spec.containers: Required value",
                kubectlCreate(deployment(selector(WEB), template(WEB))));
    }

    @Test
    void deploymentWithUnknownStrategyShowsTheInternalStruct() {
        Deployment d = new Deployment(meta("web"), new Deployment.Spec(1, selector(WEB), webTemplate(WEB), "BlueGreen",
                0), null);
        assertEquals("The Deployment \"web\" is invalid: spec.strategy: Unsupported value: {\"Type\":\"BlueGreen\","
                + "\"RollingUpdate\":null}: supported values: \"Recreate\", \"RollingUpdate\"", kubectlCreate(d));
    }

    @Test
    void selectorExpressionWithoutValuesMakesTheSelectorUnusable() {
        LabelSelector sel = new LabelSelector(null, List.of(new LabelSelector.Requirement("app", "In", null)));
        assertEquals("The Deployment \"web\" is invalid: \n* spec.selector.matchExpressions[0].values: Required value:"
                + " must be specified when `operator` is 'In' or 'NotIn'\n* spec.selector: Invalid value:"
                + " {\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"In\"}]}: invalid label selector",
                kubectlCreate(deployment(sel, webTemplate(WEB))));
    }

    @Test
    void deploymentSelectorIsImmutable() {
        Deployment old = (Deployment) Defaults.apply(deployment(selector(WEB), webTemplate(WEB)));
        Map<String, String> web2 = Map.of("app", "web2");
        Deployment updated = (Deployment) Defaults.apply(deployment(selector(web2), webTemplate(web2)));
        assertEquals("The Deployment \"web\" is invalid: spec.selector: Invalid value: {\"matchLabels\":{\"app\":\"web2\"}}:"
                + " field is immutable", kubectlUpdate(old, updated));
    }

    @Test
    void replicaSetEmptySelectorUsesTheDeploymentWording() {
        ReplicaSet rs = new ReplicaSet(meta("web"), new ReplicaSet.Spec(null, selector(Map.of()), webTemplate(WEB), 0),
                null);
        assertEquals("The ReplicaSet \"web\" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for"
                + " deployment", kubectlCreate(rs));
    }

    @Test
    void replicaSetTemplateLabelsAreValidatedOnTheTemplatePath() {
        Map<String, String> bad = Map.of("app", "web", "team", "a b");
        ReplicaSet rs = new ReplicaSet(meta("web"), new ReplicaSet.Spec(null, selector(WEB), webTemplate(bad), 0), null);
        assertEquals("The ReplicaSet \"web\" is invalid: spec.template.labels: Invalid value: \"a b\": a valid label"
                + " must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and"
                + " end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for"
                + " validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')", kubectlCreate(rs));
    }

    private static StatefulSet statefulSet(String name, String serviceName, String policy) {
        return new StatefulSet(meta(name), new StatefulSet.Spec(null, selector(WEB), webTemplate(WEB), serviceName, policy,
                0), null);
    }

    @Test
    void statefulSetPodManagementPolicyIsOneOfTwo() {
        assertEquals("The StatefulSet \"web\" is invalid: spec.podManagementPolicy: Invalid value: \"Random\": must be"
                + " 'OrderedReady' or 'Parallel'", kubectlCreate(statefulSet("web", "nginx", "Random")));
    }

    @Test
    void statefulSetNameIsADns1123Label() {
        assertEquals("The StatefulSet \"web.v1\" is invalid: metadata.name: Invalid value: \"web.v1\": must not contain"
                + " dots", kubectlCreate(statefulSet("web.v1", "nginx", null)));
    }

    @Test
    void statefulSetWithoutServiceNameIsAccepted() {
        assertEquals("", kubectlCreate(statefulSet("web", "", null)));
    }

    @Test
    void statefulSetServiceNameCannotBeUpdated() {
        StatefulSet old = (StatefulSet) Defaults.apply(statefulSet("web", "nginx", null));
        StatefulSet updated = (StatefulSet) Defaults.apply(statefulSet("web", "nginx-headless", null));
        assertEquals("The StatefulSet \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other"
                + " than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and"
                + " 'minReadySeconds' are forbidden", kubectlUpdate(old, updated));
    }

    @Test
    void statefulSetReplicasMayChange() {
        StatefulSet old = (StatefulSet) Defaults.apply(statefulSet("web", "nginx", null));
        StatefulSet.Spec s = old.spec();
        StatefulSet scaled = old.withSpec(new StatefulSet.Spec(5, s.selector(), s.template(), s.serviceName(),
                s.podManagementPolicy(), s.minReadySeconds()));
        assertEquals("", kubectlUpdate(old, scaled));
    }

    @Test
    void replicationControllerWithoutSelectorOrTemplateLabelsNeedsASelector() {
        ReplicationController rc = new ReplicationController(meta("web"),
                new ReplicationController.Spec(null, null, webTemplate(Map.of()), 0), null);
        assertEquals("The ReplicationController \"web\" is invalid: spec.selector: Required value", kubectlCreate(rc));
    }

    @Test
    void replicationControllerWithoutTemplateNeedsOne() {
        ReplicationController rc = new ReplicationController(meta("web"),
                new ReplicationController.Spec(null, WEB, null, 0), null);
        assertEquals("The ReplicationController \"web\" is invalid: spec.template: Required value", kubectlCreate(rc));
    }

    @Test
    void replicationControllerSelectorMustMatchItsTemplate() {
        ReplicationController rc = new ReplicationController(new ObjectMeta("web", null, "default", WEB, null),
                new ReplicationController.Spec(null, Map.of("app", "api"), webTemplate(WEB), 0), null);
        assertEquals("The ReplicationController \"web\" is invalid: spec.template.metadata.labels: Invalid value:"
                + " {\"app\":\"web\"}: `selector` does not match template `labels`", kubectlCreate(rc));
    }

    @Test
    void deploymentWithoutSpecGetsTheThreeClassicErrors() {
        Deployment d = new Deployment(meta("web"), null, null);
        assertEquals("The Deployment \"web\" is invalid: \n* spec.selector: Required value\n"
                + "* spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`\n"
                + "* spec.template.spec.containers: Required value", kubectlCreate(d));
    }
}
