package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.at;
import static io.kubetutor.manifest.yaml.Yaml.pos;
import static io.kubetutor.manifest.yaml.Yaml.root;
import static io.kubetutor.manifest.yaml.Yaml.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlAnchorsTest {

    private static List<String> keys(YNode map) {
        return ((YMap) map).entries().stream().map(e -> ((YScalar) e.key()).text()).toList();
    }

    @Test
    void aliasIsTheAnchoredNodeWithItsOwnPositions() {
        YNode r = root("labels: &l {app: web, tier: front}\nselector: *l\n");
        assertSame(at(r, "labels"), at(r, "selector"));
        assertEquals(pos(1, 18), scalar(r, "selector", "app").pos());
    }

    @Test
    void aliasNamesTheLatestDefinitionOfItsAnchor() {
        YNode r = root("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
        assertEquals("1", scalar(r, "b").text());
        assertEquals("2", scalar(r, "d").text());
    }

    @Test
    void mergeKeyBringsTheEntriesAndLaterKeysWin() {
        YNode r = root("""
                base: &base
                  port: 80
                  protocol: TCP
                http:
                  <<: *base
                  port: 8080
                  name: http
                """);
        YNode http = at(r, "http");
        assertEquals(List.of("protocol", "port", "name"), keys(http));
        assertEquals("8080", scalar(http, "port").text());
        assertEquals(pos(3, 13), scalar(http, "protocol").pos());
    }

    @Test
    void mergeOfSeveralMapsLetsTheEarlierWin() {
        YNode r = root("""
                a: &a {x: 1, y: 2}
                b: &b {y: 20, z: 30}
                c:
                  <<: [*a, *b]
                """);
        YNode c = at(r, "c");
        assertEquals("1", scalar(c, "x").text());
        assertEquals("2", scalar(c, "y").text());
        assertEquals("30", scalar(c, "z").text());
        assertEquals(List.of("z", "x", "y"), keys(c));
    }

    @Test
    void mergeAppliesWhereItIsWrittenAsGoYamlV2Does() {
        // go-yaml v2 sets keys in written order, so a merge after an explicit key overrides it
        YNode r = root("d: &d {k: merged}\nm:\n  k: explicit\n  <<: *d\n");
        assertEquals("merged", scalar(r, "m", "k").text());
        assertEquals(2, ((YMap) at(r, "m")).entries().size());
    }

    @Test
    void inlineMergeAndExplicitMergeTagWork() {
        YNode r = root("a:\n  <<: {x: 1}\n  y: 2\nb:\n  !!merge <<: {x: 3}\n");
        assertEquals("1", scalar(r, "a", "x").text());
        assertEquals("3", scalar(r, "b", "x").text());
    }

    @Test
    void quotedMergeKeyIsAnOrdinaryKey() {
        YNode r = root("a:\n  \"<<\": {x: 1}\n");
        assertEquals(List.of("<<"), keys(at(r, "a")));
    }

    @Test
    void mergeOfAScalarIsRefusedWithGoYamlsWords() {
        assertEquals("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value",
                Yaml.error("a: &a 1\nb:\n  <<: *a\n").message());
        assertEquals(pos(3, 7), Yaml.error("a: &a 1\nb:\n  <<: *a\n").pos());
        assertEquals("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value",
                Yaml.error("b:\n  <<: [{x: 1}, 2]\n").message());
    }

    @Test
    void unknownAnchorIsRefusedWithGoYamlsWords() {
        assertEquals("error converting YAML to JSON: yaml: unknown anchor 'nope' referenced",
                Yaml.error("a: 1\nb: *nope\n").message());
        assertEquals(pos(2, 4), Yaml.error("a: 1\nb: *nope\n").pos());
        // an alias before its anchor is unknown too
        assertEquals("error converting YAML to JSON: yaml: unknown anchor 'a' referenced",
                Yaml.error("b: *a\na: &a {c: 1}").message());
    }

    @Test
    void laterSyntaxErrorWinsOverAnEarlierDecodeError() {
        assertEquals("error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context",
                Yaml.error("a: &x [*x]\nb: 1\nc: d: e\n").message());
    }
}
