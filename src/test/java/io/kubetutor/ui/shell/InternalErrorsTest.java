package io.kubetutor.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUncaughtExceptionIsLoggedWithItsStackAndTheUserIsToldWhere() throws Exception {
        Path log = dir.resolve("data/errors.log");
        List<Path> told = new ArrayList<>();
        InternalErrors errors = new InternalErrors(log, told::add);
        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("cell vanished"));
        assertEquals(List.of(log), told);
        String text = Files.readString(log);
        assertTrue(text.contains("java.lang.IllegalStateException: cell vanished"), text);
        assertTrue(text.contains("InternalErrorsTest"), "the stack trace is kept: " + text);
    }

    @Test
    void aLogGrownPastItsLimitStartsAgainInsteadOfFillingTheDisk() throws Exception {
        Path log = dir.resolve("errors.log");
        Files.write(log, new byte[(int) InternalErrors.MAX_LOG_BYTES + 10]);
        InternalErrors errors = new InternalErrors(log, p -> { });
        errors.uncaughtException(Thread.currentThread(), new RuntimeException("again"));
        assertTrue(Files.size(log) < InternalErrors.MAX_LOG_BYTES, "the log was cut back");
        assertTrue(Files.readString(log).contains("again"));
    }

    @Test
    void aFailureWhileTellingTheUserDoesNotEscapeTheHandler() {
        InternalErrors errors = new InternalErrors(dir.resolve("e.log"), p -> {
            throw new IllegalStateException("status line gone");
        });
        errors.uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        assertEquals(1, errors.count());
    }
}
