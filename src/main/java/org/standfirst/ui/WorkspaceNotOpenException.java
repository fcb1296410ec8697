package org.standfirst.ui;

import java.nio.file.Path;

/**
 * A call on a workspace that could not be opened. The opening's own error is what the person is
 * told (once, by the app); work queued behind the opening fails with this, quietly.
 */
public final class WorkspaceNotOpenException extends IllegalStateException {
    public WorkspaceNotOpenException(Path folder, Throwable cause) {
        super("The workspace " + folder + " is not open", cause);
    }
}
