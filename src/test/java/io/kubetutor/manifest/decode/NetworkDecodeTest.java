package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.Ingress;
import io.kubetutor.model.IngressClass;
import io.kubetutor.model.Namespace;
import io.kubetutor.model.ObjectReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkDecodeTest {

    private static <T> T decoded(String yaml, Class<T> type) {
        DecodeResult r = TestYaml.decode(yaml);
        assertEquals(List.of(), r.diagnostics(), "diagnostics");
        return assertInstanceOf(type, r.object());
    }

    @Test
    void handWrittenEndpointsKeepAddressesAndPorts() {
        Endpoints e = decoded("""
                apiVersion: v1
                kind: Endpoints
                metadata: {name: external-db}
                subsets:
                  - addresses:
                      - ip: 10.1.2.3
                        nodeName: node1
                        targetRef: {kind: Pod, name: db-0, namespace: default, uid: abc}
                    notReadyAddresses:
                      - {ip: 10.1.2.4, hostname: db-1}
                    ports:
                      - {name: pg, port: 5432, protocol: TCP, appProtocol: postgresql}
                """, Endpoints.class);
        Endpoints.Subset s = e.subsets().get(0);
        assertEquals(new Endpoints.Address("10.1.2.3", "", "node1", new ObjectReference("Pod", "default", "db-0")),
                s.addresses().get(0));
        assertEquals(new Endpoints.Address("10.1.2.4", "db-1", null, null), s.notReadyAddresses().get(0));
        assertEquals(new Endpoints.Port("pg", 5432, "TCP", "postgresql"), s.ports().get(0));
    }

    @Test
    void anEndpointSliceKeepsPointerFieldsNullWhenAbsent() {
        EndpointSlice s = decoded("""
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata:
                  name: web-abc
                  labels: {kubernetes.io/service-name: web}
                addressType: IPv4
                endpoints:
                  - addresses: [10.244.1.5]
                    conditions: {ready: true}
                    nodeName: node2
                    zone: a
                  - addresses: [10.244.2.7]
                ports:
                  - {name: http, port: 8080, protocol: TCP}
                  - {}
                """, EndpointSlice.class);
        assertEquals("IPv4", s.addressType());
        EndpointSlice.Endpoint first = s.endpoints().get(0);
        assertEquals(List.of("10.244.1.5"), first.addresses());
        assertEquals(new EndpointSlice.Conditions(true, null, null), first.conditions());
        assertEquals("node2", first.nodeName());
        assertEquals("a", first.zone());
        assertNull(first.hostname());
        assertEquals(new EndpointSlice.Conditions(null, null, null), s.endpoints().get(1).conditions());
        assertEquals(new EndpointSlice.Port("http", 8080, "TCP", null), s.ports().get(0));
        assertEquals(new EndpointSlice.Port(null, null, null, null), s.ports().get(1));
    }

    @Test
    void anIngressKeepsRulesPathsBackendsTlsAndPinnedStatus() {
        Ingress i = decoded("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                  annotations: {nginx.ingress.kubernetes.io/rewrite-target: /}
                spec:
                  ingressClassName: nginx
                  defaultBackend:
                    service: {name: fallback, port: {number: 80}}
                  tls:
                    - hosts: [shop.example.com]
                      secretName: shop-tls
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - path: /api
                            pathType: Prefix
                            backend:
                              service:
                                name: api
                                port: {name: http}
                          - path: /static
                            pathType: ImplementationSpecific
                            backend:
                              resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: assets}
                    - http:
                        paths:
                          - backend: {service: {name: web, port: {number: 8080}}}
                status:
                  loadBalancer:
                    ingress: [{ip: 203.0.113.9}, {hostname: lb.example.com}]
                """, Ingress.class);
        Ingress.Spec spec = i.spec();
        assertEquals("nginx", spec.ingressClassName());
        assertEquals(new Ingress.ServiceBackend("fallback", new Ingress.BackendPort("", 80)),
                spec.defaultBackend().service());
        assertEquals(new Ingress.Tls(List.of("shop.example.com"), "shop-tls"), spec.tls().get(0));
        Ingress.Rule rule = spec.rules().get(0);
        assertEquals("shop.example.com", rule.host());
        Ingress.Path api = rule.http().paths().get(0);
        assertEquals("/api", api.path());
        assertEquals("Prefix", api.pathType());
        assertEquals(new Ingress.ServiceBackend("api", new Ingress.BackendPort("http", 0)), api.backend().service());
        assertEquals(new Ingress.ResourceRef("k8s.example.com", "StorageBucket", "assets"),
                rule.http().paths().get(1).backend().resource());
        Ingress.Path bare = spec.rules().get(1).http().paths().get(0);
        assertEquals("", spec.rules().get(1).host());
        assertEquals("", bare.path());
        assertNull(bare.pathType());
        assertEquals(List.of("203.0.113.9", "lb.example.com"), i.statusAddresses());
    }

    @Test
    void anIngressWithoutClassOrBackendHasNulls() {
        Ingress i = decoded("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n"
                + "spec:\n  rules: [{host: a.example.com}]\n", Ingress.class);
        assertNull(i.spec().ingressClassName());
        assertNull(i.spec().defaultBackend());
        assertNull(i.spec().rules().get(0).http());
    }

    @Test
    void anIngressClassIsClusterScopedAndKnowsWhetherItIsTheDefault() {
        IngressClass c = decoded("""
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata:
                  name: nginx
                  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
                spec:
                  controller: k8s.io/ingress-nginx
                  parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb, scope: Cluster}
                """, IngressClass.class);
        assertEquals("k8s.io/ingress-nginx", c.controller());
        assertTrue(c.isDefault());
        assertFalse(c.namespaced());
    }

    @Test
    void aNamespaceDecodes() {
        Namespace n = decoded("apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: a}}\n"
                + "spec: {finalizers: [kubernetes]}\n", Namespace.class);
        assertEquals("shop", n.name());
        assertFalse(n.namespaced());
    }
}
