package io.kubetutor.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMarksTest {
    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              ports:
              - port: 80
                nodePort: 80   # too low
            """;
    static final String INVALID = "The Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: 80: "
            + "provided port is not in the valid range. The range of valid ports is 30000-32767";

    private static List<String> underlined(String text, Problem... problems) {
        List<Mark> marks = ProblemMarks.of(text, new LineIndex(text), YamlTokenizer.tokenize(text), List.of(problems));
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static Problem at(int line, int column) {
        return new Problem(Severity.ERROR, line, column, "s", "m");
    }

    @Test
    void theWholeScalarAtThePositionIsUnderlinedNotOneCharacter() {
        assertEquals(List.of("80"), underlined(SERVICE, at(9, 15)));
        assertEquals(List.of("NodePort"), underlined(SERVICE, at(6, 9)));
        assertEquals(List.of("NodePort"), underlined(SERVICE, at(6, 12)));
    }

    @Test
    void aPositionOnAKeyUnderlinesTheKey() {
        assertEquals(List.of("nodePort"), underlined(SERVICE, at(9, 5)));
    }

    @Test
    void aPositionOnADashOrABlankUnderlinesTheNextTokenOfTheLine() {
        assertEquals(List.of("port"), underlined(SERVICE, at(8, 3)));
        assertEquals(List.of("port"), underlined(SERVICE, at(8, 1)));
    }

    @Test
    void aPositionPastTheEndOfTheLineUnderlinesItsLastTokenButNotTheComment() {
        assertEquals(List.of("80"), underlined(SERVICE, at(9, 40)));
        assertEquals(List.of("spec"), underlined(SERVICE, at(5, 9)));
    }

    @Test
    void aPositionOutsideTheTextOrOnAnEmptyLineUnderlinesNothing() {
        assertEquals(List.of(), underlined(SERVICE, at(40, 1)));
        assertEquals(List.of(), underlined("a: 1\n\nb: 2", at(2, 1)));
    }

    @Test
    void eachFieldErrorOfADiagnosticBecomesItsOwnProblemWithKubectlsWholeText() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "editor.yaml", new SourcePos(9, 15), INVALID, List.of(
                new Diagnostic.Detail(new SourcePos(9, 15), "spec.ports[0].nodePort",
                        "spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. "
                                + "The range of valid ports is 30000-32767"),
                new Diagnostic.Detail(new SourcePos(8, 5), "spec.ports[0].port", "spec.ports[0].port: x")));
        List<Problem> problems = Problems.of(List.of(d, Diagnostic.warning("editor.yaml", new SourcePos(2, 7), "w\nmore")));
        assertEquals(3, problems.size());
        assertEquals(new Problem(Severity.ERROR, 9, 15, d.details().get(0).text(), INVALID), problems.get(0));
        assertEquals(8, problems.get(1).line());
        assertEquals(new Problem(Severity.WARNING, 2, 7, "w", "w\nmore"), problems.get(2));
        assertEquals("⚠", problems.get(2).symbol());
        assertEquals("diag-warning", problems.get(2).styleClass());
    }

    @Test
    void lineIndexTurnsLinesAndColumnsIntoOffsetsAndBack() {
        LineIndex lines = new LineIndex("ab\ncde\n\nf");
        assertEquals(4, lines.lineCount());
        assertEquals(4, lines.offset(2, 2));
        assertEquals(6, lines.offset(2, 99));
        assertEquals(7, lines.lineStart(2));
        assertEquals(2, lines.lineOf(7));
        assertEquals(3, lines.lineOf(9));
        assertEquals(9, lines.offset(9, 1));
    }
}
