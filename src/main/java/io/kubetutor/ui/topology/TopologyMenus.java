package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.NodeItem;
import io.kubetutor.ui.layout.PodItem;
import io.kubetutor.ui.layout.ServiceItem;
import java.util.List;
import java.util.function.Consumer;

/**
 * The context menus' entries for a pod, a node and a Service, each offering what fits the
 * element's current state (Cordon or Uncordon, fail or pass probes). Plain Java: the view turns
 * the entries into menu items, a test reads them directly.
 */
final class TopologyMenus {
    /** One menu entry; {@code run} is null for a separator. */
    record Entry(String text, boolean enabled, Consumer<TopologyActions> run) {
        static final Entry SEPARATOR = new Entry("", false, null);
    }

    static final String NODE_PORT = "NodePort";
    static final String LOAD_BALANCER = "LoadBalancer";

    private TopologyMenus() {
    }

    static List<Entry> pod(PodItem p, boolean appAnswers, Messages m) {
        String ns = p.namespace();
        String name = p.name();
        PodItem.WorkloadRef owner = p.owner();
        Entry scale = owner == null ? new Entry(m.text("topology.menu.scaleNone"), false, null)
                : new Entry(m.format("topology.menu.scale", owner.kind() + "/" + owner.name()), true,
                        a -> a.scale(owner.kind(), owner.namespace(), owner.name()));
        return List.of(
                new Entry(m.text("topology.menu.deletePod"), true, a -> a.deletePod(ns, name)),
                appAnswers
                        ? new Entry(m.text("topology.menu.failProbes"), true, a -> a.setAppAnswers(ns, name, false))
                        : new Entry(m.text("topology.menu.passProbes"), true, a -> a.setAppAnswers(ns, name, true)),
                new Entry(m.text("topology.menu.editLabels"), true, a -> a.editLabels(ns, name)),
                scale,
                Entry.SEPARATOR,
                new Entry(m.text("topology.menu.sendToPod"), p.scheduled() && !p.ip().isEmpty(),
                        a -> a.sendTo(p.id())));
    }

    static List<Entry> node(NodeItem n, Messages m) {
        String name = n.name();
        return List.of(
                n.cordoned()
                        ? new Entry(m.text("topology.menu.uncordon"), true, a -> a.cordon(name, false))
                        : new Entry(m.text("topology.menu.cordon"), true, a -> a.cordon(name, true)),
                n.ready()
                        ? new Entry(m.text("topology.menu.failNode"), true, a -> a.failNode(name, true))
                        : new Entry(m.text("topology.menu.recoverNode"), true, a -> a.failNode(name, false)));
    }

    static List<Entry> service(ServiceItem s, Messages m) {
        String ns = s.namespace();
        String name = s.name();
        boolean external = "ExternalName".equals(s.type()) || s.headless();
        return List.of(
                new Entry(m.text("topology.menu.exposeNodePort"), !external && !NODE_PORT.equals(s.type()),
                        a -> a.expose(ns, name, NODE_PORT)),
                new Entry(m.text("topology.menu.exposeLoadBalancer"), !external && !LOAD_BALANCER.equals(s.type()),
                        a -> a.expose(ns, name, LOAD_BALANCER)),
                Entry.SEPARATOR,
                new Entry(m.text("topology.menu.sendToService"), true, a -> a.sendTo(s.id())));
    }
}
