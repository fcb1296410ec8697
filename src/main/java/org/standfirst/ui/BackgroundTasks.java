package org.standfirst.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the UI does work off the FX thread: every store, render and file call goes
 * through here, one task at a time in submission order (so a save never overtakes an earlier
 * save), and results come back on the FX thread.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService io;
    private final ExecutorService render;

    public BackgroundTasks() {
        io = Executors.newSingleThreadExecutor(daemon("standfirst-io"));
        // Rendering gets its own lane so a slow save never delays the preview, and vice versa.
        render = Executors.newSingleThreadExecutor(daemon("standfirst-render"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs work off the FX thread; onDone or onError is called on the FX thread. Once closing has
     * stopped the lane (after the window's work was flushed), work asked for by a result still on
     * its way to the FX thread (a library refresh's next listing) is dropped, as in {@link #render}:
     * it must not throw on the FX thread while the window closes.
     */
    public <T> Future<?> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (io.isShutdown()) {
            LOG.debug("I/O lane closed: work asked for while closing is dropped");
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return submit(io, work, onDone, onError);
    }

    /** Queues work on the I/O lane with no FX delivery: for work begun before the FX toolkit starts. */
    public <T> Future<T> submit(Callable<T> work) {
        return io.submit(work);
    }

    /**
     * Runs work in the render lane. Once closing has stopped the lane, a render asked for by a
     * result still on its way to the FX thread (the preview's next block) is dropped: nothing
     * will show it, and it must not throw on the FX thread while the window closes.
     */
    public <T> Future<?> render(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (render.isShutdown()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return submit(render, work, onDone, onError);
    }

    /** Runs work off the FX thread and waits for it: only for shutdown, never from an event handler. */
    public <T> T runAndWait(Callable<T> work) throws Exception {
        return io.submit(work).get();
    }

    private static <T> Future<?> submit(ExecutorService lane, Callable<T> work, Consumer<T> onDone,
                                        Consumer<Throwable> onError) {
        return lane.submit(() -> {
            try {
                T result = work.call();
                if (onDone != null) {
                    Platform.runLater(() -> onDone.accept(result));
                }
            } catch (Throwable e) {
                if (!(e instanceof WorkspaceNotOpenException)) { // the opening's failure is told once, by the app
                    LOG.warn("Background task failed", e);
                }
                if (onError != null) {
                    Platform.runLater(() -> onError.accept(e));
                }
            }
        });
    }

    /** Lets queued work (such as the last save) finish, then stops. */
    @Override
    public void close() {
        render.shutdownNow();
        io.shutdown();
        try {
            if (!io.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 10 seconds of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
