package io.kubetutor.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.kubectl.Kubectl;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Service;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Expose as NodePort" appends what kubectl expose prints, and the text still applies. */
class ExposeEditTest {
    private static final String TEXT = """
            # the backend
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: shop
              labels: {app: web}
            spec:
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: 8080}""";

    @Test
    void theArgumentsAreTheCommandALearnerWouldType() {
        assertEquals(List.of("expose", "service", "web", "--type=NodePort", "--name=web-nodeport", "--dry-run=client",
                "-o", "yaml", "-n", "shop"), ExposeEdit.args("shop", "web", "NodePort"));
        assertEquals(List.of("expose", "service", "api", "--type=LoadBalancer", "--name=api-loadbalancer",
                "--dry-run=client", "-o", "yaml", "-n", "default"), ExposeEdit.args("", "api", "LoadBalancer"));
    }

    @Test
    void whatKubectlPrintsIsAppendedAndAppliesAsANodePortServiceBesideTheOldOne() {
        List<SessionState> states = new ArrayList<>();
        Session session = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        session.applyText(TEXT);
        Kubectl.Output out = session.kubectl(ExposeEdit.args("shop", "web", "NodePort")).join();
        assertEquals("", out.stderr());
        assertEquals(0, out.exitCode());
        String edited = ExposeEdit.expose(TEXT, out.stdout());
        assertEquals(TEXT + "\n---\n" + out.stdout(), edited);
        Loaded.load(edited);
        SessionState s = ManifestVariantsTest.applied(edited);
        Service exposed = s.snapshot().get(Service.class, "shop", "web-nodeport").orElseThrow();
        assertEquals("NodePort", exposed.spec().type());
        assertTrue(exposed.spec().ports().get(0).nodePort() >= 30000, exposed.spec().ports().toString());
        assertEquals(java.util.Map.of("app", "web"), exposed.spec().selector());
        assertTrue(s.snapshot().get(Service.class, "shop", "web").isPresent());
    }
}
