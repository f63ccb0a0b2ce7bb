package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.UnsimulatedObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsimulatedKindTest {

    @Test
    void aConfigMapLoadsWithOnePlainInfoAtItsKind() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: app-config
                  namespace: shop
                  labels: {app: shop}
                data:
                  app.yaml: |
                    debug: true
                  retries: "3"
                """);
        UnsimulatedObject o = (UnsimulatedObject) r.object();
        assertEquals("v1", o.apiVersion());
        assertEquals("ConfigMap", o.kind());
        assertEquals("app-config", o.name());
        assertEquals("shop", o.namespace());
        assertEquals(Map.of("app", "shop"), o.metadata().labels());
        assertTrue(o.namespaced());
        assertEquals(List.of(new Diagnostic(Severity.INFO, "test.yaml", new SourcePos(2, 7),
                "ConfigMap \"app-config\" is accepted but not simulated: the tutor simulates Services, Pods, "
                        + "workloads, Endpoints and Ingress", List.of())), r.diagnostics());
    }

    @Test
    void clusterScopedKindsKnowTheyAreNotNamespaced() {
        UnsimulatedObject role = (UnsimulatedObject) TestYaml.decode(
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules: []\n")
                .object();
        assertFalse(role.namespaced());
        UnsimulatedObject pv = (UnsimulatedObject) TestYaml.decode(
                "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\n").object();
        assertFalse(pv.namespaced());
    }

    @Test
    void everyCommonBuiltInKindIsAcceptedAtItsCurrentApiVersion() {
        String[] pairs = {"v1 ConfigMap", "v1 Secret", "v1 ServiceAccount", "v1 PersistentVolumeClaim",
            "v1 PersistentVolume", "batch/v1 Job", "batch/v1 CronJob", "apps/v1 DaemonSet",
            "autoscaling/v2 HorizontalPodAutoscaler", "policy/v1 PodDisruptionBudget",
            "networking.k8s.io/v1 NetworkPolicy", "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding", "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "storage.k8s.io/v1 StorageClass", "v1 LimitRange", "v1 ResourceQuota",
            "scheduling.k8s.io/v1 PriorityClass", "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "coordination.k8s.io/v1 Lease", "v1 PodTemplate", "gateway.networking.k8s.io/v1 Gateway",
            "gateway.networking.k8s.io/v1 GatewayClass", "gateway.networking.k8s.io/v1 HTTPRoute",
            "gateway.networking.k8s.io/v1 GRPCRoute", "gateway.networking.k8s.io/v1beta1 ReferenceGrant"};
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            DecodeResult r = TestYaml.decode("apiVersion: " + p[0] + "\nkind: " + p[1] + "\nmetadata: {name: x}\n"
                    + "spec: {anything: [goes, here]}\n");
            UnsimulatedObject o = (UnsimulatedObject) r.object();
            assertEquals(p[0], o.apiVersion(), pair);
            assertEquals(List.of(Severity.INFO), r.diagnostics().stream().map(Diagnostic::severity).toList(), pair);
        }
    }

    @Test
    void theMetadataOfAnUnsimulatedKindIsStillChecked() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                  labels: {v: 1}
                  lables: {}
                """);
        assertNull(r.object());
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Secret in version \"v1\" "
                + "cannot be handled as a Secret: json: cannot unmarshal number into Go struct field "
                + "ObjectMeta.metadata.labels of type string", r.diagnostics().get(0).message());
        DecodeResult typo = TestYaml.decode("apiVersion: v1\nkind: Secret\nmetadata: {name: s, lables: {}}\n");
        assertEquals("unknown field \"metadata.lables\"", typo.diagnostics().get(0).message());
    }

    @Test
    void anEmptyListHoldsNothingAndSaysNothing() {
        DecodeResult r = TestYaml.decode("apiVersion: v1\nkind: List\nitems: []\n");
        assertNull(r.object());
        assertEquals(List.of(), r.diagnostics());
    }
}
