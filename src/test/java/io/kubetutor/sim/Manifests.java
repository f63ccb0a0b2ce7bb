package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.Container;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.SourcePos;
import io.kubetutor.model.UnsimulatedObject;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** Terse builders for the records a decoder would produce, already defaulted as v1 defaulting would. */
final class Manifests {
    static final String FILE = "web.yaml";

    private Manifests() {
    }

    static ApiServer server() {
        return server(ClusterTopology.defaults(), 42);
    }

    static ApiServer server(ClusterTopology topology, long seed) {
        return new ApiServer(topology, new SplittableRandom(seed));
    }

    /** An origin whose locator answers the given positions and line 1 for everything else. */
    static Origin at(int documentLine, Map<String, SourcePos> fields) {
        return new Origin(FILE, 0, new SourcePos(documentLine, 1),
                path -> fields.getOrDefault(path, new SourcePos(documentLine, 1)));
    }

    static Origin at(int documentLine) {
        return at(documentLine, Map.of());
    }

    static ServicePort tcp(String name, int port) {
        return new ServicePort(name, "TCP", null, port, IntOrString.of(port), 0);
    }

    static ServicePort tcp(String name, int port, int nodePort) {
        return tcp(name, port).withNodePort(nodePort);
    }

    static ServicePort udp(String name, int port) {
        return new ServicePort(name, "UDP", null, port, IntOrString.of(port), 0);
    }

    /** A Service in no namespace (kubectl fills "default") selecting app=NAME. */
    static Service service(String name, String type, ServicePort... ports) {
        return service("", name, b -> {
            b.type = type;
            b.ports = List.of(ports);
        });
    }

    static Service service(String namespace, String name, Consumer<ServiceSpec.Builder> edit) {
        ServiceSpec.Builder b = ServiceSpec.builder();
        b.type = "ClusterIP";
        b.selector = Map.of("app", name);
        b.sessionAffinity = "None";
        b.internalTrafficPolicy = "Cluster";
        b.ports = List.of(tcp("", 80));
        edit.accept(b);
        if ((b.type.equals("NodePort") || b.type.equals("LoadBalancer")) && b.externalTrafficPolicy.isEmpty()) {
            b.externalTrafficPolicy = "Cluster";
        }
        return new Service(ObjectMeta.named(name, namespace), b.build(), null, at(1));
    }

    static Service withOrigin(Service s, Origin origin) {
        return new Service(s.metadata(), s.spec(), s.status(), origin);
    }

    static Service edit(Service s, Consumer<ServiceSpec.Builder> edit) {
        ServiceSpec.Builder b = s.spec().toBuilder();
        edit.accept(b);
        return s.withSpec(b.build());
    }

    static Namespace namespace(String name) {
        return new Namespace(ObjectMeta.named(name, ""), at(1));
    }

    static Pod pod(String name) {
        PodSpec spec = new PodSpec("", "", "", List.of(),
                List.of(new Container("web", "nginx", List.of(), List.of(), List.of(), List.of(), null, null, null,
                        null)),
                "Always", "ClusterFirst", null, false);
        return new Pod(new ObjectMeta(name, "", "", Map.of("app", "web"), Map.of()), spec, null, at(1));
    }

    static Endpoints endpoints(String name, String ip) {
        Endpoints.Subset subset = new Endpoints.Subset(List.of(new Endpoints.Address(ip, "", null, null)), List.of(),
                List.of(new Endpoints.Port("", 5432, "TCP", null)));
        return new Endpoints(ObjectMeta.named(name, ""), List.of(subset), at(1));
    }

    static UnsimulatedObject unsimulated(String apiVersion, String kind, String name) {
        return new UnsimulatedObject(apiVersion, kind, ObjectMeta.named(name, ""), true, at(1));
    }

    static List<KubeObject> all(KubeObject... objects) {
        return List.of(objects);
    }

    static Service stored(ApiServer server, String namespace, String name) {
        return server.get(Service.class, namespace, name).orElseThrow();
    }
}
