package io.kubetutor.sim;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.IntOrString;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.Probe;
import java.util.List;
import java.util.Map;

/**
 * The CoreDNS Deployment as kubeadm v1.33 writes it (cmd/kubeadm/app/phases/addons/dns/manifests.go
 * with constants.CoreDNSVersion v1.12.0), in the parts the model holds. What it cannot hold is
 * absent: the coredns ConfigMap volume, tolerations, pod anti-affinity, node selector,
 * priorityClassName, serviceAccountName, resources and securityContext. The probes name their ports
 * by number, as v1.33 does (named probe ports came with v1.34).
 */
final class CoreDns {
    static final String NAME = "coredns";
    static final String NAMESPACE = "kube-system";
    static final String IMAGE = "registry.k8s.io/coredns/coredns:v1.12.0";
    static final Map<String, String> LABELS = Map.of("k8s-app", "kube-dns");
    /** kubeadm's default replica count. */
    static final int REPLICAS = 2;

    private CoreDns() {
    }

    /** The Deployment as kubeadm sends it, before the API server defaults it. */
    static Deployment deployment() {
        Probe liveness = new Probe(null, new Probe.HttpGet("/health", IntOrString.of(8080), "", "HTTP"), null, null,
                60, 5, 0, 1, 5);
        Probe readiness = new Probe(null, new Probe.HttpGet("/ready", IntOrString.of(8181), "", "HTTP"), null, null,
                0, 0, 0, 0, 0);
        Container coredns = new Container("coredns", IMAGE, List.of(), List.of("-conf", "/etc/coredns/Corefile"),
                List.of(new Container.ContainerPort("dns", 53, "UDP", 0, ""),
                        new Container.ContainerPort("dns-tcp", 53, "TCP", 0, ""),
                        new Container.ContainerPort("metrics", 9153, "TCP", 0, "")),
                List.of(), readiness, liveness, null, null);
        // dnsPolicy Default: CoreDNS resolves through the node's resolv.conf, not through itself.
        PodSpec spec = new PodSpec("", "", "", List.of(), List.of(coredns), "", "Default", null, false);
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMeta("", "", "", LABELS, Map.of()), spec);
        Deployment.Spec deploymentSpec = new Deployment.Spec(REPLICAS, LabelSelector.of(LABELS), template,
                "RollingUpdate", 0, new Deployment.RollingUpdate(IntOrString.of(1), null));
        return new Deployment(new ObjectMeta(NAME, "", NAMESPACE, LABELS, Map.of()), deploymentSpec, null);
    }
}
