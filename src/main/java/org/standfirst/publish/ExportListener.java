package org.standfirst.publish;

/**
 * Progress and cancellation for a running export. Called on the exporting thread; a UI must hand
 * progress to its own thread. {@link #isCancelled()} is polled between files.
 */
public interface ExportListener {
    ExportListener NONE = new ExportListener() {
    };

    /**
     * @param done    steps finished so far
     * @param total   steps in the whole export (stable once the plan is known)
     * @param message what is being written, such as "items/trial-recruitment.html"
     */
    default void progress(int done, int total, String message) {
    }

    default boolean isCancelled() {
        return false;
    }
}
