package io.kubetutor.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.PodTemplateSpec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTemplateHashTest {
    // SafeEncodeString of a decimal number only ever yields these ten characters.
    private static final String HASH_SHAPE = "[456789bcdf]{9,10}";

    @Test
    void fnvHashesMatchTheStandardTestVectors() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        assertEquals(0xe40c292c, Fnv32.fnv1a(Fnv32.OFFSET_BASIS, a));
        assertEquals(0x050c5d7e, Fnv32.fnv1(Fnv32.OFFSET_BASIS, a));
        assertEquals("3826002220", Fnv32.decimal(0xe40c292c));
    }

    @Test
    void safeEncodeStringMapsEachDigitThroughRandsAlphabet() {
        assertEquals("456789bcdf", PodTemplateHash.safeEncodeString("0123456789"));
    }

    @Test
    void theSameTemplateAlwaysGivesTheSameHashOfTheUpstreamShape() {
        String first = PodTemplateHash.of(Fixtures.template("nginx:1.25"), null);
        assertEquals(first, PodTemplateHash.of(Fixtures.template("nginx:1.25"), null));
        assertTrue(first.matches(HASH_SHAPE), first);
    }

    @Test
    void changingTheImageChangesTheHash() {
        assertNotEquals(PodTemplateHash.of(Fixtures.template("nginx:1.25"), null),
                PodTemplateHash.of(Fixtures.template("nginx:1.26"), null));
    }

    @Test
    void theOrderLabelsWereWrittenInDoesNotChangeTheHash() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("app", "web");
        ab.put("tier", "front");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("tier", "front");
        ba.put("app", "web");
        PodTemplateSpec t = Fixtures.template("nginx");
        assertEquals(PodTemplateHash.of(new PodTemplateSpec(new ObjectMeta("", "", "", ab, Map.of()), t.spec()), null),
                PodTemplateHash.of(new PodTemplateSpec(new ObjectMeta("", "", "", ba, Map.of()), t.spec()), null));
    }

    @Test
    void aCollisionCountGivesAnotherHash() {
        PodTemplateSpec t = Fixtures.template("nginx");
        String plain = PodTemplateHash.of(t, null);
        String bumped = PodTemplateHash.of(t, 1);
        assertNotEquals(plain, bumped);
        assertNotEquals(bumped, PodTemplateHash.of(t, 2));
        assertTrue(bumped.matches(HASH_SHAPE), bumped);
    }

    @Test
    void controllerRevisionNamesAreTheSetNameAndAHash() {
        String name = PodTemplateHash.controllerRevisionName("web", Fixtures.template("nginx"), 0);
        assertTrue(name.matches("web-" + HASH_SHAPE), name);
        assertNotEquals(name, PodTemplateHash.controllerRevisionName("web", Fixtures.template("httpd"), 0));
    }
}
