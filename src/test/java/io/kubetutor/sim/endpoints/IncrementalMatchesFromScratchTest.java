package io.kubetutor.sim.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Container;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of pod upserts, removals, readiness flips, deletions and Service edits: after
 * every step the incremental Endpoints must equal the from-scratch one exactly, the slices must
 * hold exactly the desired endpoints (none over maxPerSlice), the drained writes must replay to
 * the slices, and the reported changes must track the Endpoints membership.
 */
class IncrementalMatchesFromScratchTest {
    private static final List<List<ServicePort>> PORT_CHOICES = List.of(
            List.of(Fixtures.port("http", 80, IntOrString.of("http")), Fixtures.port("metrics", 9100,
                    IntOrString.of(9100))),
            List.of(Fixtures.port("", 80, IntOrString.of("http"))),
            List.of(Fixtures.port("", 80, IntOrString.of(8080))),
            List.of());

    /** How often the interesting shapes came up, so the test shows it exercised them. */
    private static final class Seen {
        int severalSubsets;
        int truncated;
        int severalSlices;
        int sharedIps;
    }

    @Test
    void smallServicesOverManySeeds() {
        Seen seen = new Seen();
        for (long seed = 1; seed <= 60; seed++) {
            run(seed, 24, 12, 250, new int[] {1, 2, 3, 5, 100}[(int) (seed % 5)], seen);
        }
        assertTrue(seen.severalSubsets > 500 && seen.severalSlices > 500 && seen.sharedIps > 500,
                seen.severalSubsets + " " + seen.severalSlices + " " + seen.sharedIps);
    }

    @Test
    void overCapacityServicesWithSeveralSubsets() {
        Seen seen = new Seen();
        for (long seed = 100; seed <= 102; seed++) {
            run(seed, 1800, 1800, 120, 100, seen);
        }
        assertTrue(seen.truncated > 100 && seen.severalSubsets > 100, seen.truncated + " " + seen.severalSubsets);
    }

    private static void run(long seed, int podCount, int initialPods, int steps, int maxPerSlice, Seen seen) {
        SplittableRandom r = new SplittableRandom(seed);
        Service svc = randomService(r);
        Map<String, Pod> pods = new LinkedHashMap<>();
        List<Pod> initial = new ArrayList<>();
        for (int i = 0; i < initialPods; i++) {
            Pod p = randomPod(r, "web-" + i, podCount);
            pods.put(p.metadata().name(), p);
            initial.add(p);
        }
        ServiceEndpoints se = new ServiceEndpoints(svc, new SplittableRandom(seed), maxPerSlice, initial);
        Map<String, EndpointSlice> replayed = new HashMap<>();
        replay(replayed, se.drainSliceWrites(), "seed " + seed + " first sync");
        Map<String, FromScratch.Membership> members = new HashMap<>(FromScratch.membership(svc, pods.values()));
        for (int step = 0; step < steps; step++) {
            String context = "seed " + seed + " step " + step;
            int op = r.nextInt(20);
            List<EndpointChange> changes;
            boolean podOp = true;
            if (op == 0) {
                svc = randomService(r);
                changes = se.setService(svc);
                podOp = false;
            } else if (op < 5 && !pods.isEmpty()) {
                Pod gone = pods.remove(new ArrayList<>(pods.keySet()).get(r.nextInt(pods.size())));
                changes = se.removePod(gone);
            } else if (op < 10 && !pods.isEmpty()) {
                Pod p = new ArrayList<>(pods.values()).get(r.nextInt(pods.size()));
                Pod flipped = r.nextBoolean() ? Fixtures.ready(p, !p.status().ready()) : Fixtures.deleting(p);
                pods.put(p.metadata().name(), flipped);
                changes = se.upsertPod(flipped);
            } else {
                Pod p = randomPod(r, "web-" + r.nextInt(podCount), podCount);
                pods.put(p.metadata().name(), p);
                changes = se.upsertPod(p);
            }
            Endpoints endpoints = se.endpoints();
            assertEquals(FromScratch.endpoints(svc, pods.values()), endpoints, context);
            seen.severalSubsets += endpoints.subsets().size() > 1 ? 1 : 0;
            seen.truncated += endpoints.metadata().annotations().isEmpty() ? 0 : 1;
            seen.severalSlices += se.slices().size() > 1 ? 1 : 0;
            seen.sharedIps += sharesAnIp(endpoints) ? 1 : 0;
            List<SliceWrite> writes = se.drainSliceWrites();
            if (podOp) {
                assertTrue(writes.size() <= 2, context + ": a pod change wrote " + writes.size() + " slices");
            }
            replay(replayed, writes, context);
            checkSlices(se, FromScratch.sliceEntries(svc, pods.values()), maxPerSlice, replayed, context);
            follow(members, changes);
            assertEquals(FromScratch.membership(svc, pods.values()), members, context);
        }
    }

