package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.error;
import static io.kubetutor.manifest.yaml.Yaml.pos;
import static io.kubetutor.manifest.yaml.Yaml.root;
import static io.kubetutor.manifest.yaml.Yaml.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.manifest.yaml.YScalar.Tag;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import org.junit.jupiter.api.Test;

/** Syntax errors carry kubectl's text (go-yaml v2 / libyaml words and line numbers) at the right place. */
class YamlSyntaxErrorsTest {
    private static final String YAML = "error converting YAML to JSON: yaml: ";

    @Test
    void tabIndentingAKeyCannotStartAToken() {
        Diagnostic e = error("apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n");
        assertEquals(Severity.ERROR, e.severity());
        assertEquals(YAML + "line 4: found character that cannot start any token", e.message());
        assertEquals(pos(4, 1), e.pos());
    }

    @Test
    void tabIndentingTheLineAfterAPlainValueViolatesIndentation() {
        Diagnostic e = error("metadata:\n  name: web\n\tlabels: {}\n");
        assertEquals(YAML + "line 3: found a tab character that violate indentation", e.message());
        assertEquals(pos(3, 1), e.pos());
    }

    @Test
    void tabIndentingTheLineAfterABlockScalarIsNotAnIndentationSpace() {
        Diagnostic e = error("data:\n  script: |\n    echo hi\n\tnext: 1\n");
        assertEquals(YAML + "line 4: found a tab character where an indentation space is expected", e.message());
        assertEquals(pos(4, 1), e.pos());
    }

    @Test
    void tabAfterASequenceDashCannotStartAToken() {
        Diagnostic e = error("ports:\n- \t80\n");
        assertEquals(YAML + "line 2: found character that cannot start any token", e.message());
        assertEquals(pos(2, 3), e.pos());
    }

    @Test
    void tabsThatGoYamlSkipsAreAccepted() {
        YNode r = root("{\n\t\"kind\":\t\"Service\",\n\t\"ports\": [80,\t443]\n}\n");
        assertEquals(new YScalar("Service", Tag.STR, pos(2, 10)), scalar(r, "kind"));
        assertEquals(new YScalar("443", Tag.INT, pos(3, 16)), scalar(r, "ports", 1));
        YNode quoted = root("name: \"web\"\t# the name\nport: 80\t\nlist: [a]\t\nref: &x\tv\n");
        assertEquals("web", scalar(quoted, "name").text());
        assertEquals("v", scalar(quoted, "ref").text());
        assertEquals("b c", scalar(root("a: b\n \tc\n"), "a").text());
        assertEquals("a\tb", scalar(root("k: [a\tb]\n"), "k", 0).text());
        // after a key's ':' libyaml allows no simple key, so it skips the tab (SnakeYAML alone would refuse it)
        assertEquals(new YScalar("80", Tag.INT, pos(2, 7)), scalar(root("kind: Service\nport:\t80\n"), "port"));
    }

    @Test
    void overIndentedKeyMakesMappingValuesNotAllowed() {
        Diagnostic e = error("metadata:\n  name: web\n    labels: x\n");
        assertEquals(YAML + "line 3: mapping values are not allowed in this context", e.message());
        assertEquals(pos(3, 11), e.pos());
        assertEquals(YAML + "line 2: mapping values are not allowed in this context", error("a: b\nc: d: e\n").message());
    }

    @Test
    void underIndentedKeyIsNotAnExpectedKeyOnTheLineBefore() {
        Diagnostic e = error("metadata:\n  name: web\n labels: {}\nspec: {}\n");
        assertEquals(YAML + "line 2: did not find expected key", e.message());
        assertEquals(pos(3, 2), e.pos());
    }

    @Test
    void sequenceEntryInsideAMappingIsNotAnExpectedKey() {
        Diagnostic e = error("a: 1\n- b\n");
        assertEquals(YAML + "line 1: did not find expected key", e.message());
        assertEquals(pos(2, 1), e.pos());
    }

