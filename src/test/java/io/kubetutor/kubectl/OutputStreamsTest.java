package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How stderr reads on a terminal: the API server's warnings first, then the errors, blank lines kept. */
class OutputStreamsTest {
    @Test
    void warningsComeApartFromErrorsAndAnErrorKeepsItsBlankLines() {
        Kubectl.Output o = new Kubectl.Output("", "Warning: v1 Endpoints is deprecated\n"
                + "You must specify the type of resource to get.\n\nerror: Required resource not specified.\n", 1);
        assertEquals("Warning: v1 Endpoints is deprecated\n", o.warnings());
        assertEquals("You must specify the type of resource to get.\n\nerror: Required resource not specified.\n",
                o.errors());
    }

    @Test
    void nothingOnStderrGivesNeither() {
        Kubectl.Output o = new Kubectl.Output("NAME\n", "", 0);
        assertEquals("", o.warnings());
        assertEquals("", o.errors());
    }
}
