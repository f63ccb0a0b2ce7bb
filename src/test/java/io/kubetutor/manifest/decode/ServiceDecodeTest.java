package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.ServiceSpec;
import io.kubetutor.model.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceDecodeTest {

    private static Service service(String yaml) {
        DecodeResult r = TestYaml.decode(yaml);
        assertEquals(List.of(), r.diagnostics(), "diagnostics");
        return assertInstanceOf(Service.class, r.object());
    }

    @Test
    void aNodePortServiceFillsEveryWrittenFieldAndNothingElse() {
        Service s = service("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  labels: {app: web, tier: front}
                  annotations:
                    note: "first"
                spec:
                  type: NodePort
                  selector:
                    app: web
                  ports:
                    - name: http
                      port: 80
                      targetPort: 8080
                      nodePort: 30080
                    - name: admin
                      protocol: TCP
                      port: 9000
                      targetPort: admin
                  externalTrafficPolicy: Local
                """);
        assertEquals("web", s.name());
        assertEquals("shop", s.namespace());
        assertEquals(List.of("app", "tier"), List.copyOf(s.metadata().labels().keySet()));
        assertEquals(Map.of("note", "first"), s.metadata().annotations());
        ServiceSpec spec = s.spec();
        assertEquals("NodePort", spec.type());
        assertEquals(Map.of("app", "web"), spec.selector());
        assertEquals(new ServicePort("http", "", null, 80, IntOrString.of(8080), 30080), spec.ports().get(0));
        assertEquals(new ServicePort("admin", "TCP", null, 9000, IntOrString.of("admin"), 0), spec.ports().get(1));
        assertEquals("Local", spec.externalTrafficPolicy());
        // Not written, so Go's zero values: no defaulting here.
        assertEquals("", spec.sessionAffinity());
        assertEquals("", spec.clusterIP());
        assertNull(spec.internalTrafficPolicy());
        assertNull(spec.sessionAffinityConfig());
        assertNull(spec.allocateLoadBalancerNodePorts());
    }

    @Test
    void anAbsentSelectorIsNullAndAnEmptyOneIsAnEmptyMap() {
        Service none = service("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {clusterIP: None}\n");
        assertNull(none.spec().selector());
        Service empty = service("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {selector: {}}\n");
        assertEquals(Map.of(), empty.spec().selector());
    }

    @Test
    void aNullValueBehavesAsIfTheFieldWereNotWritten() {
        Service s = service("""
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec:
                  selector: ~
                  type: null
                  ports:
                    - port: 80
                      targetPort: ~
                """);
        assertNull(s.spec().selector());
        assertEquals("", s.spec().type());
        assertTrue(s.spec().ports().get(0).targetPort().isZero());
    }

    @Test
    void aQuotedNumberTargetPortStaysAStringForValidationToJudge() {
        Service s = service("""
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec:
                  ports:
                    - port: 80
                      targetPort: "8080"
                    - port: 81
                      targetPort: http
                """);
        assertEquals(IntOrString.of("8080"), s.spec().ports().get(0).targetPort());
        assertFalse(s.spec().ports().get(0).targetPort().isInt());
        assertEquals(IntOrString.of("http"), s.spec().ports().get(1).targetPort());
    }

    @Test
    void yamlNumberFormsArriveAsTheNumberGoYamlReads() {
        Service s = service("""
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec:
                  ports:
                    - {name: a, port: 0x50}
                    - {name: b, port: 8080.0}
                    - {name: c, port: 1_000}
                    - {name: d, port: 1e3}
                """);
        List<ServicePort> p = s.spec().ports();
        assertEquals(80, p.get(0).port());
        assertEquals(8080, p.get(1).port());
        assertEquals(1000, p.get(2).port());
        assertEquals(1000, p.get(3).port());
    }

    @Test
    void sessionAffinityConfigAndStatusAreReadAsWritten() {
        Service s = service("""
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec:
                  type: LoadBalancer
                  sessionAffinity: ClientIP
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: 600
                  allocateLoadBalancerNodePorts: false
                  internalTrafficPolicy: Local
                  ipFamilyPolicy: SingleStack
                  ipFamilies: [IPv4]
                  clusterIP: 10.96.0.20
                  clusterIPs: [10.96.0.20]
                  externalIPs: [192.168.1.100]
                  loadBalancerSourceRanges: [10.0.0.0/8]
                  publishNotReadyAddresses: true
                status:
                  loadBalancer:
                    ingress:
                      - ip: 203.0.113.7
                        ipMode: VIP
                """);
        ServiceSpec spec = s.spec();
        assertEquals(600, spec.sessionAffinityConfig().clientIP().timeoutSeconds());
        assertEquals(Boolean.FALSE, spec.allocateLoadBalancerNodePorts());
        assertEquals("Local", spec.internalTrafficPolicy());
        assertEquals("SingleStack", spec.ipFamilyPolicy());
        assertEquals(List.of("IPv4"), spec.ipFamilies());
        assertEquals(List.of("10.96.0.20"), spec.clusterIPs());
        assertEquals(List.of("192.168.1.100"), spec.externalIPs());
        assertEquals(List.of("10.0.0.0/8"), spec.loadBalancerSourceRanges());
        assertTrue(spec.publishNotReadyAddresses());
        assertEquals("203.0.113.7", s.status().loadBalancerIngress().get(0).ip());
        assertEquals("VIP", s.status().loadBalancerIngress().get(0).ipMode());
    }

    @Test
    void theOriginNamesTheFileTheDocumentAndItsLocator() {
        Service s = service("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
        Origin o = s.origin();
        assertEquals("test.yaml", o.file());
        assertEquals(0, o.documentIndex());
        assertEquals(SourcePos.START, o.start());
    }
}
