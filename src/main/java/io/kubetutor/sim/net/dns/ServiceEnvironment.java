package io.kubetutor.sim.net.dns;

import io.kubetutor.model.Container;
import io.kubetutor.model.GoValues;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.sim.net.NetworkState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Service environment variables the kubelet gives a pod's containers (kubelet_pods.go
 * getServiceEnvVarMap, pkg/kubelet/envvars/envvars.go FromServices): one set per Service that has a
 * ClusterIP and existed when the pod was created, from the pod's own namespace when
 * enableServiceLinks is on (its default), and always the {@code kubernetes} Service of
 * {@code default}. The kubelet collects them in a Go map, so a real container sees them in an order
 * that changes from start to start; here they come Service by Service in Go string order of the
 * Service name, each Service's variables in the order FromServices makes them, so the list reads the
 * same every time and keeps each Service's variables together.
 */
public final class ServiceEnvironment {
    private static final String MASTER_NAMESPACE = "default";
    private static final String MASTER_SERVICE = "kubernetes";

    private ServiceEnvironment() {
    }

    /** Every variable the kubelet injects for {@code pod}. */
    public static List<Container.EnvVar> forPod(Pod pod, NetworkState state) {
        Pod p = state.pod(pod.metadata().namespace(), pod.metadata().name());
        Pod stored = p != null ? p : pod;
        boolean links = stored.spec().enableServiceLinks() == null || stored.spec().enableServiceLinks();
        Map<String, Service> byName = new TreeMap<>(GoValues.STRING_ORDER);
        for (Service s : state.services()) {
            if (!state.createdBefore(s, stored) || !ipSet(s)) {
                continue;
            }
            String ns = s.metadata().namespace();
            String name = s.metadata().name();
            // The master service is added unless one of that name is already there; the pod's own
            // namespace's Services replace whatever has their name.
            if (ns.equals(MASTER_NAMESPACE) && name.equals(MASTER_SERVICE)) {
                byName.putIfAbsent(name, s);
            } else if (ns.equals(stored.metadata().namespace()) && links) {
                byName.put(name, s);
            }
        }
        List<Container.EnvVar> out = new ArrayList<>();
        for (Service s : byName.values()) {
            out.addAll(fromService(s));
        }
        return out;
    }

    /**
     * What one container sees of them: a variable the container declares itself replaces the
     * kubelet's (makeEnvironmentVariables deletes it from the service set).
     */
    public static List<Container.EnvVar> forContainer(Pod pod, Container container, NetworkState state) {
        Set<String> own = new HashSet<>();
        container.env().forEach(e -> own.add(e.name()));
        return forPod(pod, state).stream().filter(e -> !own.contains(e.name())).toList();
    }

    /** v1helper.IsServiceIPSet: a ClusterIP that is neither empty nor None. */
    private static boolean ipSet(Service s) {
        String ip = s.spec().clusterIP();
        return !ip.isEmpty() && !ip.equals("None");
    }

    /** FromServices for one Service: host, first port, named ports, then the Docker-link family. */
    static List<Container.EnvVar> fromService(Service s) {
        String prefix = variableName(s.metadata().name());
        String ip = s.spec().clusterIP();
        List<ServicePort> ports = s.spec().ports();
        List<Container.EnvVar> out = new ArrayList<>();
        out.add(new Container.EnvVar(prefix + "_SERVICE_HOST", ip));
        if (ports.isEmpty()) {
            return out;
        }
        out.add(new Container.EnvVar(prefix + "_SERVICE_PORT", Integer.toString(ports.get(0).port())));
        for (ServicePort p : ports) {
            if (!p.name().isEmpty()) {
                out.add(new Container.EnvVar(prefix + "_SERVICE_PORT_" + variableName(p.name()),
                        Integer.toString(p.port())));
            }
        }
        for (int i = 0; i < ports.size(); i++) {
            ServicePort p = ports.get(i);
            String protocol = p.protocol().isEmpty() ? "TCP" : p.protocol();
            String lower = protocol.toLowerCase(Locale.ROOT);
            String url = lower + "://" + ip + ":" + p.port();
            if (i == 0) {
                out.add(new Container.EnvVar(prefix + "_PORT", url));
            }
            String portPrefix = prefix + "_PORT_" + p.port() + "_" + protocol.toUpperCase(Locale.ROOT);
            out.add(new Container.EnvVar(portPrefix, url));
            out.add(new Container.EnvVar(portPrefix + "_PROTO", lower));
            out.add(new Container.EnvVar(portPrefix + "_PORT", Integer.toString(p.port())));
            out.add(new Container.EnvVar(portPrefix + "_ADDR", ip));
        }
        return out;
    }

    /** makeEnvVariableName: upper case, dashes (and dots) to underscores, a leading digit prefixed by "_". */
    static String variableName(String name) {
        String v = name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return !v.isEmpty() && v.charAt(0) >= '0' && v.charAt(0) <= '9' ? "_" + v : v;
    }
}
