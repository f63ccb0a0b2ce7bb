package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A v1.33 server warns on every v1 Endpoints request; kubectl prints it once, first, on stderr. */
class EndpointsWarningTest {
    private static final String WARNING =
            "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n";
    private final KubectlCluster kubectl = new SimulatedKubectlCluster(new Cluster(ClusterTopology.defaults(), 1));

    private Kubectl.Output run(String... args) {
        return Kubectl.run(kubectl, new PrinterViews(), List.of(args));
    }

    @Test
    void getEndpointsWarnsBeforeTheTable() {
        Kubectl.Output out = run("get", "endpoints");
        assertEquals(WARNING, out.stderr());
        assertEquals("""
                NAME         ENDPOINTS          AGE
                kubernetes   192.168.1.2:6443   0s
                """, out.stdout());
    }

    @Test
    void aMissingEndpointsObjectIsWarnedAboutAndThenNotFound() {
        assertEquals(new Kubectl.Output("", WARNING + "Error from server (NotFound): endpoints \"web\" not found\n", 1),
                run("get", "ep", "web"));
    }

    @Test
    void describeWarnsAndOtherResourcesDoNot() {
        assertTrue(run("describe", "ep", "kubernetes").stderr().equals(WARNING));
        assertEquals("", run("get", "svc").stderr());
        assertEquals("", run("get", "endpointslices").stderr());
    }
}
