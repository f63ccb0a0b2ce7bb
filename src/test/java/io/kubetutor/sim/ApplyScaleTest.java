package io.kubetutor.sim;

import static io.kubetutor.sim.Manifests.FILE;
import static io.kubetutor.sim.Manifests.server;
import static io.kubetutor.sim.Manifests.service;
import static io.kubetutor.sim.Manifests.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyScaleTest {

    @Test
    void aThousandServicesAndTenThousandPodsApplyAndReapplyWithoutHanging() {
        List<KubeObject> objects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            objects.add(service("svc-" + i, i % 2 == 0 ? "ClusterIP" : "NodePort", tcp("", 80)));
        }
        Pod template = Manifests.pod("x");
        for (int i = 0; i < 10_000; i++) {
            objects.add(template.withMetadata(new ObjectMeta("pod-" + i, "", "", template.metadata().labels(),
                    template.metadata().annotations())));
        }
        ApiServer s = server();
        // A hang guard only: the store is indexed, so this takes well under a second.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ApplyResult created = s.apply(FILE, objects, true);
            assertEquals(11_000, created.lines().size() - 1); // plus the Endpoints warning from pruning
            ApplyResult again = s.apply(FILE, objects.subList(0, 10_000), true);
            assertEquals(1_000, again.lines().stream().filter(l -> l.endsWith(" pruned")).count());
        });
        assertEquals(1002, s.clusterIpsInUse());
        assertEquals(500, s.nodePortsInUse());
    }
}
