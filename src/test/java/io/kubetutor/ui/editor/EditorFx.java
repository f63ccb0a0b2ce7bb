package io.kubetutor.ui.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Reading and changing the editor on the FX thread from a test. */
final class EditorFx {
    private EditorFx() {
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void fxRun(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits (a hang guard, not a timing assertion) until the condition holds on the FX thread. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached", e);
        }
    }
}
