package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.ui.lesson.LineDiff.Kind;
import io.kubetutor.ui.lesson.LineDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    private static List<String> marked(List<Line> diff) {
        return diff.stream().map(l -> l.kind() == Kind.GAP ? "⋯" + l.skipped() : l.kind().symbol() + l.text())
                .toList();
    }

    @Test
    void aChangedLineReadsAsRemovedThenAdded() {
        List<Line> d = LineDiff.between("a\nreplicas: 2\nc\n", "a\nreplicas: 3\nc\n");
        assertEquals(List.of(" a", "−replicas: 2", "+replicas: 3", " c"), marked(d));
    }

    @Test
    void aServiceAppendedToTheTextIsAllAddedLines() {
        List<Line> d = LineDiff.between("kind: Deployment\n", "kind: Deployment\n---\nkind: Service\n");
        assertEquals(List.of(" kind: Deployment", "+---", "+kind: Service"), marked(d));
        assertEquals(2, LineDiff.count(d, Kind.ADDED));
        assertEquals(0, LineDiff.count(d, Kind.REMOVED));
    }

    @Test
    void linesInTheMiddleAreMatchedByTheLongestCommonRun() {
        List<Line> d = LineDiff.between("x\na\nb\nc\ny", "x\nb\nc\nd\ny");
        assertEquals(List.of(" x", "−a", " b", " c", "+d", " y"), marked(d));
    }

    @Test
    void theSameTextHasNoChangeAndAFinalNewlineMakesNoExtraLine() {
        List<Line> d = LineDiff.between("a\nb\n", "a\nb");
        assertEquals(List.of(" a", " b"), marked(d));
        assertEquals(List.of(), marked(LineDiff.around(d, 2)));
    }

    @Test
    void anEmptyEditorGetsEveryLineOfTheSolutionAsAdded() {
        assertEquals(List.of("+a", "+b"), marked(LineDiff.between("", "a\nb\n")));
    }

    @Test
    void longUnchangedStretchesFoldIntoAGapWithTheirLineCount() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append("line").append(i).append('\n');
        }
        String after = before.toString().replace("line10\n", "line10 changed\n");
        List<Line> around = LineDiff.around(LineDiff.between(before.toString(), after), 2);
        assertEquals(List.of("⋯7", " line8", " line9", "−line10", "+line10 changed", " line11", " line12", "⋯8"),
                marked(around));
    }

    @Test
    void aShortStretchBetweenTwoChangesIsKeptWhole() {
        List<Line> around = LineDiff.around(LineDiff.between("a\n1\n2\n3\nb\n", "A\n1\n2\n3\nB\n"), 2);
        assertEquals(List.of("−a", "+A", " 1", " 2", " 3", "−b", "+B"), marked(around));
    }
}
