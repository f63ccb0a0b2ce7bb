package io.kubetutor.ui.session;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.sim.Cluster;
import java.util.ArrayList;
import java.util.List;

/** Node cordon and failure as the session asks the cluster for them. */
final class NodeActions {
    void reset() {
    }

    void cordon(Cluster cluster, String node, boolean cordoned) {
        throw new UnsupportedOperationException("node cordon arrives with the node lifecycle work");
    }

    void fail(Cluster cluster, String node, boolean failed) {
        throw new UnsupportedOperationException("node failure arrives with the node lifecycle work");
    }

    List<NodeStatus> statuses(Cluster cluster) {
        List<NodeStatus> out = new ArrayList<>();
        for (ClusterTopology.Node n : cluster.topology().nodes()) {
            out.add(new NodeStatus(n.name(), n.ip(), n.podCIDR(), n.controlPlane(), false, true));
        }
        return out;
    }
}
