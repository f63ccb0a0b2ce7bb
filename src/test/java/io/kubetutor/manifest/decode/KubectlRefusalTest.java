package io.kubetutor.manifest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubetutor.manifest.yaml.YDocument;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What kubectl itself refuses before anything reaches the API server. */
class KubectlRefusalTest {

    private static final String HELP = "; if you choose to ignore these errors, turn validation off with --validate=false";

    private static Diagnostic onlyError(String yaml) {
        DecodeResult r = TestYaml.decode(yaml);
        assertNull(r.object());
        assertEquals(1, r.diagnostics().size(), () -> "diagnostics: " + r.diagnostics());
        assertEquals(Severity.ERROR, r.diagnostics().get(0).severity());
        return r.diagnostics().get(0);
    }

    @Test
    void missingApiVersionAndKindAreListedTogetherInBrackets() {
        Diagnostic d = onlyError("metadata:\n  name: web\n");
        assertEquals("error validating \"test.yaml\": error validating data: [apiVersion not set, kind not set]" + HELP,
                d.message());
        assertEquals(new SourcePos(1, 1), d.pos());
    }

    @Test
    void aSingleMissingFieldHasNoBrackets() {
        Diagnostic d = onlyError("apiVersion: v1\nmetadata:\n  name: web\n");
        assertEquals("error validating \"test.yaml\": error validating data: kind not set" + HELP, d.message());
    }

    @Test
    void aNullKindCountsAsNotSet() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: ~\n");
        assertEquals("error validating \"test.yaml\": error validating data: kind not set" + HELP, d.message());
    }

    @Test
    void aNumberApiVersionIsNotAString() {
        Diagnostic d = onlyError("apiVersion: 1\nkind: Service\n");
        assertEquals("error validating \"test.yaml\": error validating data: apiVersion isn't string type" + HELP,
                d.message());
        assertEquals(new SourcePos(1, 13), d.pos());
    }

    @Test
    void anApiVersionWithTwoSlashesDoesNotParse() {
        Diagnostic d = onlyError("apiVersion: apps/v1/beta\nkind: Deployment\n");
        assertEquals("error validating \"test.yaml\": error validating data: "
                + "unexpected GroupVersion string: apps/v1/beta" + HELP, d.message());
    }

    @Test
    void aRootThatIsNotAMappingIsNotAnObjectToValidate() {
        Diagnostic d = onlyError("just some text\n");
        assertEquals("error validating \"test.yaml\": error validating data: invalid object to validate" + HELP,
                d.message());
        Diagnostic list = onlyError("- apiVersion: v1\n  kind: Service\n");
        assertEquals(d.message(), list.message());
    }

    @Test
    void aRetiredIngressVersionIsNotMappedAndTheApiVersionIsBlamed() {
        Diagnostic d = onlyError("""
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata:
                  name: web
                """);
        assertEquals("resource mapping not found for name: \"web\" namespace: \"\" from \"test.yaml\": "
                + "no matches for kind \"Ingress\" in version \"extensions/v1beta1\"\n"
                + "ensure CRDs are installed first", d.message());
        assertEquals(new SourcePos(1, 13), d.pos());
    }

    @Test
    void retiredAndUnknownApiVersionsAreAllRefused() {
        String[][] cases = {
            {"apps/v1beta1", "Deployment"}, {"apps/v1beta2", "StatefulSet"}, {"extensions/v1beta1", "Deployment"},
            {"networking.k8s.io/v1beta1", "Ingress"}, {"policy/v1beta1", "PodSecurityPolicy"},
            {"policy/v1beta1", "PodDisruptionBudget"}, {"monitoring.coreos.com/v1", "ServiceMonitor"},
        };
        for (String[] c : cases) {
            Diagnostic d = onlyError("apiVersion: " + c[0] + "\nkind: " + c[1] + "\nmetadata: {name: x, namespace: prod}\n");
            assertEquals("resource mapping not found for name: \"x\" namespace: \"prod\" from \"test.yaml\": "
                    + "no matches for kind \"" + c[1] + "\" in version \"" + c[0] + "\"\n"
                    + "ensure CRDs are installed first", d.message());
        }
    }

    @Test
    void aMisspelledKindIsBlamedAtTheKind() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Servce\nmetadata: {name: web}\n");
        assertEquals("resource mapping not found for name: \"web\" namespace: \"\" from \"test.yaml\": "
                + "no matches for kind \"Servce\" in version \"v1\"\nensure CRDs are installed first", d.message());
        assertEquals(new SourcePos(2, 7), d.pos());
    }

    @Test
    void kindsAreCaseSensitiveAsTheRestMapperIs() {
        Diagnostic d = onlyError("apiVersion: apps/v1\nkind: deployment\nmetadata: {name: web}\n");
        assertEquals("resource mapping not found for name: \"web\" namespace: \"\" from \"test.yaml\": "
                + "no matches for kind \"deployment\" in version \"apps/v1\"\nensure CRDs are installed first",
                d.message());
    }

    @Test
    void anEmptyKindIsMissingInTheJsonKubectlMade() {
        Diagnostic d = onlyError("kind: \"\"\napiVersion: v1\nmetadata: {name: web, labels: {b: \"<x>\"}}\n");
        assertEquals("unable to decode \"test.yaml\": Object 'Kind' is missing in "
                + "'{\"apiVersion\":\"v1\",\"kind\":\"\",\"metadata\":{\"labels\":{\"b\":\"\\u003cx\\u003e\"},\"name\":\"web\"}}'",
                d.message());
    }

    @Test
    void emptyAndNullDocumentsAreSkippedSilently() {
        assertEquals(new DecodeResult(null, List.of()), TestYaml.decode(""));
        assertEquals(new DecodeResult(null, List.of()), TestYaml.decode("~\n"));
    }

    @Test
    void theReadersErrorIsPassedOnAsItIs() {
        Diagnostic yamlError = Diagnostic.error("test.yaml", new SourcePos(3, 4), "yaml: line 3: did not find expected key");
        DecodeResult r = ObjectDecoder.decode("test.yaml", new YDocument(0, SourcePos.START, null, yamlError),
                FieldLocator.NOWHERE);
        assertEquals(new DecodeResult(null, List.of(yamlError)), r);
    }

    @Test
    void anInfinityHasNoJsonFormAndIsRefusedAtItsPlace() {
        Diagnostic d = onlyError("apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  x: .inf\n");
        assertEquals(new SourcePos(5, 6), d.pos());
    }
}
