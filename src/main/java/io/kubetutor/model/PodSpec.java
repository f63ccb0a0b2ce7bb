package io.kubetutor.model;

import java.util.List;
import java.util.Map;

/**
 * The parts of v1 PodSpec the tutor simulates. Strings "" when absent; enableServiceLinks nullable;
 * nodeSelector empty when absent (a nil and an empty map mean the same to the scheduler and to
 * validation), in the order written.
 */
public record PodSpec(String nodeName, String hostname, String subdomain, List<Container> initContainers,
                      List<Container> containers, String restartPolicy, String dnsPolicy,
                      Boolean enableServiceLinks, boolean hostNetwork, Map<String, String> nodeSelector) {
    public PodSpec {
        nodeSelector = nodeSelector == null ? Map.of() : Maps.ordered(nodeSelector);
        nodeName = nz(nodeName);
        hostname = nz(hostname);
        subdomain = nz(subdomain);
        initContainers = Maps.list(initContainers);
        containers = Maps.list(containers);
        restartPolicy = nz(restartPolicy);
        dnsPolicy = nz(dnsPolicy);
    }

    /** A spec without a nodeSelector (the form every caller used before the field existed). */
    public PodSpec(String nodeName, String hostname, String subdomain, List<Container> initContainers,
                   List<Container> containers, String restartPolicy, String dnsPolicy, Boolean enableServiceLinks,
                   boolean hostNetwork) {
        this(nodeName, hostname, subdomain, initContainers, containers, restartPolicy, dnsPolicy, enableServiceLinks,
                hostNetwork, Map.of());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public PodSpec withContainers(List<Container> initC, List<Container> c) {
        return new PodSpec(nodeName, hostname, subdomain, initC, c, restartPolicy, dnsPolicy,
                enableServiceLinks, hostNetwork, nodeSelector);
    }

    public PodSpec withPolicies(String restart, String dns, Boolean serviceLinks) {
        return new PodSpec(nodeName, hostname, subdomain, initContainers, containers, restart, dns,
                serviceLinks, hostNetwork, nodeSelector);
    }

    public PodSpec withPlacement(String node, String host, String sub) {
        return new PodSpec(node, host, sub, initContainers, containers, restartPolicy, dnsPolicy,
                enableServiceLinks, hostNetwork, nodeSelector);
    }
}
