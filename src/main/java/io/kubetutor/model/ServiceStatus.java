package io.kubetutor.model;

import java.util.List;

/** v1 ServiceStatus: the load balancer's ingress points. */
public record ServiceStatus(List<LoadBalancerIngress> loadBalancerIngress) {
    public static final ServiceStatus EMPTY = new ServiceStatus(List.of());

    public ServiceStatus {
        loadBalancerIngress = Maps.list(loadBalancerIngress);
    }

    public record LoadBalancerIngress(String ip, String hostname, String ipMode) {
        public LoadBalancerIngress {
            ip = ip == null ? "" : ip;
            hostname = hostname == null ? "" : hostname;
        }
    }
}
