package io.kubetutor.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Service;
import io.kubetutor.model.Severity;
import io.kubetutor.ui.actions.ManifestVariants.Change;
import io.kubetutor.ui.actions.ManifestVariants.Flip;
import io.kubetutor.ui.actions.ManifestVariants.TextVariant;
import io.kubetutor.session.Session;
import io.kubetutor.session.SessionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Compare mode's flips change only the settings they name, and the result applies cleanly. */
class ManifestVariantsTest {
    private static String shop() throws Exception {
        return Files.readString(Path.of("src/test/resources/scenarios/shop.yaml"));
    }

    /** What the API server made of the text: the state after applying it, which must hold no error. */
    static SessionState applied(String text) {
        List<SessionState> states = new ArrayList<>();
        Session s = new Session(ClusterTopology.defaults(), 1, states::add, Runnable::run);
        s.applyText(text);
        SessionState last = states.get(states.size() - 1);
        assertEquals(List.of(), last.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::message).toList());
        assertFalse(last.stale());
        return last;
    }

    private static Service service(SessionState s, String name) {
        return s.snapshot().get(Service.class, "default", name).orElseThrow();
    }

    @Test
    void externalTrafficPolicyFlipsOnEveryNodePortAndLoadBalancerService() throws Exception {
        TextVariant v = ManifestVariants.externalTrafficPolicy(shop()).orElseThrow();
        assertEquals(Flip.EXTERNAL_TRAFFIC_POLICY, v.flip());
        assertEquals(List.of(new Change("default/web", "spec.externalTrafficPolicy", "Cluster", "Local"),
                new Change("default/shop", "spec.externalTrafficPolicy", "Local", "Cluster")), v.changes());
        assertEquals(shop().replace("  type: NodePort\n", "  externalTrafficPolicy: Local\n  type: NodePort\n")
                .replace("externalTrafficPolicy: Local\n  ports: [", "externalTrafficPolicy: Cluster\n  ports: ["),
                v.text());
        SessionState s = applied(v.text());
        assertEquals("Local", service(s, "web").spec().externalTrafficPolicy());
        assertEquals("Cluster", service(s, "shop").spec().externalTrafficPolicy());
        assertEquals(0, service(s, "shop").spec().healthCheckNodePort());
    }

    @Test
    void goingBackToClusterDropsAWrittenHealthCheckNodePortTheServerWouldRefuse() throws Exception {
        String pinned = shop().replace("externalTrafficPolicy: Local\n", "externalTrafficPolicy: Local\n"
                + "  healthCheckNodePort: 31999\n");
        assertEquals(31999, service(applied(pinned), "shop").spec().healthCheckNodePort());
        TextVariant v = ManifestVariants.externalTrafficPolicy(pinned).orElseThrow();
        assertFalse(v.text().contains("healthCheckNodePort"));
        applied(v.text());
    }

    @Test
    void sessionAffinityFlipsOnEveryProxiedServiceAndBack() throws Exception {
        TextVariant v = ManifestVariants.sessionAffinity(shop()).orElseThrow();
        // db is headless: kube-proxy does not balance it, so there is nothing to pin
        assertEquals(List.of("default/web", "default/shop"), v.changes().stream().map(Change::object).toList());
        SessionState s = applied(v.text());
        assertEquals("ClientIP", service(s, "web").spec().sessionAffinity());
        assertEquals("None", service(s, "db").spec().sessionAffinity());
        TextVariant back = ManifestVariants.sessionAffinity(v.text()).orElseThrow();
        assertEquals(List.of("ClientIP", "ClientIP"), back.changes().stream().map(Change::from).toList());
        assertEquals("None", service(applied(back.text()), "shop").spec().sessionAffinity());
    }

    @Test
    void aFlipWithNothingToChangeIsEmpty() {
        String clusterIpOnly = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  clusterIP: None\n"
                + "  ports: [{port: 80}]\n";
        assertEquals(Optional.empty(), ManifestVariants.externalTrafficPolicy(clusterIpOnly));
        assertEquals(Optional.empty(), ManifestVariants.sessionAffinity(clusterIpOnly));
        assertEquals(Optional.empty(), ManifestVariants.externalTrafficPolicy(""));
    }

    @Test
    void proxyModeFlipsTheTopologyAndLeavesTheText() throws Exception {
        ManifestVariants.TopologyVariant v = ManifestVariants.proxyMode(ClusterTopology.defaults());
        assertEquals(ProxyMode.IPVS, v.topology().proxyMode());
        assertEquals(ClusterTopology.defaults().nodes(), v.topology().nodes());
        assertEquals(List.of(new Change("kube-proxy", "mode", "iptables", "ipvs")), v.changes());
        assertEquals(ProxyMode.IPTABLES, ManifestVariants.proxyMode(v.topology()).topology().proxyMode());
        List<ManifestVariants.Variant> offered = ManifestVariants.offered(shop(), ClusterTopology.defaults());
        assertEquals(List.of(Flip.EXTERNAL_TRAFFIC_POLICY, Flip.SESSION_AFFINITY, Flip.PROXY_MODE),
                offered.stream().map(ManifestVariants.Variant::flip).toList());
        assertInstanceOf(ManifestVariants.TopologyVariant.class, offered.get(2));
    }
}
