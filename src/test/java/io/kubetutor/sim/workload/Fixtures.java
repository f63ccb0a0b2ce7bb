package io.kubetutor.sim.workload;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Model objects for the workload tests, as the simulated API server would hold them. */
final class Fixtures {
    static final Map<String, String> APP_WEB = Map.of("app", "web");

    private Fixtures() {
    }

    static PodTemplateSpec template(String image) {
        Container c = new Container("web", image, null, null, null, null, null, null, null, null);
        PodSpec spec = new PodSpec(null, null, null, null, List.of(c), "Always", "ClusterFirst", null, false);
        return new PodTemplateSpec(new ObjectMeta("", "", "", APP_WEB, Map.of()), spec);
    }

    static Deployment deployment(String name, int replicas, String image, String strategy) {
        ObjectMeta meta = new ObjectMeta(name, "", "default", Map.of(), Map.of(), "uid-" + name, 0L, List.of(),
                null);
        return new Deployment(meta, new Deployment.Spec(replicas, LabelSelector.of(APP_WEB), template(image),
                strategy, 0), null);
    }

    static Deployment deployment(String name, int replicas, String image) {
        return deployment(name, replicas, image, "RollingUpdate");
    }

    static StatefulSet statefulSet(String name, int replicas, String image, String policy) {
        ObjectMeta meta = new ObjectMeta(name, "", "default", Map.of(), Map.of(), "uid-" + name, 0L, List.of(),
                null);
        return new StatefulSet(meta, new StatefulSet.Spec(replicas, LabelSelector.of(APP_WEB), template(image),
                "nginx", policy, 0), null);
    }

    /** A stored ReplicaSet: the object a plan asked for, given a uid and a creation time. */
    static ReplicaSet stored(ReplicaSet rs, long createdAt) {
        return new ReplicaSet(rs.metadata().withServerFields("uid-" + rs.name(), createdAt), rs.spec(),
                rs.origin());
    }

    static Pod pod(String name, String node, String phase, boolean ready, long createdAt) {
        ObjectMeta meta = new ObjectMeta(name, "", "default", APP_WEB, Map.of(), "uid-" + name, createdAt,
                List.of(), null);
        PodSpec spec = new PodSpec(node, null, null, null, null, null, null, null, false);
        List<PodStatus.Condition> conditions = List.of(new PodStatus.Condition("Ready", ready ? "True" : "False"));
        return new Pod(meta, spec, new PodStatus(phase, "", List.of(), "", conditions), null);
    }

    static Pod readyPod(String name, String node, long createdAt) {
        return pod(name, node, "Running", true, createdAt);
    }

    static Pod terminating(Pod p, long at) {
        return p.withMetadata(p.metadata().withDeletionTimestamp(at));
    }

    static Pod withRestarts(Pod p, int restarts) {
        PodStatus s = p.status();
        List<PodStatus.ContainerStatus> cs = new ArrayList<>();
        cs.add(new PodStatus.ContainerStatus("web", s.ready(), true, restarts, "running", "", 0L, null));
        return p.withStatus(new PodStatus(s.phase(), s.podIP(), s.podIPs(), s.hostIP(), s.conditions(),
                s.startTime(), cs, s.reason()));
    }

    static Pod withAnnotation(Pod p, String key, String value) {
        return p.withMetadata(p.metadata().withAnnotations(Map.of(key, value)));
    }

    /** A pod as it is once the API server stored it and the kubelet runs it. */
    static Pod running(Pod created, String name, boolean ready, long createdAt) {
        ObjectMeta m = created.metadata().withName(name).withServerFields("uid-" + name, createdAt);
        List<PodStatus.Condition> conditions = List.of(new PodStatus.Condition("Ready", ready ? "True" : "False"));
        return new Pod(m, created.spec().withPlacement("node1", created.spec().hostname(),
                created.spec().subdomain()), new PodStatus("Running", "", List.of(), "", conditions), null);
    }

    static List<String> names(List<Pod> pods) {
        return pods.stream().map(Pod::name).toList();
    }
}
