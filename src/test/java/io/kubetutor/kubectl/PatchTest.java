package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.IntOrString;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchTest {
    private final TestCluster cluster = TestCluster.with("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector:
                app: web
              externalIPs: [192.168.1.100]
              ports:
              - name: http
                port: 80
                targetPort: 8080
              - name: https
                port: 443
                targetPort: 8443
            """);

    private void assertOutput(Kubectl.Output out, String stdout, String stderr, int code) {
        assertEquals(stderr, out.stderr(), "stderr");
        assertEquals(stdout, out.stdout(), "stdout");
        assertEquals(code, out.exitCode(), "exit code");
    }

    private Service web() {
        return cluster.snapshot().get(Service.class, "default", "web").orElseThrow();
    }

    @Test
    void theDefaultStrategicPatchMergesPortsByPortNumber() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"ports\":[{\"port\":80,\"targetPort\":9090}]}}"),
                "service/web patched\n", "", 0);
        List<ServicePort> ports = web().spec().ports();
        assertEquals(2, ports.size());
        assertEquals("http", ports.get(0).name());
        assertEquals(IntOrString.of(9090), ports.get(0).targetPort());
        assertEquals(443, ports.get(1).port());
    }

    @Test
    void aStrategicPatchReplacesExternalIPs() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"externalIPs\":[\"192.168.1.101\"]}}"),
                "service/web patched\n", "", 0);
        assertEquals(List.of("192.168.1.101"), web().spec().externalIPs());
    }

    @Test
    void aMergePatchReplacesTheWholePortList() {
        assertOutput(cluster.run("patch", "svc", "web", "--type", "merge", "-p",
                "{\"spec\":{\"ports\":[{\"name\":\"http\",\"port\":8080}]}}"), "service/web patched\n", "", 0);
        assertEquals(1, web().spec().ports().size());
        assertEquals(8080, web().spec().ports().get(0).port());
    }

    @Test
    void aPatchWrittenAsYamlIsConvertedFirst() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "spec:\n  type: NodePort"), "service/web patched\n", "", 0);
        assertEquals("NodePort", web().spec().type());
    }

    @Test
    void aJsonPatchAddsToTheEnd() {
        assertOutput(cluster.run("patch", "svc", "web", "--type=json", "-p",
                        "[{\"op\":\"add\",\"path\":\"/spec/ports/-\",\"value\":{\"name\":\"metrics\",\"port\":9100}}]"),
                "service/web patched\n", "", 0);
        assertEquals(3, web().spec().ports().size());
    }

    @Test
    void aPatchThatChangesNothingSaysNoChange() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"selector\":{\"app\":\"web\"}}}"),
                "service/web patched (no change)\n", "", 0);
    }

    @Test
    void aDryRunChangesNothingButSaysWhatWouldHappen() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"type\":\"NodePort\"}}", "--dry-run=client"),
                "service/web patched (dry run)\n", "", 0);
        assertEquals("ClusterIP", web().spec().type());
    }

    @Test
    void malformedJsonIsRefusedByTheServerWithGosJsonError() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":"), "",
                "Error from server (BadRequest): unexpected end of JSON input\n", 1);
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{spec: {}}"), "",
                "Error from server (BadRequest): invalid character 's' looking for beginning of object key string\n", 1);
    }

    @Test
    void malformedYamlIsRefusedByKubectlBeforeSending() {
        Kubectl.Output out = cluster.run("patch", "svc", "web", "-p", "[a");
        assertEquals(1, out.exitCode());
        assertTrue(out.stderr().startsWith("error: unable to parse \"[a\": error converting YAML to JSON: yaml: "),
                out.stderr());
    }

    @Test
    void anUnknownPatchTypeListsTheThree() {
        assertOutput(cluster.run("patch", "svc", "web", "--type=xml", "-p", "{}"), "",
                "error: --type must be one of [json merge strategic], not \"xml\"\n", 1);
    }

    @Test
    void aPatchIsRequired() {
        assertOutput(cluster.run("patch", "svc", "web"), "",
                "error: must specify --patch or --patch-file containing the contents of the patch\n", 1);
    }

    @Test
    void aPatchTheServerRefusesShowsItsValidationError() {
        Kubectl.Output out = cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"type\":\"Sideways\"}}");
        assertEquals(1, out.exitCode());
        assertTrue(out.stderr().startsWith("The Service \"web\" is invalid: spec.type: Unsupported value: \"Sideways\""),
                out.stderr());
    }

    @Test
    void anUnknownFieldIsAWarningAndThePatchStillApplies() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"typo\":1,\"type\":\"NodePort\"}}"),
                "service/web patched\n", "Warning: unknown field \"spec.typo\"\n", 0);
    }

    @Test
    void aPortWithoutTheMergeKeyIsRefused() {
        assertOutput(cluster.run("patch", "svc", "web", "-p", "{\"spec\":{\"ports\":[{\"name\":\"x\"}]}}"), "",
                "Error from server (BadRequest): map: map[name:x] does not contain declared merge key: port\n", 1);
    }
}
