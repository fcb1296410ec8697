package org.standfirst.ui.preview;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.standfirst.ui.BackgroundTasks;

/**
 * Keeps the preview following the text: one render at a time off the FX thread, and only the
 * latest text is rendered; anything typed while a render runs is folded into the next one, and a
 * result for text that has since changed is dropped before it reaches the page.
 */
public final class PreviewController {
    private final BackgroundTasks tasks;
    private final PreviewPane pane;
    private boolean running;
    private long requested;
    private long requestedAt;
    private long rendered;
    private Supplier<Map<String, List<PreviewBlock>>> pendingWork;
    private LongConsumer onPatched = n -> { };

    public PreviewController(BackgroundTasks tasks, PreviewPane pane) {
        this.tasks = tasks;
        this.pane = pane;
    }

    /** Called with the nanoseconds from the change to the patched page (for the bench figure). */
    public void setOnPatched(LongConsumer onPatched) {
        this.onPatched = onPatched;
    }

    /**
     * Asks for a new preview. work runs off the FX thread and must only read the snapshot it was
     * made with (take the content on the FX thread, then render it in the supplier).
     */
    public void request(Supplier<Map<String, List<PreviewBlock>>> work) {
        requested++;
        requestedAt = System.nanoTime();
        pendingWork = work;
        pump();
    }

    private void pump() {
        if (running || pendingWork == null) {
            return;
        }
        Supplier<Map<String, List<PreviewBlock>>> work = pendingWork;
        pendingWork = null;
        long generation = requested;
        long startedAt = requestedAt;
        running = true;
        tasks.render(work::get, regions -> {
            running = false;
            if (generation == requested) {
                // Still the latest text: show it.
                rendered = generation;
                int[] left = {regions.size()};
                regions.forEach((region, blocks) -> pane.patch(region, blocks, n -> {
                    if (--left[0] == 0) {
                        onPatched.accept(System.nanoTime() - startedAt);
                    }
                }));
            }
            pump();
        }, err -> {
            running = false;
            pump();
        });
    }

    /** The generation last shown; for tests that wait for the preview to catch up. */
    public boolean isCaughtUp() {
        return !running && pendingWork == null && rendered == requested;
    }
}
