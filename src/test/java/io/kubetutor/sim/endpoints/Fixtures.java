package io.kubetutor.sim.endpoints;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.ObjectReference;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import java.util.List;
import java.util.Map;

/** Services and pods as the simulated API server stores them (defaulted), for the controller tests. */
final class Fixtures {
    static final String NS = "default";

    private Fixtures() {
    }

    static ServicePort port(String name, int port, IntOrString target) {
        return new ServicePort(name, "TCP", null, port, target, 0);
    }

    static Service service(String name, List<ServicePort> ports) {
        return service(name, "10.96.0.10", ports, false, Map.of());
    }

    static Service service(String name, String clusterIp, List<ServicePort> ports, boolean publishNotReady,
                           Map<String, String> labels) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = "ClusterIP";
        b.clusterIP = clusterIp;
        b.clusterIPs = List.of(clusterIp);
        b.selector = Map.of("app", name);
        b.ports = ports;
        b.publishNotReadyAddresses = publishNotReady;
        b.ipFamilies = List.of("IPv4");
        b.sessionAffinity = "None";
        ObjectMeta meta = new ObjectMeta(name, "", NS, labels, Map.of(), "uid-svc-" + name, 0L, List.of(), null);
        return new Service(meta, b.build(), null, null);
    }

    static Container container(String name, Container.ContainerPort... ports) {
        return new Container(name, "nginx", null, null, List.of(ports), null, null, null, null, null);
    }

    static Container sidecar(String name, Container.ContainerPort... ports) {
        return new Container(name, "envoy", null, null, List.of(ports), null, null, null, null, "Always");
    }

    static Container.ContainerPort containerPort(String name, int port) {
        return new Container.ContainerPort(name, port, "TCP", 0, "");
    }

    /** A running pod on a node, with the given IP and Ready condition. */
    static Pod pod(String name, String ip, String node, boolean ready, Container... containers) {
        PodSpec spec = new PodSpec(node, "", "", List.of(), List.of(containers), "Always", "ClusterFirst", null,
                false);
        PodStatus status = new PodStatus("Running", ip, ip.isEmpty() ? List.of() : List.of(ip), "192.168.0.2",
                List.of(new PodStatus.Condition("Ready", ready ? "True" : "False")));
        ObjectMeta meta = new ObjectMeta(name, "", NS, Map.of("app", "web"), Map.of(), "uid-" + name, 0L, List.of(),
                null);
        return new Pod(meta, spec, status, null);
    }

    static Pod ready(Pod p, boolean ready) {
        PodStatus s = p.status();
        return p.withStatus(new PodStatus(s.phase(), s.podIP(), s.podIPs(), s.hostIP(),
                List.of(new PodStatus.Condition("Ready", ready ? "True" : "False"))));
    }

    static Pod deleting(Pod p) {
        return p.withMetadata(p.metadata().withDeletionTimestamp(1000L));
    }

    static ObjectReference ref(String pod) {
        return new ObjectReference("Pod", NS, pod);
    }
}
