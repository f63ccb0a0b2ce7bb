package io.kubetutor.sim;
import org.junit.jupiter.api.Test;
class TmpPrintTest {
    @Test
    void print() {
        Cluster c = NodeFailureTest.web();
        long mark = c.events().lastSeq();
        c.setNodeReady("node2", false);
        c.advanceBy(100_000);
        c.setNodeReady("node2", true);
        c.advanceBy(10_000);
        for (ClusterEvent e : c.events().since(mark)) {
            System.out.println(NodeLifecycleController.Clock.text(e.at()) + " " + e.kind() + " | " + e.text());
        }
    }
}
