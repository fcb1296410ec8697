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

    /** Every visible label, button, tick box or cell under a node whose words are cut off with "…", as shown. */
    static java.util.List<String> cutOff(javafx.scene.Node root) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && !shown(l).equals(l.getText())) {
                cut.add(shown(l) + " (" + l.getText() + ")");
            }
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return cut;
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
