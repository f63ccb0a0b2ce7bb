package io.kubetutor.ui.traffic;

import io.kubetutor.model.Container;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.Pod;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.session.NodeStatus;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.traffic.TargetSuggestion.Reach;
import io.kubetutor.ui.traffic.TargetSuggestion.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets worth suggesting in a cluster state, each with where it works: for every Service its
 * DNS name and short name, its ClusterIP and port, each node's address with its nodePort, the load
 * balancer's address and the externalIPs; every Ingress rule's {@code http://HOST/path}; every
 * pod's IP with each of its container ports. The learner's objects come first, the cluster's own
 * (kube-system, the {@code kubernetes} Service) last. Only TCP ports are suggested: the requests
 * the tutor sends are HTTP over TCP.
 */
public final class TargetSuggestions {
    private TargetSuggestions() {
    }

    /** Every suggestion, the learner's objects before the system's, each object's ways in together. */
    public static List<TargetSuggestion> of(SessionState state) {
        List<TargetSuggestion> out = new ArrayList<>();
        List<Service> services = new ArrayList<>(state.snapshot().all(Service.class));
        services.sort(Comparator.comparing(TargetSuggestions::isSystem).thenComparing(Service::namespace)
                .thenComparing(Service::name));
        for (Service s : services) {
            service(s, state.nodes(), out);
        }
        for (Ingress ing : state.snapshot().all(Ingress.class)) {
            ingress(ing, out);
        }
        List<Pod> pods = new ArrayList<>(state.snapshot().all(Pod.class));
        pods.sort(Comparator.comparing((Pod p) -> ClientChoices.isSystem(p.namespace())).thenComparing(Pod::namespace)
                .thenComparing(Pod::name));
        for (Pod p : pods) {
            pod(p, out);
        }
        // the same text from two objects (two Ingresses with one host) is suggested once
        Set<String> seen = new LinkedHashSet<>();
        List<TargetSuggestion> unique = new ArrayList<>();
        for (TargetSuggestion t : out) {
            if (seen.add(t.target())) {
                unique.add(t);
            }
        }
        return unique;
    }

    /**
     * The suggestions for a request from {@code client}: those that work from there first, then
     * the rest (inside the cluster only, pending), each group in the order {@link #of} gives, the
     * system's objects after the learner's.
     */
    public static List<TargetSuggestion> sortedFor(List<TargetSuggestion> all, ClientChoice client) {
        List<TargetSuggestion> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((TargetSuggestion t) -> t.system())
                .thenComparing(t -> client != null && !t.worksFrom(client)));
        return sorted;
    }

    /** The suggestions of a state, sorted for the sender with {@code clientId} (as the picker names it). */
    public static List<TargetSuggestion> of(SessionState state, String clientId) {
        ClientChoice client = ClientChoices.find(ClientChoices.of(state), clientId).orElse(null);
        return sortedFor(of(state), client);
    }

    private static void service(Service s, List<NodeStatus> nodes, List<TargetSuggestion> out) {
        String owner = s.namespace() + "/" + s.name();
        boolean system = isSystem(s);
        String type = s.spec().type();
        String fqdn = s.name() + "." + s.namespace() + ".svc.cluster.local";
        List<ServicePort> tcp = s.spec().ports().stream().filter(p -> isTcp(p.protocol())).toList();
        if (s.spec().ports().isEmpty() || type.equals("ExternalName")) {
            // a Service without ports (or an ExternalName) is still a name a pod can look up
            out.add(new TargetSuggestion("http://" + s.name() + "/", Route.SERVICE_SHORT_NAME, owner,
                    Reach.PODS_IN_NAMESPACE, system));
            out.add(new TargetSuggestion("http://" + fqdn + "/", Route.SERVICE_DNS, owner, Reach.PODS, system));
        }
        if (type.equals("ExternalName")) {
            return;
        }
        boolean hasClusterIp = !s.spec().clusterIP().isEmpty() && !s.spec().clusterIP().equals("None");
        for (ServicePort p : tcp) {
            out.add(new TargetSuggestion(url(s.name(), p.port()), Route.SERVICE_SHORT_NAME, owner,
                    Reach.PODS_IN_NAMESPACE, system));
            out.add(new TargetSuggestion(url(fqdn, p.port()), Route.SERVICE_DNS, owner, Reach.PODS, system));
            if (hasClusterIp) {
                out.add(new TargetSuggestion(s.spec().clusterIP() + ":" + p.port(), Route.CLUSTER_IP, owner,
                        Reach.CLUSTER, system));
            }
        }
        for (ServicePort p : tcp) {
            if (p.nodePort() > 0 && (type.equals("NodePort") || type.equals("LoadBalancer"))) {
                for (NodeStatus n : nodes) {
                    out.add(new TargetSuggestion(url(n.ip(), p.nodePort()), Route.NODE_PORT, owner, Reach.ANYWHERE,
                            system));
                }
            }
        }
        if (type.equals("LoadBalancer")) {
            List<String> addresses = s.status().loadBalancerIngress().stream()
                    .map(i -> i.ip().isEmpty() ? i.hostname() : i.ip()).filter(a -> !a.isEmpty()).toList();
            for (ServicePort p : tcp) {
                for (String a : addresses) {
                    out.add(new TargetSuggestion(url(a, p.port()), Route.LOAD_BALANCER, owner, Reach.ANYWHERE, system));
                }
                if (addresses.isEmpty()) {
                    // EXTERNAL-IP <pending>: the tutor's name for "its load balancer" shows what pending means
                    String name = s.namespace().equals("default") ? s.name() : s.name() + "." + s.namespace();
                    out.add(new TargetSuggestion("loadbalancer:" + name + ":" + p.port(), Route.LOAD_BALANCER, owner,
                            Reach.PENDING, system));
                }
            }
        }
        for (String ip : s.spec().externalIPs()) {
            for (ServicePort p : tcp) {
                out.add(new TargetSuggestion(url(ip, p.port()), Route.EXTERNAL_IP, owner, Reach.ANYWHERE, system));
            }
        }
    }

    private static void ingress(Ingress ing, List<TargetSuggestion> out) {
        String owner = ing.namespace() + "/" + ing.name();
        boolean hasAddress = !ing.statusAddresses().isEmpty();
        String address = hasAddress ? ing.statusAddresses().get(0) : "";
        for (Ingress.Rule rule : ing.spec().rules()) {
            List<String> paths = new ArrayList<>();
            if (rule.http() != null) {
                for (Ingress.Path p : rule.http().paths()) {
                    paths.add(p.path().isEmpty() ? "/" : p.path());
                }
            }
            if (paths.isEmpty()) {
                paths.add("/");
            }
            for (String path : paths) {
                if (!rule.host().isEmpty()) {
                    // only the machines outside have the hosts-file line that sends HOST to the Ingress
                    out.add(new TargetSuggestion("http://" + rule.host() + path, Route.INGRESS, owner,
                            hasAddress ? Reach.OUTSIDE : Reach.PENDING, false));
                } else if (hasAddress) {
                    out.add(new TargetSuggestion("http://" + address + path, Route.INGRESS, owner, Reach.ANYWHERE,
                            false));
                }
            }
        }
        if (ing.spec().rules().isEmpty() && ing.spec().defaultBackend() != null && hasAddress) {
            out.add(new TargetSuggestion("http://" + address + "/", Route.INGRESS, owner, Reach.ANYWHERE, false));
        }
    }

    private static void pod(Pod p, List<TargetSuggestion> out) {
        String ip = p.status().podIP();
        if (ip.isEmpty()) {
            return;
        }
        boolean system = ClientChoices.isSystem(p.namespace());
        for (Container c : p.spec().containers()) {
            for (Container.ContainerPort port : c.ports()) {
                if (isTcp(port.protocol())) {
                    out.add(new TargetSuggestion(ip + ":" + port.containerPort(), Route.POD_IP,
                            p.namespace() + "/" + p.name(), Reach.CLUSTER, system));
                }
            }
        }
    }

    private static String url(String host, int port) {
        return (port == 443 ? "https://" : "http://") + host + ":" + port + "/";
    }

    private static boolean isTcp(String protocol) {
        return protocol.isEmpty() || protocol.equals("TCP");
    }

    /** The cluster's own Services: kube-system's and the API server's {@code kubernetes}. */
    private static boolean isSystem(Service s) {
        return ClientChoices.isSystem(s.namespace()) || (s.namespace().equals("default") && s.name().equals("kubernetes"));
    }
}
