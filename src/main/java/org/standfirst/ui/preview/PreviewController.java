package org.standfirst.ui.preview;

import java.util.function.BiConsumer;
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
    private long patched;
    private Supplier<PreviewUpdate> pendingWork;
    private LongConsumer onPatched = n -> { };
    private Runnable onDropped = () -> { };
    private BiConsumer<PreviewUpdate, Runnable> applier;

    public PreviewController(BackgroundTasks tasks, PreviewPane pane) {
        this.tasks = tasks;
        this.pane = pane;
        this.applier = this::apply;
    }

    /** Called with the nanoseconds from the change to the patched page (for the bench figure). */
    public void setOnPatched(LongConsumer onPatched) {
        this.onPatched = onPatched;
    }

    /** Called on the FX thread when a stale render is dropped (the session forgets what it sent). */
    public void setOnDropped(Runnable onDropped) {
        this.onDropped = onDropped;
    }

    /** Replaces how an update reaches the page (the window adds its own steps); done must be called after. */
    public void setApplier(BiConsumer<PreviewUpdate, Runnable> applier) {
        this.applier = applier;
    }

    /**
     * Asks for a new preview. work runs off the FX thread and must only use what it captured
     * (take the content on the FX thread, then render it in the supplier).
     */
    public void request(Supplier<PreviewUpdate> work) {
        requested++;
        requestedAt = System.nanoTime();
        pendingWork = work;
        pump();
    }

    private void pump() {
        if (running || pendingWork == null) {
            return;
        }
        Supplier<PreviewUpdate> work = pendingWork;
        pendingWork = null;
        long generation = requested;
        long startedAt = requestedAt;
        running = true;
        tasks.render(work::get, update -> {
            running = false;
            rendered = generation;
            if (generation != requested) {
                // Stale: the text changed while this rendered. Drop it; the next render is on its way.
                onDropped.run();
            } else {
                applier.accept(update, () -> {
                    patched = generation;
                    onPatched.accept(System.nanoTime() - startedAt);
                });
            }
            pump();
        }, err -> {
            running = false;
            rendered = generation;
            pump();
        });
    }

    /** True when the page shows the latest text (tests wait for this). */
    public boolean isCaughtUp() {
        return !running && pendingWork == null && patched == requested;
    }

    private void apply(PreviewUpdate u, Runnable done) {
        pane.setSyncRegion(u.region());
        if (u.page() != null) {
            pane.load(u.page(), u.regionKeys(), u.keepScroll());
            if (!u.keepScroll() && u.region() != null && !u.region().startsWith("#sf-body")) {
                // A report section opened: start the preview at that section's heading.
                pane.afterLoad(() -> pane.scrollToLine(0, 0));
            }
        }
        if (u.frame() != null) {
            pane.frame(u.frameSelector(), u.region(), u.frame());
        }
        if (u.blocks() != null) {
            pane.patch(u.region(), u.blocks(), n -> done.run());
        } else {
            pane.afterLoad(done);
        }
    }
}
