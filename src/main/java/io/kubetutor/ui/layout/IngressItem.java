package io.kubetutor.ui.layout;

import java.util.List;

/** An Ingress as a small card: its class, its rules as {@code host/path → service:port}, its address. */
public record IngressItem(String id, String namespace, String name, String className, List<String> rules,
                          List<String> addresses) {
    public IngressItem {
        rules = List.copyOf(rules);
        addresses = List.copyOf(addresses);
    }
}
