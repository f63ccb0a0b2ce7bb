package io.kubetutor.model;

import java.util.List;

/** The parts of v1 PodSpec the tutor simulates. Strings "" when absent; enableServiceLinks nullable. */
public record PodSpec(String nodeName, String hostname, String subdomain, List<Container> initContainers,
                      List<Container> containers, String restartPolicy, String dnsPolicy,
                      Boolean enableServiceLinks, boolean hostNetwork) {
    public PodSpec {
        nodeName = nz(nodeName);
        hostname = nz(hostname);
        subdomain = nz(subdomain);
        initContainers = Maps.list(initContainers);
        containers = Maps.list(containers);
        restartPolicy = nz(restartPolicy);
        dnsPolicy = nz(dnsPolicy);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public PodSpec withContainers(List<Container> initC, List<Container> c) {
        return new PodSpec(nodeName, hostname, subdomain, initC, c, restartPolicy, dnsPolicy,
                enableServiceLinks, hostNetwork);
    }

    public PodSpec withPolicies(String restart, String dns, Boolean serviceLinks) {
        return new PodSpec(nodeName, hostname, subdomain, initContainers, containers, restart, dns,
                serviceLinks, hostNetwork);
    }

    public PodSpec withPlacement(String node, String host, String sub) {
        return new PodSpec(node, host, sub, initContainers, containers, restartPolicy, dnsPolicy,
                enableServiceLinks, hostNetwork);
    }
}
