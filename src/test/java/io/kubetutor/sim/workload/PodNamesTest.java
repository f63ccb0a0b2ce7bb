package io.kubetutor.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PodNamesTest {
    @Test
    void generatedNamesAppendFiveCharactersOfRandsAlphabet() {
        String name = PodNames.generated("web-5d4f8c7b9-", new SplittableRandom(1));
        assertTrue(name.matches("web-5d4f8c7b9-[bcdfghjklmnpqrstvwxz2456789]{5}"), name);
    }

    @Test
    void generatedNamesDependOnlyOnTheRandomGenerator() {
        assertEquals(PodNames.generated("web-", new SplittableRandom(42)),
                PodNames.generated("web-", new SplittableRandom(42)));
        SplittableRandom random = new SplittableRandom(42);
        assertNotEquals(PodNames.generated("web-", random), PodNames.generated("web-", random));
    }

    @Test
    void aLongBaseIsCutSoTheNameStaysWithin63Characters() {
        String base = "a".repeat(70);
        String name = PodNames.generated(base, new SplittableRandom(3));
        assertEquals(63, name.length());
        assertTrue(name.startsWith("a".repeat(58)));
    }

    @Test
    void controllersPrefixTheirPodsWithTheirNameAndADash() {
        assertEquals("web-7c5ddbdf54-", PodNames.prefixFor("web-7c5ddbdf54"));
        assertEquals("x".repeat(253), PodNames.prefixFor("x".repeat(253)));
    }
}
