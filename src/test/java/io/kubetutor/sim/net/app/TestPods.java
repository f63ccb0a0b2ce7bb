package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the pods and containers the app tests talk to. */
final class TestPods {
    static final String POD_IP = "10.244.1.5";

    private TestPods() {
    }

    static Container container(String image) {
        return container(image, List.of(), List.of(), List.of(), Map.of());
    }

    static Container container(String image, List<String> command, List<String> args, List<Integer> ports,
                               Map<String, String> env) {
        List<Container.ContainerPort> ps = new ArrayList<>();
        for (int p : ports) {
            ps.add(new Container.ContainerPort("", p, "", 0, ""));
        }
        List<Container.EnvVar> es = new ArrayList<>();
        new LinkedHashMap<>(env).forEach((k, v) -> es.add(new Container.EnvVar(k, v)));
        return new Container("app", image, command, args, ps, es, null, null, null, null);
    }

    static Container withArgs(String image, String... args) {
        return container(image, List.of(), List.of(args), List.of(), Map.of());
    }

    static Pod pod(String name, Container c) {
        ObjectMeta meta = new ObjectMeta(name, "", "default", Map.of(), Map.of(), "uid-" + name, 0L, List.of(), null);
        PodSpec spec = new PodSpec("node2", "", "", List.of(), List.of(c), "Always", "ClusterFirst", null, false);
        PodStatus status = new PodStatus("Running", POD_IP, List.of(POD_IP), "192.168.1.3",
                List.of(new PodStatus.Condition("Ready", "True")), 2_000L,
                List.of(new PodStatus.ContainerStatus(c.name(), true, true, 0, "running", "", 2_000L, null)), "");
        return new Pod(meta, spec, status, null);
    }

    /** What {@code curl http://10.96.0.30/PATH} sends, seen from a client pod at 10.244.2.7:43512. */
    static HttpRequest curlGet(String host, String path) {
        return CurlArgs.parse(List.of("curl", "http://" + host + path)).request("10.244.2.7", 43512);
    }
}
