package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `validate` contract of DESIGN.md: FILE:LINE:COL: severity: TEXT, exit 1 on any error. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TutorCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    private static final String NODE_PORT_80 = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              selector: {app: web}
              ports:
              - port: 80
                nodePort: 80
            """;

    @Test
    void validManifestPrintsNothingAndExitsZero() throws IOException {
        String f = file("ok.yaml", NODE_PORT_80.replace("nodePort: 80", "nodePort: 30080"));
        assertEquals(0, run("validate", f));
        assertEquals("", out.toString());
    }

    @Test
    void invalidManifestPrintsTheLocatedApiMessageAndExitsOne() throws IOException {
        String f = file("web.yaml", NODE_PORT_80);
        assertEquals(1, run("validate", f));
        assertEquals(f + ":10:15: error: The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 80: "
                + "provided port is not in the valid range. The range of valid ports is 30000-32767\n",
                out.toString().replace("\r\n", "\n"));
    }

    @Test
    void warningsAndInfosAloneExitZero() throws IOException {
        String f = file("cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data: {a: b}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                spec:
                  selectr: {app: api}
                  ports: [{port: 80}]
                """);
        assertEquals(0, run("validate", f));
        assertEquals(f + ":2:7: info: ConfigMap \"settings\" is accepted but not simulated: the tutor simulates "
                + "Services, Pods, workloads, Endpoints and Ingress\n"
                + f + ":12:3: warning: unknown field \"spec.selectr\"\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void laterFilesSeeWhatEarlierFilesAllocated() throws IOException {
        String a = file("a.yaml", NODE_PORT_80.replace("nodePort: 80", "nodePort: 30080"));
        String b = file("b.yaml", NODE_PORT_80.replace("name: web", "name: api").replace("nodePort: 80",
                "nodePort: 30080"));
        assertEquals(1, run("validate", a, b));
        assertEquals(b + ":10:15: error: The Service \"api\" is invalid: spec.ports[0].nodePort: Invalid value: "
                + "30080: provided port is already allocated\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void clusterFileSetsTheNodePortRange() throws IOException {
        String cluster = file("cluster.yaml", "nodePortRange: 20000-22767\n");
        String f = file("web.yaml", NODE_PORT_80);
        assertEquals(1, run("validate", "--cluster", cluster, f));
        assertEquals(f + ":10:15: error: The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 80: "
                + "provided port is not in the valid range. The range of valid ports is 20000-22767\n",
                out.toString().replace("\r\n", "\n"));
    }

    @Test
    void brokenClusterFileIsReportedAndNothingIsValidated() throws IOException {
        String cluster = file("cluster.yaml", "proxyMode: userspace\n");
        String f = file("web.yaml", NODE_PORT_80);
        assertEquals(1, run("validate", "--cluster", cluster, f));
        assertEquals("", out.toString());
        assertEquals(true, err.toString().startsWith(cluster + ":1:12: error: "), err.toString());
    }

    @Test
    void missingFileGetsKubectlsMessage() {
        String missing = dir.resolve("nothere.yaml").toString();
        assertEquals(1, run("validate", missing));
        assertEquals("error: the path \"" + missing + "\" does not exist\n", err.toString().replace("\r\n", "\n"));
    }

    @Test
    void emptyFileIsRefusedAsKubectlRefusesIt() throws IOException {
        String f = file("empty.yaml", "# nothing yet\n");
        assertEquals(1, run("validate", f));
        assertEquals(f + ":1:1: error: no objects passed to apply\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirPlace() throws IOException {
        Path p = dir.resolve("blob.yaml");
        Files.write(p, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        assertEquals(1, run("validate", p.toString()));
        assertEquals(p + ":2:4: error: the file is not UTF-8 text: byte 0xFF cannot start a character; "
                + "manifests are UTF-8 YAML\n", out.toString().replace("\r\n", "\n"));
    }
}
