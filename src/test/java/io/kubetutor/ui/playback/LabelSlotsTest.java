package io.kubetutor.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelSlotsTest {
    private final LabelSlots slots = new LabelSlots();

    @Test
    void aLoneLabelGoesAboveRightOfItsPacket() {
        slots.reset(0, 0, 1280, 720);
        assertEquals(0, slots.place(500, 300, 200, 24));
    }

    @Test
    void aSecondPacketNearbyTakesTheNextFreeSideThenNoLabelAtAll() {
        slots.reset(0, 0, 1280, 720);
        assertEquals(0, slots.place(500, 300, 200, 24));
        assertEquals(1, slots.place(505, 302, 200, 24));
        assertEquals(2, slots.place(500, 304, 200, 24));
        assertEquals(3, slots.place(502, 300, 200, 24));
        assertEquals(LabelSlots.HIDDEN, slots.place(501, 301, 200, 24));
        assertEquals(0, slots.place(900, 600, 200, 24), "far away there is room");
    }

    @Test
    void nearTheRightEdgeTheLabelGoesToTheLeft() {
        slots.reset(0, 0, 1280, 720);
        assertEquals(1, slots.place(1200, 300, 200, 24));
        assertEquals(-14 - 200, LabelSlots.dx(1, 200));
    }

    @Test
    void theFollowedPacketKeepsItsLabelEvenWhereItOverlaps() {
        slots.reset(0, 0, 1280, 720);
        for (int i = 0; i < 4; i++) {
            slots.place(500, 300, 200, 24);
        }
        assertEquals(0, slots.force(500, 300, 200, 24));
        assertEquals(1, slots.force(1200, 300, 200, 24));
    }

    @Test
    void manyLabelsGrowTheTakenAreasWithoutLimit() {
        slots.reset(0, 0, 1_000_000, 720);
        for (int i = 0; i < 500; i++) {
            assertEquals(0, slots.place(300 * i, 300, 200, 24));
        }
    }
}
