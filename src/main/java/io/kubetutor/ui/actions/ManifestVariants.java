package io.kubetutor.ui.actions;

import io.kubetutor.manifest.ManifestLoader;
import io.kubetutor.model.ClusterTopology;
import io.kubetutor.model.ClusterTopology.ProxyMode;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flips compare mode offers: the same cluster with one setting the other way, to run side by
 * side. {@code externalTrafficPolicy} Cluster↔Local on every NodePort and LoadBalancer Service and
 * {@code sessionAffinity} None↔ClientIP on every Service kube-proxy serves change the editor's text
 * (through {@link ManifestEdits}, so nothing else in it moves); kube-proxy's mode iptables↔ipvs
 * changes the topology instead. A flip that finds nothing to change is empty.
 */
public final class ManifestVariants {
    private ManifestVariants() {
    }

    /** Which setting a variant flips. */
    public enum Flip { EXTERNAL_TRAFFIC_POLICY, SESSION_AFFINITY, PROXY_MODE }

    /** One change a variant makes: {@code object} is NAMESPACE/NAME (or {@code kube-proxy}), {@code field} its path. */
    public record Change(String object, String field, String from, String to) {
    }

    /** A flip: the changed editor text, or the changed topology. */
    public sealed interface Variant permits TextVariant, TopologyVariant {
        Flip flip();

        List<Change> changes();
    }

    /** A flip of the manifests: {@code text} is the editor's text with the changes made. */
    public record TextVariant(Flip flip, String text, List<Change> changes) implements Variant {
        public TextVariant {
            changes = List.copyOf(changes);
        }
    }

    /** A flip of the cluster around the manifests: the text stays, {@code topology} differs. */
    public record TopologyVariant(Flip flip, ClusterTopology topology, List<Change> changes) implements Variant {
        public TopologyVariant {
            changes = List.copyOf(changes);
        }
    }

    /** Every flip that applies to this text and topology, in the order of {@link Flip}. */
    public static List<Variant> offered(String yaml, ClusterTopology topology) {
        List<Variant> out = new ArrayList<>();
        externalTrafficPolicy(yaml).ifPresent(out::add);
        sessionAffinity(yaml).ifPresent(out::add);
        out.add(proxyMode(topology));
        return out;
    }

    /**
     * Every NodePort and LoadBalancer Service with {@code externalTrafficPolicy} the other way
     * (unset counts as Cluster, its default). Going back to Cluster also drops a written {@code
     * healthCheckNodePort}, which the API server accepts only with Local.
     */
    public static Optional<TextVariant> externalTrafficPolicy(String yaml) {
        String text = yaml;
        List<Change> changes = new ArrayList<>();
        for (Service s : services(yaml)) {
            String type = s.spec().type();
            if (!type.equals("NodePort") && !type.equals("LoadBalancer")) {
                continue;
            }
            String from = s.spec().externalTrafficPolicy().equals("Local") ? "Local" : "Cluster";
            String to = from.equals("Local") ? "Cluster" : "Local";
            Optional<String> edited = ManifestEdits.setServiceField(text, ns(s), s.name(), "spec.externalTrafficPolicy",
                    to);
            if (edited.isPresent() && to.equals("Cluster")) {
                edited = ManifestEdits.removeField(edited.get(), ns(s), s.name(), "spec.healthCheckNodePort");
            }
            if (edited.isPresent()) {
                text = edited.get();
                changes.add(new Change(ns(s) + "/" + s.name(), "spec.externalTrafficPolicy", from, to));
            }
        }
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new TextVariant(Flip.EXTERNAL_TRAFFIC_POLICY, text, changes));
    }

    /**
     * Every Service kube-proxy balances (not ExternalName, not headless) with {@code
     * sessionAffinity} the other way (unset counts as None). A written {@code
     * sessionAffinityConfig} stays: with None the API server's defaulting clears it, and flipping
     * back brings its timeout back.
     */
    public static Optional<TextVariant> sessionAffinity(String yaml) {
        String text = yaml;
        List<Change> changes = new ArrayList<>();
        for (Service s : services(yaml)) {
            if (s.spec().type().equals("ExternalName") || s.spec().clusterIP().equals("None")) {
                continue;
            }
            String from = s.spec().sessionAffinity().equals("ClientIP") ? "ClientIP" : "None";
            String to = from.equals("ClientIP") ? "None" : "ClientIP";
            Optional<String> edited = ManifestEdits.setServiceField(text, ns(s), s.name(), "spec.sessionAffinity", to);
            if (edited.isPresent()) {
                text = edited.get();
                changes.add(new Change(ns(s) + "/" + s.name(), "spec.sessionAffinity", from, to));
            }
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new TextVariant(Flip.SESSION_AFFINITY, text, changes));
    }

    /** kube-proxy's mode the other way: iptables (random choice) ↔ ipvs (round robin). */
    public static TopologyVariant proxyMode(ClusterTopology t) {
        ProxyMode to = t.proxyMode() == ProxyMode.IPVS ? ProxyMode.IPTABLES : ProxyMode.IPVS;
        ClusterTopology flipped = new ClusterTopology(t.nodes(), t.clients(), t.serviceCIDR(), t.nodePortRange(),
                t.cloudLoadBalancer(), to, t.ingressController());
        return new TopologyVariant(Flip.PROXY_MODE, flipped,
                List.of(new Change("kube-proxy", "mode", t.proxyMode().text(), to.text())));
    }

    /** The Services the text writes, in written order (the last of twins only once). */
    private static List<Service> services(String yaml) {
        List<Service> out = new ArrayList<>();
        for (KubeObject o : ManifestLoader.load("editor.yaml", yaml).objects()) {
            if (o instanceof Service s) {
                out.removeIf(x -> ns(x).equals(ns(s)) && x.name().equals(s.name()));
                out.add(s);
            }
        }
        return out;
    }

    private static String ns(Service s) {
        return s.namespace().isEmpty() ? "default" : s.namespace();
    }
}
