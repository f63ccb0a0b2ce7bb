package io.kubetutor.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.NodeItem;
import io.kubetutor.ui.layout.PodItem;
import io.kubetutor.ui.layout.ServiceItem;
import io.kubetutor.ui.layout.TopologyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The context menus offer what fits each element's state and call the matching action. */
class TopologyMenusTest {
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    private static List<String> texts(List<TopologyMenus.Entry> entries) {
        return entries.stream().filter(e -> e != TopologyMenus.Entry.SEPARATOR).map(TopologyMenus.Entry::text).toList();
    }

    private static List<String> run(List<TopologyMenus.Entry> entries, String text) {
        List<String> calls = new ArrayList<>();
        entries.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().run()
                .accept(new TopologyViewTest.RecordingActions(calls));
        return calls;
    }

    @Test
    void aPodsMenuTogglesProbesAndScalesItsDeployment() {
        TopologyModel m = TopologyModel.of(Clusters.small().last(), true);
        PodItem pod = m.pods().stream().filter(p -> p.role() == PodItem.Role.APP).findFirst().orElseThrow();
        List<TopologyMenus.Entry> answering = TopologyMenus.pod(pod, true, EN);
        assertEquals(List.of("Delete pod", "Make the app fail its probes", "Edit labels…", "Scale deployment/web…",
                "Send a request here"), texts(answering));
        assertEquals(List.of("setAppAnswers default " + pod.name() + " false"),
                run(answering, "Make the app fail its probes"));
        assertEquals(List.of("scale deployment default web"), run(answering, "Scale deployment/web…"));
        assertEquals(List.of("sendTo " + pod.id()), run(answering, "Send a request here"));
        List<TopologyMenus.Entry> silent = TopologyMenus.pod(pod, false, EN);
        assertEquals(List.of("setAppAnswers default " + pod.name() + " true"),
                run(silent, "Make the app pass its probes"));
    }

    @Test
    void aNodesMenuOffersTheOppositeOfItsState() {
        NodeItem ready = new NodeItem("node2", "192.168.1.3", "10.244.1.0/24", false, false, true, "iptables",
                List.of());
        assertEquals(List.of("Cordon (no new pods)", "Fail node"), texts(TopologyMenus.node(ready, EN)));
        assertEquals(List.of("cordon node2 true"), run(TopologyMenus.node(ready, EN), "Cordon (no new pods)"));
        NodeItem down = new NodeItem("node2", "192.168.1.3", "10.244.1.0/24", false, true, false, "iptables",
                List.of());
        assertEquals(List.of("Uncordon", "Recover node"), texts(TopologyMenus.node(down, EN)));
        assertEquals(List.of("failNode node2 false"), run(TopologyMenus.node(down, EN), "Recover node"));
    }

    @Test
    void aServicesMenuExposesItAsATypeItIsNot() {
        TopologyModel m = TopologyModel.of(Clusters.shop().last(), true);
        ServiceItem web = m.service("svc:default/web");
        List<TopologyMenus.Entry> entries = TopologyMenus.service(web, EN);
        assertFalse(entries.get(0).enabled(), "already a NodePort");
        assertTrue(entries.get(1).enabled());
        assertEquals(List.of("expose default web LoadBalancer"), run(entries, "Expose as LoadBalancer"));
        assertEquals(List.of("sendTo svc:default/web"), run(entries, "Send a request to this Service"));
        List<TopologyMenus.Entry> headless = TopologyMenus.service(m.service("svc:default/db"), EN);
        assertFalse(headless.get(0).enabled() || headless.get(1).enabled(), "a headless Service cannot be exposed");
    }

    @Test
    void everyMenuTextExistsInKorean() {
        Messages ko = Messages.of(Locale.KOREAN);
        TopologyModel m = TopologyModel.of(Clusters.small().last(), true);
        PodItem pod = m.pods().get(m.pods().size() - 1);
        assertTrue(texts(TopologyMenus.pod(pod, true, ko)).contains("파드 삭제"));
        assertTrue(texts(TopologyMenus.node(m.nodes().get(0), ko)).contains("노드 장애 일으키기"));
    }
}
