package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.ui.layout.ElementIds;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The topology's context menus through the whole window: the real menu on the drawn element, its
 * dialogs answered as a learner would, and what the cluster, the editor and the Endpoints tab
 * show afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class TopologyContextMenuTest {
    /** Three nginx replicas with a readiness probe, so a silent app shows as a not-ready endpoint. */
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: nginx
                    ports: [{containerPort: 80}]
                    readinessProbe: {httpGet: {path: /, port: 80}}
            ---
            """;
    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports: [{port: 80, targetPort: 80}]
            """;
    static final String READY = "✓";
    static final String NOT_READY = "✗";

    @TempDir
    static Path data;

    private WindowDriver w;

    @Start
    void start(Stage stage) {
        w = WindowDriver.open(stage, data);
    }

    private String menu(String key) {
        return w.window.messages().text(key);
    }

    private void startWeb() {
        w.apply(DEPLOYMENT + SERVICE, "web-", 3);
        WindowDriver.waitUntil("three ready endpoints", () -> w.endpointRows().size() == 3
                && w.endpointRows().values().stream().allMatch(READY::equals));
    }

    private static String podId(String name) {
        return ElementIds.pod("default", name);
    }

    @Test
    void deletingAPodFromItsMenuBringsAReplacementWithANewNameIntoTheEndpoints() {
        startWeb();
        List<String> before = w.podNames("web-");
        String victim = before.get(0);

        w.chooseFromMenu(podId(victim), menu("topology.menu.deletePod"));
        w.waitForState("the victim is being deleted", s -> !WindowDriver.podNames(s, "web-").contains(victim));
        w.advance(40_000);

        List<String> after = w.podNames("web-");
        assertEquals(3, after.size(), after.toString());
        assertFalse(after.contains(victim), after.toString());
        String replacement = after.stream().filter(p -> !before.contains(p)).findFirst()
                .orElseThrow(() -> new AssertionError("no replacement pod: " + after));
        WindowDriver.waitUntil("the Endpoints tab lists the replacement, not the victim",
                () -> w.endpointRows().keySet().equals(Set.copyOf(after)));
        assertEquals(READY, w.endpointRows().get(replacement));
    }

    @Test
    void aPodWhoseAppFailsItsProbesTurnsNotReadyInTheEndpointsAndComesBackWhenItPasses() {
        startWeb();
        String pod = w.podNames("web-").get(1);

        w.chooseFromMenu(podId(pod), menu("topology.menu.failProbes"));
        w.advance(40_000);
        assertNotEquals("True", readyCondition(pod));
        WindowDriver.waitUntil("the pod is listed as not ready", () -> NOT_READY.equals(w.endpointRows().get(pod)));
        assertEquals(List.of(pod), notReadyAddressesPods());

        // The menu now offers the opposite.
        w.chooseFromMenu(podId(pod), menu("topology.menu.passProbes"));
        w.advance(20_000);
        assertEquals("True", readyCondition(pod));
        WindowDriver.waitUntil("the pod is ready again", () -> READY.equals(w.endpointRows().get(pod)));
        assertEquals(List.of(), notReadyAddressesPods());
    }

    private String readyCondition(String pod) {
        return w.pod(pod).status().conditions().stream().filter(c -> c.type().equals("Ready"))
                .map(c -> c.status()).findFirst().orElse("");
    }

    private List<String> notReadyAddressesPods() {
        return w.latest().snapshot().get(Endpoints.class, "default", "web").orElseThrow()
                .subsets().stream().flatMap(s -> s.notReadyAddresses().stream())
                .map(a -> a.targetRef().name()).toList();
    }

    @Test
    void relabellingAPodFromItsMenuTakesItOutOfTheServicesEndpoints() {
        startWeb();
        String pod = w.podNames("web-").get(2);

        w.chooseFromMenu(podId(pod), menu("topology.menu.editLabels"));
        w.answerDialog("app=debug");
        w.waitForState("the pod carries its new label",
                s -> "debug".equals(s.snapshot().get(Pod.class, "default", pod).orElseThrow()
                        .metadata().labels().get("app")));
        WindowDriver.waitUntil("the pod leaves the Endpoints tab", () -> !w.endpointRows().containsKey(pod));
        assertFalse(w.latest().snapshot().get(Endpoints.class, "default", "web").orElseThrow()
                .subsets().stream().flatMap(s -> s.addresses().stream())
                .anyMatch(a -> a.targetRef().name().equals(pod)));
    }

    @Test
    void scalingTheDeploymentWrittenInTheEditorRewritesItsReplicasAndThePodsFollow() {
        startWeb();
        String pod = w.podNames("web-").get(0);

        w.chooseFromMenu(podId(pod), w.window.messages().format("topology.menu.scale", "deployment/web"));
        w.answerDialog("5");
        WindowDriver.waitUntil("the editor says replicas: 5",
                () -> w.parts().editor().getText().contains("replicas: 5"));
        assertFalse(w.parts().editor().getText().contains("replicas: 3"), w.parts().editor().getText());
        w.waitForState("five web pods", s -> WindowDriver.podNames(s, "web-").size() == 5);
        w.advance(30_000);
        WindowDriver.waitUntil("five ready endpoints", () -> w.endpointRows().size() == 5
                && w.endpointRows().values().stream().allMatch(READY::equals));
    }

    @Test
    void cordoningANodeFromItsMenuMarksItUnschedulable() {
        startWeb();
        assertFalse(w.node("node2").cordoned());

        w.chooseFromMenu("node2", menu("topology.menu.cordon"));
        w.waitForState("node2 cordoned", s -> s.nodes().stream().anyMatch(n -> n.name().equals("node2")
                && n.cordoned()));
        assertFalse(w.node("node1").cordoned());
        assertTrue(w.node("node2").ready(), "a cordoned node still runs its pods");
    }

    @Test
    void aFailedNodeTurnsNotReadyOnlyAfterTheNodeMonitorGracePeriod() {
        startWeb();
        w.chooseFromMenu("node3", menu("topology.menu.failNode"));
        w.waitForState("node3 down", s -> s.nodes().stream().anyMatch(n -> n.name().equals("node3") && n.failed()));
        assertTrue(w.node("node3").ready(), "the API still says Ready until the controller notices");

        w.advance(30_000);
        assertTrue(w.node("node3").ready(), "30 s is inside the 50 s grace period");
        w.advance(30_000);
        assertFalse(w.node("node3").ready());
        assertEquals("Unknown", w.node("node3").condition());
    }

    @Test
    void exposingAServiceAsNodePortWritesWhatKubectlExposePrintsIntoTheEditor() {
        startWeb();
        String before = w.parts().editor().getText();

        w.chooseFromMenu(ElementIds.service("default", "web"), menu("topology.menu.exposeNodePort"));
        WindowDriver.waitUntil("the editor gains the new Service",
                () -> w.parts().editor().getText().contains("web-nodeport"));
        String text = w.parts().editor().getText();
        assertTrue(text.startsWith(before.stripTrailing()), text);
        // kubectl v1.33 still prints the zero creationTimestamp (omitted only from v1.34, kubernetes#130989).
        assertTrue(text.endsWith("""
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  creationTimestamp: null
                  name: web-nodeport
                  namespace: default
                spec:
                  ports:
                  - port: 80
                    protocol: TCP
                    targetPort: 80
                  selector:
                    app: web
                  type: NodePort
                status:
                  loadBalancer: {}
                """), text);
        w.waitForState("the new Service exists", s -> s.snapshot().get(Service.class, "default", "web-nodeport")
                .map(svc -> svc.spec().type().equals("NodePort") && svc.spec().ports().get(0).nodePort() > 0)
                .orElse(false));
        WindowDriver.waitUntil("the topology draws it",
                () -> w.parts().topology().elementNode(ElementIds.service("default", "web-nodeport")) != null);
        WindowDriver.waitUntil("the Endpoints tab has a group for it",
                () -> w.shows("#endpoints-group-default-web-nodeport"));
    }
}
