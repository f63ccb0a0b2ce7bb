package io.kubetutor.manifest.validate;

import io.kubetutor.model.Container;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.Probe;
import java.util.ArrayList;
import java.util.List;

/** SetDefaults_PodSpec, SetDefaults_Pod, SetDefaults_ContainerPort, SetDefaults_Probe, SetDefaults_HTTPGetAction. */
final class PodDefaults {
    private PodDefaults() {
    }

    /**
     * @param isPod a Pod (not a template): only pods get enableServiceLinks and, with hostNetwork,
     *              hostPort = containerPort (the template variant sits behind a gate that is off)
     */
    static PodSpec podSpec(PodSpec spec, boolean isPod) {
        boolean hostPorts = isPod && spec.hostNetwork();
        PodSpec out = spec.withContainers(containers(spec.initContainers(), hostPorts),
                containers(spec.containers(), hostPorts));
        Boolean links = spec.enableServiceLinks();
        if (isPod && links == null) {
            links = Boolean.TRUE;
        }
        return out.withPolicies(spec.restartPolicy().isEmpty() ? "Always" : spec.restartPolicy(),
                spec.dnsPolicy().isEmpty() ? "ClusterFirst" : spec.dnsPolicy(), links);
    }

    private static List<Container> containers(List<Container> containers, boolean hostPorts) {
        List<Container> out = new ArrayList<>();
        for (Container c : containers) {
            List<Container.ContainerPort> ports = new ArrayList<>();
            for (Container.ContainerPort p : c.ports()) {
                String protocol = p.protocol().isEmpty() ? "TCP" : p.protocol();
                int hostPort = hostPorts && p.hostPort() == 0 ? p.containerPort() : p.hostPort();
                ports.add(new Container.ContainerPort(p.name(), p.containerPort(), protocol, hostPort, p.hostIP()));
            }
            out.add(c.withPorts(ports).withProbes(probe(c.readinessProbe()), probe(c.livenessProbe()),
                    probe(c.startupProbe())));
        }
        return out;
    }

    private static Probe probe(Probe p) {
        if (p == null) {
            return null;
        }
        Probe.HttpGet get = p.httpGet();
        if (get != null) {
            get = new Probe.HttpGet(get.path().isEmpty() ? "/" : get.path(), get.port(), get.host(),
                    get.scheme().isEmpty() ? "HTTP" : get.scheme());
        }
        return new Probe(p.exec(), get, p.tcpSocket(), p.grpc(), p.initialDelaySeconds(),
                p.timeoutSeconds() == 0 ? 1 : p.timeoutSeconds(), p.periodSeconds() == 0 ? 10 : p.periodSeconds(),
                p.successThreshold() == 0 ? 1 : p.successThreshold(),
                p.failureThreshold() == 0 ? 3 : p.failureThreshold());
    }
}
