package io.kubetutor.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.ui.console.SessionStates;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.traffic.TargetSuggestion.Reach;
import io.kubetutor.ui.traffic.TargetSuggestion.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The targets the traffic controls suggest, and from where each works. */
class TargetSuggestionsTest {
    private static Optional<TargetSuggestion> find(List<TargetSuggestion> all, String target) {
        return all.stream().filter(t -> t.target().equals(target)).findFirst();
    }

    private static TargetSuggestion get(List<TargetSuggestion> all, String target) {
        return find(all, target).orElseThrow(() -> new AssertionError(target + " not in " + all.stream()
                .map(TargetSuggestion::target).toList()));
    }

    private static String shop() throws Exception {
        return Files.readString(Path.of("src/test/resources/scenarios/shop.yaml"));
    }

    @Test
    void aNodePortServiceOffersItsNamesItsClusterIpEveryNodesPortAndItsPodsAddresses() {
        SessionState s = SessionStates.after(SessionStates.WEB);
        List<TargetSuggestion> all = TargetSuggestions.of(s);
        Service web = s.snapshot().get(Service.class, "default", "web").orElseThrow();
        Pod pod = s.snapshot().all(Pod.class).stream().filter(p -> p.namespace().equals("default")).findFirst()
                .orElseThrow();
        assertEquals(Reach.PODS_IN_NAMESPACE, get(all, "http://web:80/").reach());
        assertEquals(Reach.PODS, get(all, "http://web.default.svc.cluster.local:80/").reach());
        assertEquals(Route.CLUSTER_IP, get(all, web.spec().clusterIP() + ":80").route());
        assertEquals(Reach.CLUSTER, get(all, web.spec().clusterIP() + ":80").reach());
        for (String ip : List.of("192.168.1.2", "192.168.1.3", "192.168.1.4")) {
            TargetSuggestion np = get(all, "http://" + ip + ":30080/");
            assertEquals(Route.NODE_PORT, np.route());
            assertEquals(Reach.ANYWHERE, np.reach());
            assertEquals("default/web", np.owner());
        }
        assertEquals(Reach.CLUSTER, get(all, pod.status().podIP() + ":8080").reach());
    }

    @Test
    void fromTheLaptopWhatWorksComesFirstAndTheInsideOnlyTargetsAfter() {
        SessionState s = SessionStates.after(SessionStates.WEB);
        List<TargetSuggestion> sorted = TargetSuggestions.of(s, "laptop");
        ClientChoice laptop = ClientChoices.find(ClientChoices.of(s), "laptop").orElseThrow();
        assertEquals("http://192.168.1.2:30080/", sorted.get(0).target());
        // the learner's three node ports work from the laptop and come first; the rest of the
        // learner's targets (names, ClusterIP, pod IPs) work only inside and follow
        List<TargetSuggestion> learners = sorted.stream().filter(t -> !t.system()).toList();
        assertTrue(learners.subList(0, 3).stream().allMatch(t -> t.worksFrom(laptop)));
        assertTrue(learners.subList(3, learners.size()).stream().noneMatch(t -> t.worksFrom(laptop)));
        assertTrue(learners.size() > 3);
        // the system's targets all come after the learner's
        assertTrue(sorted.subList(learners.size(), sorted.size()).stream().allMatch(TargetSuggestion::system));
    }

    @Test
    void fromAPodTheShortNameOfItsOwnNamespaceWorksButNotAnotherNamespaces() {
        SessionState s = SessionStates.after(SessionStates.WEB);
        List<ClientChoice> clients = ClientChoices.of(s);
        ClientChoice webPod = clients.stream().filter(c -> c.namespace().equals("default")).findFirst().orElseThrow();
        ClientChoice dnsPod = clients.stream().filter(c -> c.namespace().equals("kube-system")).findFirst().orElseThrow();
        TargetSuggestion shortName = get(TargetSuggestions.of(s), "http://web:80/");
        assertTrue(shortName.worksFrom(webPod));
        assertFalse(shortName.worksFrom(dnsPod));
        List<TargetSuggestion> fromPod = TargetSuggestions.of(s, webPod.id());
        assertEquals("http://web:80/", fromPod.get(0).target());
    }

    @Test
    void aPendingLoadBalancerIsOfferedByNameAndMarkedPending() throws Exception {
        List<TargetSuggestion> all = TargetSuggestions.of(SessionStates.after(shop()));
        TargetSuggestion lb = get(all, "loadbalancer:shop:80");
        assertEquals(Reach.PENDING, lb.reach());
        assertEquals(Route.LOAD_BALANCER, lb.route());
    }

    @Test
    void aLoadBalancerWithAnAddressIsOfferedAtItAndWorksFromAnywhere() throws Exception {
        ClusterTopology d = ClusterTopology.defaults();
        ClusterTopology cloud = new ClusterTopology(d.nodes(), d.clients(), d.serviceCIDR(), d.nodePortRange(),
                new ClusterTopology.CloudLoadBalancer(true, "203.0.113.0/28"), d.proxyMode());
        SessionState s = SessionStates.after(cloud, shop());
        Service shop = s.snapshot().get(Service.class, "default", "shop").orElseThrow();
        String ip = shop.status().loadBalancerIngress().get(0).ip();
        TargetSuggestion lb = get(TargetSuggestions.of(s), "http://" + ip + ":80/");
        assertEquals(Reach.ANYWHERE, lb.reach());
        assertTrue(find(TargetSuggestions.of(s), "loadbalancer:shop:80").isEmpty());
    }

    @Test
    void anIngressHostWorksFromTheLaptopOnlyOnceTheIngressHasAnAddress() throws Exception {
        TargetSuggestion none = get(TargetSuggestions.of(SessionStates.after(shop())), "http://shop.example.com/");
        assertEquals(Reach.PENDING, none.reach());
        SessionState withController = SessionStates.after(ClusterTopology.defaults()
                .withIngressController(new ClusterTopology.IngressController(true)), shop());
        TargetSuggestion host = get(TargetSuggestions.of(withController), "http://shop.example.com/");
        assertEquals(Route.INGRESS, host.route());
        assertEquals(Reach.OUTSIDE, host.reach());
    }

    @Test
    void aHeadlessServiceHasNamesButNoClusterIp() throws Exception {
        List<TargetSuggestion> all = TargetSuggestions.of(SessionStates.after(shop()));
        assertEquals(Reach.PODS, get(all, "http://db.default.svc.cluster.local:6379/").reach());
        assertTrue(all.stream().noneMatch(t -> t.target().startsWith("None")));
    }

    @Test
    void theClustersOwnServicesComeLastAndUdpPortsAreNotOffered() {
        List<TargetSuggestion> all = TargetSuggestions.of(SessionStates.after(SessionStates.WEB));
        int kubeDns = all.indexOf(get(all, "10.96.0.10:53"));
        int web = all.indexOf(get(all, "http://web:80/"));
        assertTrue(web < kubeDns);
        assertTrue(get(all, "https://kubernetes.default.svc.cluster.local:443/").system());
        // kube-dns has 53/UDP and 53/TCP: the TCP one is offered once
        assertEquals(1, all.stream().filter(t -> t.target().equals("10.96.0.10:53")).count());
        assertEquals(all.size(), all.stream().map(TargetSuggestion::target).distinct().count());
    }
}
