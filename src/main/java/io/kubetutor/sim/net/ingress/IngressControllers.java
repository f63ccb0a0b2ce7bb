package io.kubetutor.sim.net.ingress;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Pod;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.Service;
import io.kubetutor.sim.Selectors;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ingress-nginx controllers present in a cluster at one moment: pods whose image is
 * ingress-nginx's controller, grouped by the workload that owns them, each with the flags its
 * container runs with and the Service in front of it.
 */
public final class IngressControllers {
    /** The controller image's repositories (any tag or digest): today's registry and the old one. */
    static final List<String> IMAGE_REPOSITORIES = List.of("registry.k8s.io/ingress-nginx/controller",
            "k8s.gcr.io/ingress-nginx/controller");

    private final NetworkState state;
    private final IngressClaims claims;
    private final List<IngressController> all;

    private IngressControllers(NetworkState state) {
        this.state = state;
        this.claims = new IngressClaims(state);
        this.all = List.copyOf(find());
    }

    public static IngressControllers build(NetworkState s) {
        return new IngressControllers(s);
    }

    public NetworkState state() {
        return state;
    }

    /** Every controller, in the order its first pod was created. */
    public List<IngressController> all() {
        return all;
    }

    public Optional<IngressController> find(String namespace, String name) {
        return all.stream().filter(c -> c.namespace().equals(namespace) && c.name().equals(name)).findFirst();
    }

    /**
     * The Ingresses {@code c} claims, in the order ingress-nginx merges them (sortIngressSlice:
     * oldest creationTimestamp first, to the second; on a tie the greater namespace/name first): on
     * a conflict the earlier one wins. {@code c} may come from an earlier moment; the claims are
     * judged on this one.
     */
    public List<Ingress> claimedBy(IngressController c) {
        List<Ingress> out = new ArrayList<>();
        for (Ingress ing : state.snapshot().all(Ingress.class)) {
            if (claims.claims(c.flags(), ing)) {
                out.add(ing);
            }
        }
        out.sort(Comparator.comparingLong((Ingress i) -> IngressClaims.createdSecond(i))
                .thenComparing((Ingress i) -> i.namespace() + "/" + i.name(), Comparator.reverseOrder()));
        return out;
    }

    /** Whether {@code image} is ingress-nginx's controller, e.g. registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:... */
    public static boolean isControllerImage(String image) {
        return IMAGE_REPOSITORIES.contains(repository(image));
    }

