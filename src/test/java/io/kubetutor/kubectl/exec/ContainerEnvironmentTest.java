package io.kubetutor.kubectl.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kubelet's $(VAR) expansion of environment values (third_party/forked/golang/expansion). */
class ContainerEnvironmentTest {
    private static final Map<String, String> DECLARED = Map.of("A", "alpha", "SHARED", "mine");
    private static final Map<String, String> SERVICES = Map.of("WEB_SERVICE_HOST", "10.96.0.20", "SHARED", "theirs");

    private static String expand(String value) {
        return ContainerEnvironment.expand(value, DECLARED, SERVICES);
    }

    @Test
    void referencesToDeclaredAndServiceVariablesAreReplaced() {
        assertEquals("alpha at 10.96.0.20", expand("$(A) at $(WEB_SERVICE_HOST)"));
        assertEquals("mine", expand("$(SHARED)"), "the container's own variables come first");
    }

    @Test
    void anUnknownReferenceStaysAsWritten() {
        assertEquals("$(NOPE)-alpha", expand("$(NOPE)-$(A)"));
    }

    @Test
    void aDoubledDollarIsALiteralDollar() {
        assertEquals("$(A) costs $5", expand("$$(A) costs $$5"));
    }

    @Test
    void aDollarNotStartingAReferenceStays() {
        assertEquals("$x $", expand("$x $"));
        assertEquals("$(A unterminated", expand("$(A unterminated"));
    }
}
