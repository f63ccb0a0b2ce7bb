package io.kubetutor.kubectl.print;

import io.kubetutor.model.Container;
import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodStatus.ContainerStatus;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.ServiceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Objects as the simulated API server stores them, aged against one virtual "now". */
final class PrintFixtures {
    static final long NOW = 1_000_000_000L;
    static final long S = 1000;
    static final long M = 60 * S;
    static final long H = 60 * M;
    static final long D = 24 * H;

    private PrintFixtures() {
    }

    /** Metadata of an object created {@code age} milliseconds before {@link #NOW}. */
    static ObjectMeta meta(String name, String namespace, long age) {
        return new ObjectMeta(name, "", namespace, Map.of(), Map.of(), "uid-" + name, NOW - age, List.of(), null);
    }

    static Map<String, String> labels(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static ServicePort port(String name, String protocol, int port, IntOrString target, int nodePort) {
        return new ServicePort(name, protocol, null, port, target, nodePort);
    }

    static ServiceSpec.Builder spec(String type, String clusterIP, Map<String, String> selector,
                                    ServicePort... ports) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = type;
        b.clusterIP = clusterIP;
        b.clusterIPs = clusterIP.isEmpty() ? List.of() : List.of(clusterIP);
        b.selector = selector;
        b.ports = List.of(ports);
        b.sessionAffinity = "None";
        return b;
    }

    static Service service(ObjectMeta meta, ServiceSpec.Builder spec, ServiceStatus.LoadBalancerIngress... ingress) {
        return new Service(meta, spec.build(), new ServiceStatus(List.of(ingress)), null);
    }

    static Container container(String name, String image, Container.ContainerPort... ports) {
        return new Container(name, image, List.of(), List.of(), List.of(ports), List.of(), null, null, null, null);
    }

    static Container.ContainerPort containerPort(int port) {
        return new Container.ContainerPort("", port, "TCP", 0, "");
    }

    static ContainerStatus running(String name, boolean ready) {
        return new ContainerStatus(name, ready, true, 0, "running", "", NOW - H, null);
    }

    static ContainerStatus waiting(String name, String reason, int restarts, Long lastTerminatedAt) {
        return new ContainerStatus(name, false, false, restarts, "waiting", reason, NOW - M, lastTerminatedAt);
    }

    static ContainerStatus terminated(String name, String reason) {
        return new ContainerStatus(name, false, false, 0, "terminated", reason, NOW - M, null);
    }

    static PodStatus.Condition condition(String type, boolean status) {
        return new PodStatus.Condition(type, status ? "True" : "False");
    }

    /** A pod of the given containers, scheduled to {@code node} (unscheduled when "") with {@code ip}. */
    static Pod pod(ObjectMeta meta, String node, String phase, String ip, boolean ready, List<Container> containers,
                   ContainerStatus... statuses) {
        PodSpec spec = new PodSpec(node, "", "", List.of(), containers, "Always", "ClusterFirst", null, false);
        List<PodStatus.Condition> conditions = new ArrayList<>();
        if (!node.isEmpty()) {
            conditions.add(condition("Initialized", true));
            conditions.add(condition("Ready", ready));
            conditions.add(condition("ContainersReady", ready));
        }
        conditions.add(condition("PodScheduled", !node.isEmpty()));
        PodStatus status = new PodStatus(phase, ip, ip.isEmpty() ? List.of() : List.of(ip),
                node.isEmpty() ? "" : "172.18.0.3", conditions, NOW - H, List.of(statuses), "");
        return new Pod(meta, spec, status, null);
    }

    static EndpointSlice.Endpoint sliceEndpoint(String ip, Boolean ready) {
        return new EndpointSlice.Endpoint(List.of(ip), new EndpointSlice.Conditions(ready, ready, false), null,
                "worker-1", null, null);
    }

    static EndpointSlice.Port slicePort(String name, int port) {
        return new EndpointSlice.Port(name, port, "TCP", null);
    }

    static EventRow event(String type, String reason, long firstAge, long lastAge, int count, String from,
                          String message) {
        return new EventRow(type, reason, NOW - firstAge, NOW - lastAge, count, from, message);
    }
}
