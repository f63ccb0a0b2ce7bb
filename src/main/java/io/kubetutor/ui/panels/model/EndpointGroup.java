package io.kubetutor.ui.panels.model;

import java.util.List;

/**
 * One Service with its endpoints: the header row of its group and the rows under it.
 *
 * @param key        "namespace/name"
 * @param type       spec.type (ClusterIP when unset)
 * @param clusterIp  spec.clusterIP ("None" for headless, "" for ExternalName)
 * @param ports      the ports as kubectl get svc prints them: {@code 80:30080/TCP,443/TCP}
 * @param system     a Service the cluster made itself (kube-system, default/kubernetes)
 * @param empty      why the group has no rows, or null when it has some
 * @param detail     for {@link Empty#NO_MATCH} the selector, for {@link Empty#EXTERNAL_NAME} the name
 */
public record EndpointGroup(String key, String namespace, String name, String type, String clusterIp, String ports,
                            boolean system, Empty empty, String detail, List<EndpointRow> rows) {
    public EndpointGroup {
        rows = List.copyOf(rows);
    }

    /** Why a Service shows no endpoint rows. */
    public enum Empty {
        /** Its selector matches no running pod with the port. */
        NO_MATCH,
        /** No selector and no hand-written Endpoints. */
        NO_SELECTOR,
        /** ExternalName: DNS answers with a CNAME, no endpoints are kept. */
        EXTERNAL_NAME
    }
}
