package org.standfirst.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: read state on the FX thread, and wait for a condition checked there. */
final class Fx {
    private Fx() {
    }

    static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text a label, button or cell shows on screen now: its text, or that text cut short with
     * "…" when it does not fit. Call on the FX thread after a layout pass.
     */
    static String shown(javafx.scene.control.Labeled l) {
        javafx.scene.Node t = l.lookup(".text");
        return t instanceof javafx.scene.text.Text text ? text.getText() : "";
    }

    /** Waits until the condition, checked on the FX thread, holds (or fails after 20 s). */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 20 seconds", e);
        }
    }
}
