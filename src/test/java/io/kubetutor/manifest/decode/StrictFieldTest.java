package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Service;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown and duplicate fields: the server's strict-decoding texts, as warnings by default. */
class StrictFieldTest {

    private static final String TYPO = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              lables: {app: web}
            spec:
              ports:
                - port: 80
                  nodeport: 30080
              selector: {app: web}
            """;

    private static List<String> messages(DecodeResult r) {
        return r.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void eachUnknownFieldIsOneWarningAtItsKeyWithIndicesInThePath() {
        DecodeResult r = TestYaml.decode(TYPO);
        assertInstanceOf(Service.class, r.object());
        assertEquals(List.of("unknown field \"metadata.lables\"", "unknown field \"spec.ports[0].nodeport\""),
                messages(r));
        assertEquals(List.of(Severity.WARNING, Severity.WARNING),
                r.diagnostics().stream().map(Diagnostic::severity).toList());
        assertEquals(new SourcePos(5, 3), r.diagnostics().get(0).pos());
        assertEquals(new SourcePos(9, 7), r.diagnostics().get(1).pos());
        assertEquals("spec.ports[0].nodeport", r.diagnostics().get(1).details().get(0).fieldPath());
    }

    @Test
    void theUnknownFieldsValueIsIgnored() {
        Service s = (Service) TestYaml.decode(TYPO).object();
        assertEquals(Map.of(), s.metadata().labels());
        assertEquals(0, s.spec().ports().get(0).nodePort());
    }

    @Test
    void strictValidationRefusesTheObjectWithAllProblemsInOneMessage() {
        DecodeResult r = TestYaml.decode(TYPO, FieldValidation.STRICT);
        assertNull(r.object());
        assertEquals(List.of("Error from server (BadRequest): error when creating \"test.yaml\": Service in version "
                + "\"v1\" cannot be handled as a Service: strict decoding error: unknown field \"metadata.lables\", "
                + "unknown field \"spec.ports[0].nodeport\""), messages(r));
        assertEquals(new SourcePos(5, 3), r.diagnostics().get(0).pos());
        assertEquals(2, r.diagnostics().get(0).details().size());
    }

    @Test
    void ignoringValidationKeepsTheObjectSilently() {
        DecodeResult r = TestYaml.decode(TYPO, FieldValidation.IGNORE);
        assertInstanceOf(Service.class, r.object());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void aRepeatedKeyWarnsAtTheRepeatAndTheLastValueWins() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  type: NodePort
                  type: LoadBalancer
                """);
        assertEquals(List.of("duplicate field \"spec.type\""), messages(r));
        assertEquals(new SourcePos(6, 3), r.diagnostics().get(0).pos());
        assertEquals("LoadBalancer", ((Service) r.object()).spec().type());
    }

    @Test
    void aRepeatedMapKeyIsNamedWithADot() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  labels:
                    app: one
                    app: two
                """);
        assertEquals(List.of("duplicate field \"metadata.labels.app\""), messages(r));
        assertEquals(Map.of("app", "two"), ((Service) r.object()).metadata().labels());
    }

    @Test
    void fieldsAreCaseSensitiveSoAWrongCaseIsUnknown() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  Selector: {app: web}
                """);
        assertEquals(List.of("unknown field \"spec.Selector\""), messages(r));
        assertNull(((Service) r.object()).spec().selector());
    }

    @Test
    void warningsComeInTheServersSortedKeyOrder() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                zeta: 1
                metadata: {name: web}
                alpha: 1
                """);
        assertEquals(List.of("unknown field \"alpha\"", "unknown field \"zeta\""), messages(r));
    }

    @Test
    void nothingInsideAnUnknownFieldIsReported() {
        DecodeResult r = TestYaml.decode("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                specs:
                  bogus: 1
                  ports: nope
                """);
        assertEquals(List.of("unknown field \"specs\""), messages(r));
    }
}
