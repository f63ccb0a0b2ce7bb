package io.kubetutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SettleTest {
    @Test
    void settlingStopsOnceNothingChangedForLongEnoughForEveryProbeToDecide() {
        Cluster c = Clusters.with(WorkloadTest.DEPLOYMENT.replace("ports: [{containerPort: 80}]}]",
                "ports: [{containerPort: 80}], readinessProbe: {httpGet: {port: 80}, initialDelaySeconds: 5, periodSeconds: 10}}]"));
        long stopped = c.settle(600_000);
        long lastChange = Kubelet.CONTAINER_START_MILLIS + 5_000; // pods Ready after their first probe
        long quiet = (5 + 10 * 4) * 1000L; // initial delay + period × (threshold + 1)
        assertEquals(lastChange + quiet, stopped);
        assertTrue(c.snapshot().all(Pod.class).stream().allMatch(p -> p.status().ready()));
    }

    @Test
    void aCrashLoopingPodDoesNotKeepSettlingBeyondTheBound() {
        Cluster c = Clusters.with("""
                apiVersion: v1
                kind: Pod
                metadata: {name: flappy}
                spec:
                  containers:
                  - name: app
                    image: nginx
                    livenessProbe: {httpGet: {port: 8080}, periodSeconds: 1, failureThreshold: 1}
                """);
        assertTrue(c.settle(120_000) <= 120_000);
        assertTrue(Clusters.pod(c, "flappy").status().containerStatuses().get(0).restartCount() > 3);
    }

    @Test
    void listenersHearEveryEventInOrderAsItHappens() {
        Cluster c = Clusters.fresh();
        List<ClusterEvent> heard = new ArrayList<>();
        Consumer<ClusterEvent> listener = heard::add;
        long subscribedAt = c.events().lastSeq();
        c.events().subscribe(listener);
        Clusters.apply(c, WorkloadTest.DEPLOYMENT);
        c.advanceBy(5_000);
        assertFalse(heard.isEmpty());
        for (int i = 1; i < heard.size(); i++) {
            assertEquals(heard.get(i - 1).seq() + 1, heard.get(i).seq());
            assertTrue(heard.get(i - 1).at() <= heard.get(i).at());
        }
        assertEquals(c.events().since(subscribedAt), heard);
    }

    @Test
    void aPodWhoseAppListensElsewhereThanTheTargetPortIsStillAReadyEndpoint() {
        Cluster c = Clusters.with(EndpointsFollowPodsTest.WEB.replace("targetPort: 80", "targetPort: 8080"));
        c.advanceBy(5_000);
        assertEquals(3, EndpointsFollowPodsTest.ready(c, "web").size(), "no readiness probe: Ready, so an endpoint");
        Pod p = Clusters.inDefault(c, Pod.class).get(0);
        assertFalse(AppBehaviour.listeningPorts(p.spec().containers().get(0)).contains(8080),
                "yet nothing in it listens on 8080: connections there are refused");
    }
}
