package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlWriterTest {
    @Test
    void stringsThatReadAsOtherTypesAreDoubleQuoted() {
        assertEquals("\"80\"", YamlWriter.scalar("80"));
        assertEquals("\"true\"", YamlWriter.scalar("true"));
        assertEquals("\"yes\"", YamlWriter.scalar("yes"));
        assertEquals("\"\"", YamlWriter.scalar(""));
        assertEquals("\"null\"", YamlWriter.scalar("null"));
        assertEquals("\"2024-08-16T02:01:00Z\"", YamlWriter.scalar("2024-08-16T02:01:00Z"));
        assertEquals("\"1:30\"", YamlWriter.scalar("1:30"));
    }

    @Test
    void stringsThePlainStyleCannotHoldAreSingleQuoted() {
        assertEquals("'*'", YamlWriter.scalar("*"));
        assertEquals("'*.example.com'", YamlWriter.scalar("*.example.com"));
        assertEquals("'a: b'", YamlWriter.scalar("a: b"));
        assertEquals("'- x'", YamlWriter.scalar("- x"));
        assertEquals("'''quoted'", YamlWriter.scalar("'quoted"));
        assertEquals("'a #b'", YamlWriter.scalar("a #b"));
        assertEquals("' lead'", YamlWriter.scalar(" lead"));
    }

    @Test
    void ordinaryStringsStayPlain() {
        assertEquals("web", YamlWriter.scalar("web"));
        assertEquals("app.kubernetes.io/name", YamlWriter.scalar("app.kubernetes.io/name"));
        assertEquals("10.96.0.1", YamlWriter.scalar("10.96.0.1"));
        assertEquals("a:b", YamlWriter.scalar("a:b"));
    }

    @Test
    void keysSortAsGoYamlSortsThemWithDigitRunsAsNumbers() {
        List<String> keys = new ArrayList<>(List.of("port-10", "port-2", "b", "a", "_x", "Z"));
        keys.sort(YamlWriter::goYamlKeyOrder);
        assertEquals(List.of("_x", "Z", "a", "b", "port-2", "port-10"), keys);
    }

    @Test
    void nestedCollectionsFollowGoYamlsLayout() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(List.of("x", "y"), Map.of()));
        inner.put("a", Map.of());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("list", List.of(inner));
        root.put("empty", List.of());
        root.put("text", "line1\nline2");
        assertEquals("""
                empty: []
                list:
                - a: {}
                  b:
                  - - x
                    - "y"
                  - {}
                text: |-
                  line1
                  line2
                """, YamlWriter.write(root));
    }

    /** A pod's PodScheduled condition, nested as in a Pod. */
    private static Map<String, Object> podStatus(String message) {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("lastProbeTime", null);
        condition.put("message", message);
        condition.put("reason", "Unschedulable");
        return Map.of("status", Map.of("conditions", List.of(condition)));
    }

    /** Conditions as kubectl printed them on real clusters: folded past column 80 at a space. */
    @Test
    void longValuesFoldAtTheFirstSpacePastColumnEightyAsGoYamlDoes() {
        assertEquals("""
                status:
                  conditions:
                  - lastProbeTime: null
                    message: '0/3 nodes are available: 1 node(s) had untolerated taint {test-unschedulable:
                      true}, 2 node(s) didn''t match Pod''s node affinity/selector. preemption: 0/3
                      nodes are available: 3 Preemption is not helpful for scheduling..'
                    reason: Unschedulable
                """, YamlWriter.write(podStatus("0/3 nodes are available: 1 node(s) had untolerated taint"
                + " {test-unschedulable: true}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3"
                + " nodes are available: 3 Preemption is not helpful for scheduling..")));
        assertEquals("""
                status:
                  conditions:
                  - lastProbeTime: null
                    message: '0/9 nodes are available: 9 node(s) didn''t match Pod''s node affinity/selector.
                      preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.'
                    reason: Unschedulable
                """, YamlWriter.write(podStatus("0/9 nodes are available: 9 node(s) didn't match Pod's node"
                + " affinity/selector. preemption: 0/9 nodes are available: 9 Preemption is not helpful for"
                + " scheduling.")));
        Map<String, Object> nested = Map.of("backupPod", podStatus("0/2 nodes are available: 1 node(s) didn't match"
                + " Pod's node affinity/selector, 1 node(s) had volume node affinity conflict. preemption: 0/2 nodes"
                + " are available: 2 Preemption is not helpful for scheduling.."));
        assertEquals("""
                backupPod:
                  status:
                    conditions:
                    - lastProbeTime: null
                      message: '0/2 nodes are available: 1 node(s) didn''t match Pod''s node affinity/selector,
                        1 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available:
                        2 Preemption is not helpful for scheduling..'
                      reason: Unschedulable
                """, YamlWriter.write(nested));
    }

    @Test
    void aPlainValueWithoutSpacesIsNeverFolded() {
        String id = "containerd://" + "0123456789abcdef".repeat(4);
        assertEquals("containerID: " + id + "\n", YamlWriter.write(Map.of("containerID", id)));
    }
}
