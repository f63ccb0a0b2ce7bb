package io.kubetutor.sim.net.dns;

/** The manifests the DNS tests share. */
final class Scenarios {
    private Scenarios() {
    }

    /** A namespace "shop" with a two-port ClusterIP Service over a Deployment, and a client pod in default. */
    static final String SHOP = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: shop}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              clusterIP: 10.96.20.20
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: http}
              - {name: metrics, port: 9090, targetPort: 9090}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: client}
            spec: {containers: [{name: shell, image: busybox, command: [sleep, infinity]}]}
            """;

    /** The Kubernetes documentation's StatefulSet: a headless Service nginx and two pods web-0, web-1. */
    static final String STATEFUL = """
            apiVersion: v1
            kind: Service
            metadata: {name: nginx}
            spec:
              clusterIP: None
              selector: {app: nginx}
              ports: [{name: web, port: 80}]
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec:
              serviceName: nginx
              replicas: 2
              selector: {matchLabels: {app: nginx}}
              template:
                metadata: {labels: {app: nginx}}
                spec: {containers: [{name: nginx, image: nginx:1.27, ports: [{name: web, containerPort: 80}]}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: client}
            spec: {containers: [{name: shell, image: busybox, command: [sleep, infinity]}]}
            """;
}
