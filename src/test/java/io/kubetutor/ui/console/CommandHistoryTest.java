package io.kubetutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ↑/↓ walk the history as a shell's does. */
class CommandHistoryTest {
    private static CommandHistory of(String... lines) {
        CommandHistory h = new CommandHistory(100);
        for (String l : lines) {
            h.add(l);
        }
        return h;
    }

    @Test
    void upWalksFromTheNewestToTheOldestAndStaysThere() {
        CommandHistory h = of("get svc", "get ep", "get pods");
        assertEquals("get pods", h.up(""));
        assertEquals("get ep", h.up("get pods"));
        assertEquals("get svc", h.up("get ep"));
        assertEquals("get svc", h.up("get svc"));
    }

    @Test
    void downWalksBackAndPastTheNewestGivesBackTheLineBeingTyped() {
        CommandHistory h = of("get svc", "get ep");
        assertEquals("get ep", h.up("describe sv"));
        assertEquals("get svc", h.up("get ep"));
        assertEquals("get ep", h.down("get svc"));
        assertEquals("describe sv", h.down("get ep"));
        assertEquals("describe sv", h.down("describe sv"));
    }

    @Test
    void downWithoutAWalkLeavesTheLineAlone() {
        assertEquals("get s", of("get svc").down("get s"));
    }

    @Test
    void aRepeatedLineMovesToTheNewestPlaceInsteadOfBeingKeptTwice() {
        CommandHistory h = of("get svc", "get ep", "get svc", "get svc");
        assertEquals(List.of("get ep", "get svc"), h.entries());
        assertEquals("get svc", h.up(""));
        assertEquals("get ep", h.up("get svc"));
    }

    @Test
    void blankLinesAreNotKeptAndEnteringALineEndsTheWalk() {
        CommandHistory h = of("get svc", "  ", "get ep");
        assertEquals(List.of("get svc", "get ep"), h.entries());
        h.up("");
        h.up("get ep");
        h.add("get pods");
        assertEquals("get pods", h.up(""));
    }

    @Test
    void anEmptyHistoryGivesBackTheLine() {
        CommandHistory h = new CommandHistory(10);
        assertEquals("get", h.up("get"));
        assertEquals("get", h.down("get"));
    }

    @Test
    void theOldestEntriesGoWhenTheCapacityIsReached() {
        CommandHistory h = new CommandHistory(2);
        h.add("a");
        h.add("b");
        h.add("c");
        assertEquals(List.of("b", "c"), h.entries());
    }
}
