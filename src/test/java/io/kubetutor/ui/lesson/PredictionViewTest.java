package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.lesson.Choice;
import io.kubetutor.lesson.Localized;
import io.kubetutor.lesson.PredictionResult;
import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PredictionViewTest {
    private static final List<Choice> CHOICES = List.of(
            new Choice("delivered", new Localized("delivered — an answer comes back", "delivered — 응답이 돌아옴")),
            new Choice("nxdomain", new Localized("nxdomain — the name does not resolve", "nxdomain — 이름을 찾을 수 없음")));
    private final PredictionView asked = PredictionView.asking(new Localized("What happens?", "어떻게 될까요?"));

    @Test
    void theChoicesTakeAClickOnlyOnceTheyAreShownAndOnlyOnce() {
        assertFalse(asked.choosing());
        PredictionView shown = asked.withChoices(CHOICES);
        assertTrue(shown.choosing());
        PredictionView picked = shown.choose("nxdomain");
        assertEquals(PredictionView.Phase.SENDING, picked.phase());
        assertFalse(picked.choosing());
        assertEquals(picked, picked.choose("delivered"));
    }

    @Test
    void aRightAnswerSaysSoWithWhatHappenedAndScores() {
        PredictionView p = asked.withChoices(CHOICES).choose("nxdomain")
                .answered(new PredictionResult("nxdomain", "nxdomain", true, null), true);
        Messages en = Messages.of(Locale.ENGLISH);
        assertEquals("✓ Right: nxdomain — the name does not resolve", p.verdict(en));
        assertEquals("One point for this prediction.", p.scoreNote(en));
    }

    @Test
    void aWrongAnswerShowsWhatWasSaidAndWhatReallyHappenedInKorean() {
        PredictionView p = asked.withChoices(CHOICES).choose("delivered")
                .answered(new PredictionResult("delivered", "nxdomain", false, null), true);
        assertEquals("✗ 이번에는 틀렸습니다. 고른 답: delivered — 응답이 돌아옴. 실제 결과: nxdomain — 이름을 찾을 수 없음",
                p.verdict(Messages.of(Locale.KOREAN)));
    }

    @Test
    void aSecondAnswerToTheStepIsPracticeNotScore() {
        PredictionView p = asked.withChoices(CHOICES).choose("nxdomain")
                .answered(new PredictionResult("nxdomain", "nxdomain", true, null), false);
        assertEquals("Only your first answer to this step counts; this one was for practice.",
                p.scoreNote(Messages.of(Locale.ENGLISH)));
    }

    @Test
    void anAnswerNotAmongTheChoicesIsShownAsItIs() {
        assertEquals("default/web-1", asked.withChoices(CHOICES).label("default/web-1", "en"));
    }

    @Test
    void aStepWithoutAQuestionAsksNothing() {
        assertFalse(PredictionView.NONE.choosing());
        assertFalse(PredictionView.NONE.answered());
        assertEquals("", PredictionView.NONE.verdict(Messages.of(Locale.ENGLISH)));
    }
}
