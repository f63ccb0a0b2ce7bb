package io.kubetutor.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the autosave writes: a second after typing pauses, at least every three seconds while it goes on. */
class AutosaveTimingTest {
    @Test
    void nothingIsDueBeforeAnyEdit() {
        AutosaveTiming t = new AutosaveTiming();
        assertEquals(-1, t.dueAt());
        assertFalse(t.due(1_000_000));
    }

    @Test
    void aSaveFollowsOneSecondAfterTheLastEdit() {
        AutosaveTiming t = new AutosaveTiming();
        t.edited(10_000);
        t.edited(10_400);
        assertEquals(11_400, t.dueAt());
        assertFalse(t.due(11_399));
        assertTrue(t.due(11_400));
    }

    @Test
    void nonStopTypingIsSavedAtLeastEveryThreeSeconds() {
        AutosaveTiming t = new AutosaveTiming();
        java.util.List<Long> saves = new java.util.ArrayList<>();
        for (long now = 0; now < 8_000; now += 200) { // five keys a second for eight seconds, never a pause
            if (t.due(now)) {
                saves.add(now);
                t.saved();
            }
            t.edited(now);
        }
        assertEquals(java.util.List.of(3_000L, 6_000L), saves);
        assertEquals(8_800, t.dueAt(), "the last key at 7.8 s: a second after it comes before 9 s");
    }

    @Test
    void afterASaveTheNextEditStartsANewWait() {
        AutosaveTiming t = new AutosaveTiming();
        t.edited(0);
        t.saved();
        assertEquals(-1, t.dueAt());
        t.edited(5_000);
        assertEquals(6_000, t.dueAt());
    }
}
