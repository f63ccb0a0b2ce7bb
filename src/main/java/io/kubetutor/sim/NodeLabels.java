package io.kubetutor.sim;

import io.kubetutor.model.ClusterTopology;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels a Node of a kubeadm v1.33 cluster carries. The kubelet registers every node with
 * kubernetes.io/hostname (the node's name: kubeadm names nodes by their host name), kubernetes.io/os
 * and kubernetes.io/arch, and their beta.kubernetes.io twins it still sets for old selectors
 * (initialNode in pkg/kubelet/kubelet_node_status.go); the machines are linux/amd64, as the
 * simulated nodes' OS image says. kubeadm's mark-control-plane phase adds
 * node-role.kubernetes.io/control-plane and node.kubernetes.io/exclude-from-external-load-balancers,
 * both empty, to a control-plane node (cmd/kubeadm/app/phases/markcontrolplane). A cluster file's
 * own labels come last, as an administrator's {@code kubectl label} would: they may replace these.
 */
public final class NodeLabels {
    public static final String HOSTNAME = "kubernetes.io/hostname";
    public static final String OS = "kubernetes.io/os";
    public static final String ARCH = "kubernetes.io/arch";
    public static final String BETA_OS = "beta.kubernetes.io/os";
    public static final String BETA_ARCH = "beta.kubernetes.io/arch";
    public static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
    public static final String EXCLUDE_FROM_EXTERNAL_LOAD_BALANCERS =
            "node.kubernetes.io/exclude-from-external-load-balancers";
    /** kubectl's ROLES column reads roles from labels with this prefix, and from kubernetes.io/role. */
    public static final String ROLE_PREFIX = "node-role.kubernetes.io/";
    public static final String LEGACY_ROLE = "kubernetes.io/role";

    private NodeLabels() {
    }

    /** The node's labels, in the order they are set. */
    public static Map<String, String> of(ClusterTopology.Node node) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(BETA_ARCH, "amd64");
        labels.put(BETA_OS, "linux");
        labels.put(ARCH, "amd64");
        labels.put(HOSTNAME, node.name());
        labels.put(OS, "linux");
        if (node.controlPlane()) {
            labels.put(CONTROL_PLANE, "");
            labels.put(EXCLUDE_FROM_EXTERNAL_LOAD_BALANCERS, "");
        }
        labels.putAll(node.labels());
        return Collections.unmodifiableMap(labels);
    }

    /** Whether every entry of a pod's spec.nodeSelector is among the node's labels (labels.SelectorFromSet). */
    public static boolean matches(Map<String, String> nodeSelector, Map<String, String> labels) {
        for (Map.Entry<String, String> e : nodeSelector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
