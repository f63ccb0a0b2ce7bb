package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.lesson.Condition;
import io.kubetutor.lesson.GoalResult;
import io.kubetutor.lesson.Localized;
import io.kubetutor.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalLinesTest {
    private static final SourcePos AT = SourcePos.START;
    private static final Condition READY = new Condition.EndpointCount("default", "web", 3, null, AT);

    private static GoalResult leaf(boolean met, String en, String ko) {
        return new GoalResult(READY, met, new Localized(en, ko), List.of());
    }

    private static List<String> read(GoalResult r, String language) {
        return GoalLines.of(r, language).stream().map(l -> "  ".repeat(l.depth()) + l.mark() + " " + l.text())
                .toList();
    }

    @Test
    void theTopAllOfIsLeftOutAndEachCheckHasItsOwnMark() {
        GoalResult r = new GoalResult(new Condition.All(List.of(READY, READY), AT), false,
                new Localized("all of:", "모두:"), List.of(leaf(true, "3 ready", "준비 3개"),
                leaf(false, "no request yet", "요청 없음")));
        assertEquals(List.of("✓ 3 ready", "○ no request yet"), read(r, "en"));
        assertEquals(List.of("✓ 준비 3개", "○ 요청 없음"), read(r, "ko"));
    }

    @Test
    void aNestedAnyKeepsItsLineAndIndentsItsParts() {
        GoalResult any = new GoalResult(new Condition.Any(List.of(READY, READY), AT), true,
                new Localized("any of:", "하나 이상:"), List.of(leaf(false, "a", "a"), leaf(true, "b", "b")));
        GoalResult r = new GoalResult(new Condition.All(List.of(READY), AT), true, new Localized("all of:", "모두:"),
                List.of(any));
        assertEquals(List.of("✓ any of:", "  ○ a", "  ✓ b"), read(r, "en"));
    }

    @Test
    void aSingleConditionIsItsOwnLine() {
        assertEquals(List.of("○ 2 of 3 ready"), read(leaf(false, "2 of 3 ready", "3개 중 2개 준비"), "en"));
    }

    @Test
    void twoChecksThatSawTheSameThingAreSaidOnce() {
        GoalResult r = new GoalResult(new Condition.All(List.of(READY, READY), AT), false,
                new Localized("all of:", "모두:"), List.of(leaf(false, "no request yet", "요청 없음"),
                leaf(false, "no request yet", "요청 없음")));
        assertEquals(List.of("○ no request yet"), read(r, "en"));
    }

    @Test
    void nothingCheckedYetHasNoLines() {
        assertEquals(List.of(), GoalLines.of(null, "en"));
    }
}
