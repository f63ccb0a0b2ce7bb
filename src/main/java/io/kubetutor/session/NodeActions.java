package io.kubetutor.session;

import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.NodeState;
import java.util.ArrayList;
import java.util.List;

/** Node cordon and failure as the session asks the cluster for them, and the nodes as views draw them. */
final class NodeActions {
    private NodeActions() {
    }

    static void cordon(Cluster cluster, String node, boolean cordoned) {
        cluster.cordon(node, cordoned);
    }

    static void fail(Cluster cluster, String node, boolean failed) {
        cluster.setNodeReady(node, !failed);
    }

    static List<NodeStatus> statuses(Cluster cluster) {
        List<NodeStatus> out = new ArrayList<>();
        for (NodeState n : cluster.nodeStates()) {
            out.add(new NodeStatus(n.name(), n.ip(), n.podCIDR(), n.controlPlane(), n.unschedulable(),
                    "True".equals(n.ready()), n.ready(), n.failed(), n.taints()));
        }
        return out;
    }
}
