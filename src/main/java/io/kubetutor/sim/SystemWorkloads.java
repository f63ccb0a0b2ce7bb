package io.kubetutor.sim;

import io.kubetutor.manifest.validate.Defaults;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.Ipv4;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.sim.workload.DeploymentController;
import io.kubetutor.sim.workload.DeploymentPlan;
import io.kubetutor.sim.workload.PodNames;
import io.kubetutor.sim.workload.ReplicaSetController;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The cluster's own Deployments as they stand when the learner arrives: each with the ReplicaSet
 * the Deployment controller made for it and that ReplicaSet's pods, bound, running and ready,
 * with the first addresses of their node's pod range. The ReplicaSet comes from the engine's own
 * Deployment controller, so its name, pod-template-hash and annotations are what the controller
 * would write, and the running controllers find nothing to do.
 *
 * <p>Pod names draw their five characters from a generator seeded with the ReplicaSet's name, never
 * from the simulation's generator: the names are the same for every seed, and every name, address
 * and port the simulation draws afterwards is what it was before these pods existed (decision 0013).
 */
final class SystemWorkloads {
    private final ClusterTopology topology;
    private final UnaryOperator<KubeObject> stamp;
    private final long now;
    /** Each node's pod addresses as its IPAM handed them out to the pods made here. */
    private final Map<String, PodAddresses> addresses = new HashMap<>();
    private final Map<String, Integer> podsOnNode = new HashMap<>();

    /** {@code stamp}: gives an object its uid and creation time, as the API server does on create. */
    SystemWorkloads(ClusterTopology topology, UnaryOperator<KubeObject> stamp, long now) {
        this.topology = topology;
        this.stamp = stamp;
        this.now = now;
    }

    /** Where kubeadm's cluster runs its add-ons: the control-plane node, else the first node; null for none. */
    String controlPlaneNode() {
        for (ClusterTopology.Node n : topology.nodes()) {
            if (n.controlPlane()) {
                return n.name();
            }
        }
        return topology.nodes().isEmpty() ? null : topology.nodes().get(0).name();
    }

    /**
     * The worker node with the fewest pods placed so far, the first in the topology among equals
     * (the default scheduler's least-loaded choice, made deterministic); null when every node is a
     * tainted control-plane node.
     */
    String leastLoadedWorker() {
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (ClusterTopology.Node n : topology.nodes()) {
            int pods = podsOnNode.getOrDefault(n.name(), 0);
            if (!n.controlPlane() && pods < fewest) {
                best = n.name();
                fewest = pods;
            }
        }
        return best;
    }

    /**
     * The Deployment (defaulted, as the API server stores it), its ReplicaSet and the pods, all
     * stamped, in the order they were created. The pods run on {@code node}; with no node they wait
     * unscheduled for the scheduler, as any pod no node can take.
     */
    List<KubeObject> deploy(Deployment manifest, String node) {
        Deployment d = (Deployment) stamp.apply(Defaults.apply(manifest));
        DeploymentPlan plan = DeploymentController.plan(d, WorkloadSyncs.rollingUpdate(d), List.of());
        ReplicaSet rs = (ReplicaSet) stamp.apply(plan.toCreate());
        List<KubeObject> out = new ArrayList<>(List.of(d, rs));
        RandomGenerator names = new SplittableRandom(rs.name().hashCode());
        Set<String> taken = new HashSet<>();
        Pod template = ReplicaSetController.newPod(rs);
        for (int i = 0; i < ReplicaSetController.desiredReplicas(rs); i++) {
            String name = PodNames.generated(template.metadata().generateName(), names);
            while (!taken.add(name)) {
                name = PodNames.generated(template.metadata().generateName(), names);
            }
            Pod pod = (Pod) Defaults.apply(template.withMetadata(template.metadata().withName(name)));
            out.add(node == null ? stamp.apply(pod) : running(pod, node));
        }
        return out;
    }

    /** The pod bound to {@code node}, stamped, with the status of a pod running there since {@code now}. */
    private Pod running(Pod pod, String nodeName) {
        ClusterTopology.Node node = node(nodeName);
        Pod bound = (Pod) stamp.apply(pod.withSpec(pod.spec().withPlacement(nodeName, pod.spec().hostname(),
                pod.spec().subdomain())));
        String ip = addresses.computeIfAbsent(nodeName, n -> new PodAddresses(Ipv4.Cidr.parse(node.podCIDR())
                        .orElseThrow(() -> new IllegalArgumentException("node " + n + " has no valid podCIDR"))))
                .allocate().orElseThrow(() -> new IllegalStateException("node " + nodeName + " has no free pod address"));
        podsOnNode.merge(nodeName, 1, Integer::sum);
        return bound.withStatus(PodRuntime.runningSince(bound, nodeName, node.ip(), ip, now).status());
    }

    private ClusterTopology.Node node(String name) {
        for (ClusterTopology.Node n : topology.nodes()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new IllegalArgumentException("no node " + name);
    }
}
