package io.kubetutor.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackClockTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstFrameOnlySetsTheBaselineThenRealTimeBecomesVirtualTime() {
        PlaybackClock c = new PlaybackClock();
        assertEquals(0, c.advance(5_000 * MS));
        assertEquals(16, c.advance(5_016 * MS));
        assertEquals(16, c.now());
    }

    @Test
    void aPausedClockHandsOutNothingAndResumesWithoutAJump() {
        PlaybackClock c = new PlaybackClock();
        c.advance(0);
        c.pause();
        assertFalse(c.isPlaying());
        assertEquals(0, c.advance(100 * MS));
        assertEquals(0, c.advance(10_000 * MS));
        c.play();
        assertEquals(20, c.advance(10_020 * MS));
        assertEquals(20, c.now());
    }

    @Test
    void aStalledFrameCountsAtMostAQuarterSecondOfRealTime() {
        PlaybackClock c = new PlaybackClock();
        c.advance(0);
        assertEquals(250, c.advance(5_000 * MS));
        c.setSpeed(4);
        assertEquals(1_000, c.advance(65_000 * MS));
    }

    @Test
    void speedScalesVirtualTimeAndFractionsOfAMillisecondCarryOver() {
        PlaybackClock c = new PlaybackClock();
        c.setSpeed(0.25);
        long real = 0;
        c.advance(real);
        long total = 0;
        for (int i = 0; i < 600; i++) {
            real += 16_666_667L;
            total += c.advance(real);
        }
        assertEquals(2_500, total);
        assertEquals(total, c.now());
    }

    @Test
    void speedSnapsToTheOfferedStepsAndStepsStopAtTheEnds() {
        PlaybackClock c = new PlaybackClock();
        assertEquals(1.0, c.speed());
        c.setSpeed(3.1);
        assertEquals(4.0, c.speed());
        c.faster();
        assertEquals(4.0, c.speed());
        c.setSpeed(0.3);
        assertEquals(0.25, c.speed());
        c.slower();
        assertEquals(0.25, c.speed());
        c.faster();
        c.faster();
        assertEquals(1.0, c.speed());
        c.setSpeed(0);
        assertEquals(0.25, c.speed());
    }

    @Test
    void listenersHearPlayPauseAndSpeedChangesButNotRepeats() {
        PlaybackClock c = new PlaybackClock();
        List<String> heard = new ArrayList<>();
        c.addListener(() -> heard.add(c.isPlaying() + "@" + c.speed()));
        c.play();
        c.toggle();
        c.pause();
        c.faster();
        c.setSpeed(2);
        assertEquals(List.of("false@1.0", "false@2.0"), heard);
        assertTrue(c.advance(0) == 0);
    }
}
