package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies the API server cannot decode: Go's encoding/json errors, as kubectl prints them. */
class TypeErrorTest {

    private static final String SERVICE_PREFIX = "Error from server (BadRequest): error when creating \"test.yaml\": "
            + "Service in version \"v1\" cannot be handled as a Service: ";

    private static Diagnostic onlyError(String yaml) {
        DecodeResult r = TestYaml.decode(yaml);
        assertNull(r.object(), "a body that cannot be decoded is refused");
        assertEquals(1, r.diagnostics().size(), () -> "diagnostics: " + r.diagnostics());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        return d;
    }

    private static String service(String specBody) {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n" + specBody;
    }

    @Test
    void aStringPortNamesTheInnermostStructAndTheFieldPathWithoutIndices() {
        Diagnostic d = onlyError(service("""
                  ports:
                    - port: 80
                    - port: "http"
                """));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal string into Go struct field "
                + "ServicePort.spec.ports.port of type int32", d.message());
        assertEquals(new SourcePos(8, 13), d.pos());
        assertEquals("spec.ports[1].port", d.details().get(0).fieldPath());
    }

    @Test
    void aFractionalNumberIsQuotedWithItsLiteral() {
        Diagnostic d = onlyError(service("  ports:\n    - port: 1.5\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number 1.5 into Go struct field "
                + "ServicePort.spec.ports.port of type int32", d.message());
    }

    @Test
    void anInt32OverflowIsQuotedWithItsLiteral() {
        Diagnostic d = onlyError(service("  ports:\n    - port: 99999999999\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number 99999999999 into Go struct field "
                + "ServicePort.spec.ports.port of type int32", d.message());
    }

    @Test
    void aNumberLabelValueIsRefusedWithTheMapsFieldAndNoKey() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels:
                    version: 2
                """);
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number into Go struct field "
                + "ObjectMeta.metadata.labels of type string", d.message());
        assertEquals(new SourcePos(6, 14), d.pos());
        assertEquals("metadata.labels[version]", d.details().get(0).fieldPath());
    }

    @Test
    void aYamlBoolLabelValueIsRefusedAsABool() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels:
                    canary: yes
                """);
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal bool into Go struct field "
                + "ObjectMeta.metadata.labels of type string", d.message());
    }

    @Test
    void aNamedStringTypeIsNamedWithItsPackage() {
        Diagnostic d = onlyError(service("  ports:\n    - port: 80\n      protocol: 6\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number into Go struct field "
                + "ServicePort.spec.ports.protocol of type v1.Protocol", d.message());
    }

    @Test
    void aScalarWhereAStructBelongsNamesTheStructType() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: ClusterIP\n");
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal string into Go struct field "
                + "Service.spec of type v1.ServiceSpec", d.message());
    }

    @Test
    void aMappingWhereAListBelongsNamesTheSliceType() {
        Diagnostic d = onlyError(service("  ports:\n    port: 80\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal object into Go struct field "
                + "ServiceSpec.spec.ports of type []v1.ServicePort", d.message());
    }

    @Test
    void aListWhereAStringBelongsIsAnArray() {
        Diagnostic d = onlyError(service("  clusterIP: [10.96.0.1]\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal array into Go struct field "
                + "ServiceSpec.spec.clusterIP of type string", d.message());
    }

    @Test
    void aBoolTargetPortFailsInsideIntOrStringAsAnInt32() {
        Diagnostic d = onlyError(service("  ports:\n    - port: 80\n      targetPort: true\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal bool into Go struct field "
                + "ServicePort.spec.ports.targetPort of type int32", d.message());
    }

    @Test
    void anIntOrStringErrorStopsDecodingAndWinsOverAnEarlierTypeError() {
        // metadata sorts before spec, so the label error is met first; but IntOrString returns its
        // error at once, and Go reports a returned error over a saved one.
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels: {v: 1}
                spec:
                  ports:
                    - port: 80
                      targetPort: 8080.5
                """);
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number 8080.5 into Go struct field "
                + "ServicePort.spec.ports.targetPort of type int32", d.message());
    }

    @Test
    void onlyTheFirstTypeErrorInTheServersOrderIsReported() {
        // The server decodes the JSON kubectl sends, whose keys are sorted: ports before type.
        Diagnostic d = onlyError(service("  type: 5\n  ports:\n    - port: x\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal string into Go struct field "
                + "ServicePort.spec.ports.port of type int32", d.message());
    }

    @Test
    void aBoolEnvValueIsRefusedAsInARealTranscript() {
        Diagnostic d = onlyError("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: nginx
                          env:
                            - name: DEBUG
                              value: true
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Deployment in version \"v1\" "
                + "cannot be handled as a Deployment: json: cannot unmarshal bool into Go struct field "
                + "EnvVar.spec.template.spec.containers.env.value of type string", d.message());
        assertEquals(new SourcePos(12, 22), d.pos());
        assertEquals("spec.template.spec.containers[0].env[0].value", d.details().get(0).fieldPath());
    }

    @Test
    void aFieldOfAnEmbeddedStructCarriesTheEmbeddedNameInItsPath() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      readinessProbe:
                        httpGet: /healthz
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Pod in version \"v1\" "
                + "cannot be handled as a Pod: json: cannot unmarshal string into Go struct field "
                + "Probe.spec.containers.readinessProbe.ProbeHandler.httpGet of type v1.HTTPGetAction", d.message());
    }

    @Test
    void anIngressRuleHttpErrorNamesIngressRuleValue() {
        Diagnostic d = onlyError("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: i}
                spec:
                  rules:
                    - host: a.example.com
                      http: [ ]
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Ingress in version \"v1\" "
                + "cannot be handled as a Ingress: json: cannot unmarshal array into Go struct field "
                + "IngressRule.spec.rules.IngressRuleValue.http of type v1.HTTPIngressRuleValue", d.message());
    }

    @Test
    void aBadResourceQuantityIsRefusedWithParseQuantitysOwnMessage() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      resources:
                        limits:
                          cpu: lots
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Pod in version \"v1\" "
                + "cannot be handled as a Pod: quantities must match the regular expression "
                + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", d.message());
        assertEquals(new SourcePos(9, 16), d.pos());
        assertEquals("spec.containers[0].resources.limits[cpu]", d.details().get(0).fieldPath());
    }

    @Test
    void aSuffixOutsideTheQuantityAlphabetBreaksTheFormat() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      resources:
                        requests: {memory: 512MB}
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Pod in version \"v1\" "
                + "cannot be handled as a Pod: " + QuantityCheck.FORMAT_WRONG, d.message());
    }

    @Test
    void anUnknownQuantitySuffixHasItsOwnMessage() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      resources:
                        requests: {memory: 512mi}
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Pod in version \"v1\" "
                + "cannot be handled as a Pod: unable to parse quantity's suffix", d.message());
    }

    @Test
    void aBareNumberInPortsIsAServicePortTypeError() {
        Diagnostic d = onlyError(service("  ports: [80]\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal number into Go struct field "
                + "ServiceSpec.spec.ports of type v1.ServicePort", d.message());
        assertEquals("spec.ports[0]", d.details().get(0).fieldPath());
    }

    @Test
    void aSelectorWrittenAsTextIsAStringWhereAMapBelongs() {
        Diagnostic d = onlyError(service("  selector: app=web\n"));
        assertEquals(SERVICE_PREFIX + "json: cannot unmarshal string into Go struct field "
                + "ServiceSpec.spec.selector of type map[string]string", d.message());
    }

    @Test
    void containersWithoutADashAreAnObjectWhereASliceBelongs() {
        Diagnostic d = onlyError("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    name: web
                    image: nginx
                """);
        assertEquals("Error from server (BadRequest): error when creating \"test.yaml\": Pod in version \"v1\" "
                + "cannot be handled as a Pod: json: cannot unmarshal object into Go struct field "
                + "PodSpec.spec.containers of type []v1.Container", d.message());
        assertEquals(new SourcePos(6, 5), d.pos());
    }

    @Test
    void aTypeErrorSilencesTheUnknownFieldWarnings() {
        DecodeResult r = TestYaml.decode(service("  portz: 1\n  ports:\n    - port: x\n"));
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }
}
