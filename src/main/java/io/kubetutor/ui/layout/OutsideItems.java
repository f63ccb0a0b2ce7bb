package io.kubetutor.ui.layout;

import java.util.List;

/** What sits outside the cluster: the clients, and the cloud load balancer when the cluster has one. */
public record OutsideItems(List<Client> clients, LoadBalancer loadBalancer) {
    public OutsideItems {
        clients = List.copyOf(clients);
    }

    public record Client(String name, String ip) {
        public String id() {
            return ElementIds.client(name);
        }
    }

    /** The cloud load balancer: its address pool and what it fronts ({@code 203.0.113.1:80 → default/shop}). */
    public record LoadBalancer(String pool, List<String> fronts) {
        public LoadBalancer {
            fronts = List.copyOf(fronts);
        }
    }
}
