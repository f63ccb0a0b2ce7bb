package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.root;
import static io.kubetutor.manifest.yaml.Yaml.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tabs go-yaml skips are blanked for SnakeYAML; tabs that are content are never touched. */
class TabPolicyTest {

    @Test
    void tabsInsideScalarsAndCommentsAreKept() {
        String text = "a: \"x\\ty\\t\"\nb: 'p\tq'\nc: |\n  one\ttwo\n  three\nd: plain\ttext\ne: [\"in\tflow\"]  # c\tc\n";
        assertEquals(text, TabPolicy.of(text).text());
        YNode r = root(text);
        assertEquals("x\ty\t", scalar(r, "a").text());
        assertEquals("p\tq", scalar(r, "b").text());
        assertEquals("plain\ttext", scalar(r, "d").text());
        assertEquals("in\tflow", scalar(r, "e", 0).text());
        assertEquals("one\ttwo\nthree\n", scalar(r, "c").text());
    }

    @Test
    void tabOnlyLineInsideABlockScalarIsAnIndentationError() {
        // libyaml reads a block scalar's line breaks expecting spaces up to the indentation
        assertEquals("error converting YAML to JSON: yaml: line 3: found a tab character where an indentation space is expected",
                Yaml.error("c: |\n  one\n\t\n  two\n").message());
    }

    @Test
    void onlySeparatingTabsAreBlanked() {
        assertEquals("{\n \"a\": 1,\n \"b\":  2\n}\n", TabPolicy.of("{\n\t\"a\": 1,\n\t\"b\":\t 2\n}\n").text());
        assertEquals("k: \"v\"  # c\n", TabPolicy.of("k: \"v\"\t # c\n").text());
        assertEquals("k: v\n", TabPolicy.of("k:\tv\n").text());
        assertEquals("- \tv\n", TabPolicy.of("- \tv\n").text());
        assertEquals("m:\n\tk: v\n", TabPolicy.of("m:\n\tk: v\n").text());
    }

    @Test
    void refusedTabsGetLibyamlsMessageForTheirPlace() {
        String text = "a:\n  b: c\n\td: 1\ne: |\n  x\n\tf: 2\ng:\n\th: 3\n";
        TabPolicy p = TabPolicy.of(text);
        assertEquals(TabPolicy.TabError.VIOLATES_INDENTATION, p.diagnose(text.indexOf("\td")));
        assertEquals(TabPolicy.TabError.BLOCK_SCALAR_INDENTATION, p.diagnose(text.indexOf("\tf")));
        assertEquals(TabPolicy.TabError.CANNOT_START_TOKEN, p.diagnose(text.indexOf("\th")));
    }
}
