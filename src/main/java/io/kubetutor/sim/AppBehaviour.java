package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Probe;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the simulated application inside a container does: which ports it listens on and whether
 * it answers a probe. An app listens on the ports its container declares; a container that
 * declares none listens on its image's well-known port (nginx on 80), as the real image would.
 * Some images open ports of their own whatever the container declares, because their configuration
 * (not the pod spec) says so: those are listened on as well. Whether the app answers at all is the
 * pod's switch that lessons and the UI flip.
 */
public final class AppBehaviour {
    /** Well-known listening ports of common images, by repository name without registry or tag. */
    private static final Map<String, Integer> IMAGE_PORTS = Map.ofEntries(
            Map.entry("nginx", 80), Map.entry("httpd", 80), Map.entry("caddy", 80),
            Map.entry("traefik/whoami", 80), Map.entry("nginxdemos/hello", 80),
            Map.entry("hashicorp/http-echo", 5678), Map.entry("ealen/echo-server", 80),
            Map.entry("redis", 6379), Map.entry("postgres", 5432), Map.entry("mysql", 3306),
            Map.entry("mongo", 27017), Map.entry("memcached", 11211),
            Map.entry("registry.k8s.io/echoserver", 8080), Map.entry("k8s.gcr.io/echoserver", 8080));

    /**
     * Ports an image opens by its own configuration, declared or not. CoreDNS
     * with kubeadm's Corefile serves DNS on 53 over UDP and TCP, its health plugin on 8080 (the
     * liveness probe), its ready plugin on 8181 (the readiness probe) and prometheus on 9153;
     * kubeadm v1.33 declares only 53 and 9153. The ingress-nginx controller's nginx serves 80 and
     * 443, its admission webhook 8443 (--validating-webhook=:8443) and its health check 10254.
     */
    private static final Map<String, List<OwnPort>> IMAGE_OWN_PORTS = Map.of(
            "registry.k8s.io/coredns/coredns", List.of(new OwnPort("UDP", 53), new OwnPort("TCP", 53),
                    new OwnPort("TCP", 8080), new OwnPort("TCP", 8181), new OwnPort("TCP", 9153)),
            "registry.k8s.io/ingress-nginx/controller", List.of(new OwnPort("TCP", 80), new OwnPort("TCP", 443),
                    new OwnPort("TCP", 8443), new OwnPort("TCP", 10254)));

    private record OwnPort(String protocol, int port) {
    }

    private AppBehaviour() {
    }

    /** The TCP ports the app in {@code c} listens on. */
    public static Set<Integer> listeningPorts(Container c) {
        return listeningPorts(c, "TCP");
    }

    /** The ports the app in {@code c} listens on for {@code protocol} ("TCP", "UDP" or "SCTP"). */
    public static Set<Integer> listeningPorts(Container c, String protocol) {
        Set<Integer> out = new LinkedHashSet<>();
        for (Container.ContainerPort p : c.ports()) {
            String declared = p.protocol().isEmpty() ? "TCP" : p.protocol();
            if (declared.equals(protocol)) {
                out.add(p.containerPort());
            }
        }
        String repository = repository(c.image());
        for (OwnPort own : IMAGE_OWN_PORTS.getOrDefault(repository, List.of())) {
            if (own.protocol().equals(protocol)) {
                out.add(own.port());
            }
        }
        if (out.isEmpty() && c.ports().isEmpty() && protocol.equals("TCP")) {
            Integer known = IMAGE_PORTS.get(repository);
            if (known != null) {
                out.add(known);
            }
        }
        return out;
    }

    /**
     * Whether a probe succeeds: exec succeeds when the app answers; httpGet and gRPC also need the
     * app to listen on the probed port (a named port resolves among the container's ports). A
     * tcpSocket probe only opens a connection, which the kernel accepts for a listening port even
     * when the app hangs: it checks the port, not the app. The kubelet probes the pod's address, so
     * the socket must be where traffic finds it ({@link io.kubetutor.sim.net.app.Binding}: an image's
     * own port flags count, and an app bound to localhost only fails).
     */
    public static boolean probeSucceeds(Container c, Probe p, boolean appAnswers) {
        if (p.exec() != null) {
            return appAnswers;
        }
        if (p.tcpSocket() != null) {
            Integer port = resolve(c, p.tcpSocket().port());
            return port != null && acceptsOnPodAddress(c, port);
        }
        if (!appAnswers) {
            return false;
        }
        Integer port = null;
        if (p.httpGet() != null) {
            port = resolve(c, p.httpGet().port());
        } else if (p.grpc() != null) {
            port = p.grpc().port();
        }
        return port != null && acceptsOnPodAddress(c, port);
    }

    private static boolean acceptsOnPodAddress(Container c, int port) {
        return io.kubetutor.sim.net.app.Binding.listen(c, port).accepts(false);
    }

    /** A probe's port: a number as is, a name through the container's named ports (null if absent). */
    static Integer resolve(Container c, IntOrString port) {
        if (port.isInt()) {
            return port.intValue();
        }
        for (Container.ContainerPort p : c.ports()) {
            if (p.name().equals(port.stringValue())) {
                return p.containerPort();
            }
        }
        return null;
    }

    static String repository(String image) {
        String s = image.toLowerCase(Locale.ROOT);
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        if (colon > slash) {
            s = s.substring(0, colon);
        }
        for (String prefix : new String[] {"docker.io/library/", "docker.io/", "library/"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }
}
