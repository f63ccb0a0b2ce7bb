package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.manifest.LoadedManifests;
import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The editor's loop: the whole text is applied again after every edit, with prune. */
class ReapplyEditedTextTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    ports:
                    - {name: http, containerPort: 8080}
            """;
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              selector: {app: web}
              ports:
              - name: http
                port: 80
                targetPort: http
            """;

    private final ApiServer server = new ApiServer(ClusterTopology.defaults(), new SplittableRandom(7));

    /** kubectl's result lines; the Endpoints deprecation warning (printed because prune lists Endpoints) aside. */
    private List<String> apply(String text) {
        LoadedManifests loaded = ManifestLoader.load("editor.yaml", text);
        assertEquals(List.of(), loaded.diagnostics());
        ApplyResult r = server.apply("editor.yaml", loaded.objects(), true);
        return r.lines().stream().filter(l -> !l.startsWith("Warning: v1 Endpoints is deprecated")).toList();
    }

    private Service web() {
        return server.get(Service.class, "default", "web").orElseThrow();
    }

    @Test
    void firstApplyCreatesEveryObjectAndAllocatesAddresses() {
        List<String> r = apply(DEPLOYMENT + "---\n" + SERVICE);
        assertEquals(List.of("deployment.apps/web created", "service/web created"), r);
        assertTrue(web().spec().clusterIP().startsWith("10."));
        assertTrue(web().spec().ports().get(0).nodePort() >= 30000);
    }

    @Test
    void applyingTheSameTextAgainChangesNothing() {
        apply(DEPLOYMENT + "---\n" + SERVICE);
        Service before = web();
        List<String> r = apply(DEPLOYMENT + "---\n" + SERVICE);
        assertEquals(List.of("deployment.apps/web unchanged", "service/web unchanged"), r);
        assertEquals(before.spec(), web().spec());
    }

    @Test
    void editingAServiceKeepsItsClusterIpAndNodePort() {
        apply(DEPLOYMENT + "---\n" + SERVICE);
        Service before = web();
        // Lines above move too: positions change, content of the Deployment does not.
        String edited = "# a comment the learner added\n" + DEPLOYMENT + "---\n"
                + SERVICE.replace("port: 80", "port: 8080");
        List<String> r = apply(edited);
        assertEquals(List.of("deployment.apps/web unchanged", "service/web configured"), r);
        assertEquals(before.spec().clusterIP(), web().spec().clusterIP());
        assertEquals(before.spec().ports().get(0).nodePort(), web().spec().ports().get(0).nodePort());
        assertEquals(8080, web().spec().ports().get(0).port());
    }

    @Test
    void removingAnObjectFromTheTextPrunesItAndFreesItsAddresses() {
        apply(DEPLOYMENT + "---\n" + SERVICE);
        Service before = web();
        List<String> r = apply(DEPLOYMENT);
        assertEquals(List.of("deployment.apps/web unchanged", "service/web pruned"), r);
        assertTrue(server.get(Service.class, "default", "web").isEmpty());
        assertTrue(!server.clusterIpAllocated(before.spec().clusterIP()));
        assertTrue(!server.nodePortAllocated(before.spec().ports().get(0).nodePort()));
    }

    @Test
    void switchingToClusterIpReleasesTheNodePort() {
        apply(SERVICE);
        int nodePort = web().spec().ports().get(0).nodePort();
        List<String> r = apply(SERVICE.replace("type: NodePort", "type: ClusterIP"));
        assertEquals(List.of("service/web configured"), r);
        assertEquals(0, web().spec().ports().get(0).nodePort());
        assertTrue(!server.nodePortAllocated(nodePort));
    }

    private ApplyResult applyRaw(String text) {
        return server.apply("editor.yaml", ManifestLoader.load("editor.yaml", text).objects(), true);
    }

    @Test
    void changingAnAllocatedClusterIpIsRefusedWithTheServersMessage() {
        apply(SERVICE);
        String ip = web().spec().clusterIP();
        String edited = SERVICE.replace("  type: NodePort\n", "  type: NodePort\n  clusterIP: 10.96.0.50\n");
        ApplyResult r = applyRaw(edited);
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: [\"10.96.0.50\"]: "
                + "may not change once set", r.diagnostics().stream()
                .filter(d -> d.severity() == io.kubetutor.model.Severity.ERROR).findFirst().orElseThrow().message());
        assertEquals(ip, web().spec().clusterIP(), "the stored Service keeps its address");
    }

    @Test
    void changingADeploymentsSelectorIsRefusedAsImmutable() {
        apply(DEPLOYMENT);
        String edited = DEPLOYMENT.replace("matchLabels: {app: web}", "matchLabels: {app: web, tier: front}")
                .replace("labels: {app: web}", "labels: {app: web, tier: front}");
        ApplyResult r = applyRaw(edited);
        String message = r.diagnostics().stream().filter(d -> d.severity() == io.kubetutor.model.Severity.ERROR)
                .findFirst().orElseThrow().message();
        assertEquals("The Deployment \"web\" is invalid: spec.selector: Invalid value: "
                + "{\"matchLabels\":{\"app\":\"web\",\"tier\":\"front\"}}: field is immutable", message);
    }
}
