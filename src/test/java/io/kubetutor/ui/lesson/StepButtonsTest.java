package io.kubetutor.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepButtonsTest {
    /** Step {@code index} of 5. */
    private static StepButtons.Status status(int index, boolean hasGoal, boolean met, boolean predict,
                                             boolean answered, int hintsShown, boolean busy) {
        return new StepButtons.Status(index, 5, hasGoal, met, predict, answered, hintsShown, 2, hasGoal, busy, false);
    }

    @Test
    void aReadAndWatchStepGoesOnWithNextAndOffersNoSkipOrCheck() {
        StepButtons b = StepButtons.of(status(0, false, false, false, false, 0, false));
        assertEquals(new StepButtons(false, true, false, false, false, true, false, true), b);
    }

    @Test
    void anUnmetGoalKeepsNextOffAndOffersSkipCheckAndSolution() {
        StepButtons b = StepButtons.of(status(3, true, false, false, false, 0, false));
        assertEquals(new StepButtons(true, false, true, false, true, true, true, true), b);
    }

    @Test
    void meetingTheGoalTurnsNextOnAndSkipOff() {
        StepButtons b = StepButtons.of(status(3, true, true, false, false, 0, false));
        assertEquals(true, b.next());
        assertEquals(false, b.skip());
    }

    @Test
    void aPredictionMustBeAnsweredBeforeNext() {
        assertEquals(false, StepButtons.of(status(2, false, false, true, false, 0, false)).next());
        assertEquals(true, StepButtons.of(status(2, false, false, true, true, 0, false)).next());
    }

    @Test
    void theLastStepFinishesInsteadOfGoingOn() {
        StepButtons b = StepButtons.of(status(4, false, false, false, false, 0, false));
        assertEquals(false, b.next());
        assertEquals(true, b.finish());
        assertEquals(false, b.skip());
    }

    @Test
    void theHintButtonStopsAfterTheLastHint() {
        assertEquals(true, StepButtons.of(status(3, true, false, false, false, 1, false)).hint());
        assertEquals(false, StepButtons.of(status(3, true, false, false, false, 2, false)).hint());
    }

    @Test
    void whileTheTutorSetsUpAStepNothingStartsAnother() {
        assertEquals(new StepButtons(false, false, false, false, false, false, false, false),
                StepButtons.of(status(3, true, true, false, false, 0, true)));
    }

    @Test
    void checkBySendingWaitsForTheProbeInFlight() {
        StepButtons.Status probing = new StepButtons.Status(3, 5, true, false, false, false, 0, 2, true, false, true);
        assertEquals(false, StepButtons.of(probing).check());
        assertEquals(true, StepButtons.of(probing).back());
    }
}
