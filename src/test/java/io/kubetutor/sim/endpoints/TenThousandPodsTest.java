package io.kubetutor.sim.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's large case: a 10,000-pod Service whose pods are deleted one at a time. */
class TenThousandPodsTest {

    @Test
    void deletingTenThousandPodsOneByOneWritesOneSliceEachTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<Pod> pods = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                pods.add(Fixtures.pod("web-" + i, "10.244." + (i / 250) + "." + (i % 250 + 1), "node-" + (i % 3),
                        i % 10 != 0));
            }
            ServiceEndpoints se = new ServiceEndpoints(
                    Fixtures.service("web", List.of(Fixtures.port("http", 80, IntOrString.of(8080)))),
                    new SplittableRandom(9), ServiceEndpoints.DEFAULT_MAX_PER_SLICE, pods);
            assertEquals(100, se.slices().size());
            assertEquals(1000, se.endpoints().subsets().get(0).addresses().size());
            se.drainSliceWrites();
            for (int i = 0; i < pods.size(); i++) {
                assertEquals(1, se.removePod(pods.get(i)).size());
                assertEquals(1, se.drainSliceWrites().size());
                int left = pods.size() - i - 1;
                int listed = se.endpoints().subsets().isEmpty() ? 0
                        : se.endpoints().subsets().get(0).addresses().size()
                        + se.endpoints().subsets().get(0).notReadyAddresses().size();
                assertEquals(Math.min(left, 1000), listed);
            }
            assertEquals(1, se.slices().size());
            assertEquals(List.of(), se.slices().get(0).endpoints());
        });
    }
}