    private static boolean sharesAnIp(Endpoints endpoints) {
        for (Endpoints.Subset s : endpoints.subsets()) {
            Set<String> ips = new HashSet<>();
            List<Endpoints.Address> all = new ArrayList<>(s.addresses());
            all.addAll(s.notReadyAddresses());
            for (Endpoints.Address a : all) {
                if (!ips.add(a.ip())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Service randomService(SplittableRandom r) {
        List<ServicePort> ports = PORT_CHOICES.get(r.nextInt(PORT_CHOICES.size()));
        String clusterIp = ports.isEmpty() || r.nextInt(3) == 0 ? "None" : "10.96.0.10";
        Map<String, String> labels = r.nextBoolean() ? Map.of() : Map.of("team", r.nextBoolean() ? "a" : "b");
        return Fixtures.service("web", clusterIp, ports, r.nextInt(4) == 0, labels);
    }

    /** A pod in a random state; IPs come from a small pool so some pods share one (host network). */
    private static Pod randomPod(SplittableRandom r, String name, int podCount) {
        int pool = Math.max(8, podCount);
        String ip = r.nextInt(12) == 0 ? "" : "10.244." + (r.nextInt(3) + 1) + "." + (r.nextInt(pool / 3 + 2) + 1);
        String node = r.nextInt(10) == 0 ? "" : "node-" + (r.nextInt(2) + 1);
        List<Container> containers = new ArrayList<>();
        int portKind = r.nextInt(5);
        if (portKind == 0) {
            containers.add(Fixtures.container("app", Fixtures.containerPort("http", 8080)));
        } else if (portKind == 1) {
            containers.add(Fixtures.container("app", Fixtures.containerPort("http", 8081)));
        } else if (portKind == 2) {
            containers.add(Fixtures.container("app", new Container.ContainerPort("http", 8082, "UDP", 0, "")));
        } else if (portKind == 3) {
            containers.add(Fixtures.container("app"));
        } else {
            containers.add(Fixtures.container("app", Fixtures.containerPort("http", 8080)));
        }
        List<Container> init = r.nextInt(6) == 0
                ? List.of(Fixtures.sidecar("proxy", Fixtures.containerPort("http", 15001))) : List.of();
        String hostname = r.nextInt(4) == 0 ? name : "";
        String subdomain = r.nextBoolean() ? "web" : "";
        PodSpec spec = new PodSpec(node, hostname, subdomain, init, containers, "Always", "ClusterFirst", null,
                false);
        String[] phases = {"Running", "Running", "Running", "Running", "Pending", "Succeeded", "Failed"};
        PodStatus status = new PodStatus(phases[r.nextInt(phases.length)], ip, ip.isEmpty() ? List.of() : List.of(ip),
                "192.168.0.2", List.of(new PodStatus.Condition("Ready", r.nextBoolean() ? "True" : "False")));
        ObjectMeta meta = new ObjectMeta(name, "", "default", Map.of("app", "web"), Map.of(),
                "uid-" + name + "-" + r.nextInt(3), 0L, List.of(), r.nextInt(8) == 0 ? 5L : null);
        return new Pod(meta, spec, status, null);
    }

    private static void replay(Map<String, EndpointSlice> replayed, List<SliceWrite> writes, String context) {
        for (SliceWrite w : writes) {
            String name = w.slice().metadata().name();
            switch (w.op()) {
                case CREATE -> assertNull(replayed.put(name, w.slice()), context + ": created twice " + name);
                case UPDATE -> assertNotNull(replayed.put(name, w.slice()), context + ": updated unknown " + name);
                case DELETE -> assertNotNull(replayed.remove(name), context + ": deleted unknown " + name);
            }
        }
    }

    private static void checkSlices(ServiceEndpoints se, Map<String, FromScratch.SliceEntry> desired, int max,
                                    Map<String, EndpointSlice> replayed, String context) {
        List<EndpointSlice> slices = se.slices();
        Map<String, EndpointSlice> byName = new HashMap<>();
        slices.forEach(s -> byName.put(s.metadata().name(), s));
        assertEquals(byName, replayed, context + ": writes do not replay to the slices");
        Set<String> seen = new HashSet<>();
        for (EndpointSlice s : slices) {
            assertTrue(s.metadata().name().matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}"), context);
            assertTrue(s.endpoints().size() <= max, context + ": " + s.endpoints().size() + " > " + max);
            if (s.endpoints().isEmpty()) {
                assertEquals(1, slices.size(), context + ": an empty slice beside others");
                assertTrue(desired.isEmpty(), context + ": a placeholder while endpoints are desired");
                assertEquals(List.of(), s.ports(), context);
            }
            for (EndpointSlice.Endpoint e : s.endpoints()) {
                String pod = e.targetRef().name();
                assertTrue(seen.add(pod), context + ": " + pod + " in two slices");
                FromScratch.SliceEntry want = desired.get(pod);
                assertNotNull(want, context + ": " + pod + " should not be in a slice");
                assertEquals(want.endpoint(), e, context);
                assertEquals(want.ports(), s.ports(), context + ": " + pod + " under the wrong ports");
            }
        }
        assertEquals(desired.keySet(), seen, context + ": desired endpoints missing from the slices");
        assertTrue(!slices.isEmpty(), context + ": no slice at all");
    }

    private static void follow(Map<String, FromScratch.Membership> members, List<EndpointChange> changes) {
        for (EndpointChange c : changes) {
            switch (c.kind()) {
                case ADDED_READY, BECAME_READY -> members.put(c.podName(), new FromScratch.Membership(c.ip(), true));
                case ADDED_NOT_READY, BECAME_NOT_READY ->
                        members.put(c.podName(), new FromScratch.Membership(c.ip(), false));
                case REMOVED -> members.remove(c.podName());
            }
        }
    }
}