    /** The image without tag or digest, lower-cased. */
    static String repository(String image) {
        String s = image.toLowerCase(Locale.ROOT);
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            s = s.substring(0, colon);
        }
        return s;
    }

    private List<IngressController> find() {
        Map<String, List<Pod>> byOwner = new LinkedHashMap<>();
        Map<String, String[]> owners = new LinkedHashMap<>();
        for (Pod p : state.pods()) {
            if (controllerContainer(p) == null || terminal(p)) {
                continue;
            }
            String[] owner = owner(p);
            String key = p.namespace() + "/" + owner[0] + "/" + owner[1];
            byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            owners.putIfAbsent(key, owner);
        }
        List<IngressController> out = new ArrayList<>();
        for (Map.Entry<String, List<Pod>> e : byOwner.entrySet()) {
            String[] owner = owners.get(e.getKey());
            List<Pod> pods = e.getValue();
            Pod first = pods.get(0);
            ControllerFlags flags = flags(first, template(first.namespace(), owner));
            List<Pod> ready = pods.stream().filter(IngressControllers::serving).toList();
            List<Pod> alive = pods.stream().filter(p -> !p.metadata().deleting()).toList();
            out.add(new IngressController(first.namespace(), owner[1], owner[0], flags, ready, alive,
                    frontService(first.namespace(), flags, pods), claims));
        }
        return out;
    }

    /** Ready and running, not terminating: a pod the front Service and kube-proxy send to. */
    static boolean serving(Pod p) {
        return p.status().phase().equals("Running") && p.status().ready() && !p.metadata().deleting();
    }

    private static boolean terminal(Pod p) {
        return p.status().phase().equals("Succeeded") || p.status().phase().equals("Failed");
    }

    static Container controllerContainer(Pod p) {
        for (Container c : p.spec().containers()) {
            if (isControllerImage(c.image())) {
                return c;
            }
        }
        return null;
    }

    /** {kind, name} of the workload owning the pod: a ReplicaSet's pods belong to its Deployment. */
    private String[] owner(Pod p) {
        ObjectMeta.OwnerReference ref = p.metadata().controller();
        if (ref == null) {
            return new String[] {"Pod", p.name()};
        }
        if (ref.kind().equals("ReplicaSet")) {
            ReplicaSet rs = state.snapshot().get(ReplicaSet.class, p.namespace(), ref.name()).orElse(null);
            ObjectMeta.OwnerReference up = rs == null ? null : rs.metadata().controller();
            if (up != null && up.kind().equals("Deployment")) {
                return new String[] {"Deployment", up.name()};
            }
        }
        return new String[] {ref.kind(), ref.name()};
    }

    /** The Deployment's current pod template container, so flags follow a rollout; else null. */
    private Container template(String namespace, String[] owner) {
        if (!owner[0].equals("Deployment")) {
            return null;
        }
        Deployment d = state.snapshot().get(Deployment.class, namespace, owner[1]).orElse(null);
        if (d == null || d.spec().template() == null || d.spec().template().spec() == null) {
            return null;
        }
        for (Container c : d.spec().template().spec().containers()) {
            if (isControllerImage(c.image())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The flags from command and args after $(VAR) expansion. The official manifest sets
     * POD_NAMESPACE and POD_NAME from the downward API (fieldRef), which the model keeps as a
     * declared variable without a value: those two are the pod's namespace and name.
     */
    private static ControllerFlags flags(Pod pod, Container fromTemplate) {
        Container c = fromTemplate != null ? fromTemplate : controllerContainer(pod);
        Map<String, String> env = new LinkedHashMap<>();
        for (Container.EnvVar v : c.env()) {
            String value = v.value();
            if (value.isEmpty() && v.name().equals("POD_NAMESPACE")) {
                value = pod.namespace();
            } else if (value.isEmpty() && v.name().equals("POD_NAME")) {
                value = pod.name();
            } else {
                value = ControllerFlags.expand(value, env);
            }
            env.put(v.name(), value);
        }
        List<String> argv = new ArrayList<>();
        for (String s : c.command()) {
            argv.add(ControllerFlags.expand(s, env));
        }
        for (String s : c.args()) {
            argv.add(ControllerFlags.expand(s, env));
        }
        return ControllerFlags.parse(argv);
    }

    /**
     * --publish-service (namespace/name) when it exists; else a Service of the controller's
     * namespace whose selector matches its pods, preferring one that serves port 80 (the official
     * manifest also has an admission-webhook Service selecting the same pods), then LoadBalancer,
     * NodePort, ClusterIP, then name.
     */
    private Service frontService(String namespace, ControllerFlags flags, List<Pod> pods) {
        if (!flags.publishService().isEmpty()) {
            int slash = flags.publishService().indexOf('/');
            if (slash > 0) {
                Service s = state.service(flags.publishService().substring(0, slash),
                        flags.publishService().substring(slash + 1));
                if (s != null) {
                    return s;
                }
            }
        }
        Map<String, String> labels = pods.get(0).metadata().labels();
        return state.services().stream()
                .filter(s -> s.namespace().equals(namespace))
                .filter(s -> s.spec().selector() != null && !s.spec().selector().isEmpty())
                .filter(s -> Selectors.matches(s.spec().selector(), labels))
                .min(Comparator.comparingInt((Service s) -> servesHttp(s) ? 0 : 1)
                        .thenComparingInt(IngressControllers::typeRank)
                        .thenComparing(Service::name))
                .orElse(null);
    }

    private static boolean servesHttp(Service s) {
        return s.spec().ports().stream().anyMatch(p -> p.port() == 80);
    }

    private static int typeRank(Service s) {
        return switch (s.spec().type()) {
            case "LoadBalancer" -> 0;
            case "NodePort" -> 1;
            default -> 2;
        };
    }
}
