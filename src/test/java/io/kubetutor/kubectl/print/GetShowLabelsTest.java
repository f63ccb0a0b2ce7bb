package io.kubetutor.kubectl.print;

import static io.kubetutor.kubectl.print.PrintFixtures.H;
import static io.kubetutor.kubectl.print.PrintFixtures.NOW;
import static io.kubetutor.kubectl.print.PrintFixtures.container;
import static io.kubetutor.kubectl.print.PrintFixtures.labels;
import static io.kubetutor.kubectl.print.PrintFixtures.meta;
import static io.kubetutor.kubectl.print.PrintFixtures.pod;
import static io.kubetutor.kubectl.print.PrintFixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Container;
import io.kubetutor.model.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl get --show-labels: tableprinter.go appends a LABELS column after every other column
 * (the wide ones too), each cell labels.FormatLabels of the object's labels.
 */
class GetShowLabelsTest {
    private static final List<Container> WEB = List.of(container("web", "nginx:1.27"));

    private static List<Pod> pods() {
        return List.of(
                pod(meta("shop-7d4f8b9c5-abcde", "default", 3 * H).withLabels(
                        labels("pod-template-hash", "7d4f8b9c5", "app", "shop")), "node2", "Running", "10.244.1.5",
                        true, WEB, running("web", true)),
                pod(meta("client", "default", 3 * H), "node1", "Running", "10.244.0.4", true, WEB,
                        running("web", true)));
    }

    @Test
    void labelsComeLastSortedByKeyAndNoneWhenThereAreNone() {
        assertEquals("""
                NAME                   READY   STATUS    RESTARTS   AGE   LABELS
                shop-7d4f8b9c5-abcde   1/1     Running   0          3h    app=shop,pod-template-hash=7d4f8b9c5
                client                 1/1     Running   0          3h    <none>
                """, GetTables.pods(pods(), new TableLayout(false, false, "", java.util.List.of(), true), NOW));
    }

    @Test
    void withWideTheLabelsFollowTheWideColumns() {
        assertEquals("""
                NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES   LABELS
                shop-7d4f8b9c5-abcde   1/1     Running   0          3h    10.244.1.5   node2   <none>           <none>            app=shop,pod-template-hash=7d4f8b9c5
                client                 1/1     Running   0          3h    10.244.0.4   node1   <none>           <none>            <none>
                """, GetTables.pods(pods(), new TableLayout(true, false, "", java.util.List.of(), true), NOW));
    }

    @Test
    void withoutTheFlagTheTableIsUnchanged() {
        assertEquals(GetTables.pods(pods(), false, NOW), GetTables.pods(pods(), new TableLayout(false, false, "", java.util.List.of(), false), NOW));
    }
}