    @Test
    void keyInsideASequenceIsNotAnExpectedDash() {
        Diagnostic e = error("ports:\n  - port: 80\n  name: web\n");
        assertEquals(YAML + "line 2: did not find expected '-' indicator", e.message());
        assertEquals(pos(3, 3), e.pos());
    }

    @Test
    void unclosedQuoteRunsToTheEndOfTheStreamAndPointsAtTheQuote() {
        Diagnostic e = error("metadata:\n  name: \"web\nspec: {}\n");
        assertEquals(YAML + "line 4: found unexpected end of stream", e.message());
        assertEquals(pos(2, 9), e.pos());
    }

    @Test
    void keyWithoutColonCouldNotFindTheColonAndPointsAtTheKey() {
        Diagnostic e = error("metadata:\n  name: web\n  labels\nspec: {}\n");
        assertEquals(YAML + "line 4: could not find expected ':'", e.message());
        assertEquals(pos(3, 3), e.pos());
    }

    @Test
    void errorOnTheFirstLineHasNoLineNumberAsGoYamlPrintsIt() {
        Diagnostic e = error("value: -\n");
        assertEquals(YAML + "block sequence entries are not allowed in this context", e.message());
        assertEquals(pos(1, 8), e.pos());
    }

    @Test
    void unclosedFlowSequencePointsAtTheBracket() {
        Diagnostic e = error("ports: [80, 443\n");
        assertEquals(YAML + "line 1: did not find expected ',' or ']'", e.message());
        assertEquals(pos(1, 8), e.pos());
        assertEquals(YAML + "line 1: did not find expected ',' or '}'", error("sel: {app: web\n").message());
    }

    @Test
    void unfinishedFlowSequenceLacksNodeContent() {
        assertEquals(YAML + "line 1: did not find expected node content", error("v: [A,").message());
        assertEquals(YAML + "line 2: did not find expected node content", error("v:\n- [A,").message());
    }

    @Test
    void badAliasNameLacksAnAlphanumericCharacter() {
        assertEquals(YAML + "line 2: did not find expected alphabetic or numeric character", error("a:\n- b: *,").message());
    }

    @Test
    void anchorNamesAreAsciiWordsAsInLibyaml() {
        assertEquals(YAML + "line 2: did not find expected alphabetic or numeric character",
                error("a: 1\nb: &기본 {x: 1}\n").message());
        assertEquals(YAML + "line 2: did not find expected alphabetic or numeric character",
                error("a: 1\nb: &a.b 1\n").message());
        assertEquals("1", scalar(root("a: &my_anchor-1 1\nb: *my_anchor-1\n"), "b").text());
    }

    @Test
    void undefinedTagHandleUsesLibyamlsWords() {
        // a parser error: go-yaml names the line before
        assertEquals(YAML + "line 1: found undefined tag handle", error("a: 1\nb: !x!y 1\n").message());
    }

    @Test
    void reservedIndicatorCannotStartAToken() {
        assertEquals(YAML + "line 2: found character that cannot start any token", error("a: 1\nb: @x\n").message());
    }

    @Test
    void unknownEscapeInDoubleQuotesUsesLibyamlsWords() {
        assertEquals(YAML + "line 2: found unknown escape character", error("a: 1\nb: \"\\q\"\n").message());
    }

    @Test
    void controlCharacterIsRefusedWithoutALineAsTheReaderRefusesIt() {
        Diagnostic e = error("a: 1\nb: \u0007\n");
        assertEquals(YAML + "control characters are not allowed", e.message());
        assertEquals(pos(2, 4), e.pos());
    }

    @Test
    void lineNumbersCountFromTheDocumentsFirstLine() {
        YamlText t = Yaml.read("a: 1\n---\n# c\nb: c: d\n");
        assertEquals(YAML + "line 2: mapping values are not allowed in this context",
                t.documents().get(1).error().message());
        assertEquals(pos(4, 5), t.documents().get(1).error().pos());
    }
}
