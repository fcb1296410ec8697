package org.standfirst.app;

import java.nio.file.Path;

/** Another Standfirst has the workspace open; nothing was read or changed. */
public final class WorkspaceInUseException extends StandfirstException {
    private final Path folder;

    public WorkspaceInUseException(Path folder, Throwable cause) {
        super("The workspace " + folder + " is in use by another Standfirst: close the other Standfirst window "
                + "or choose another workspace with --data", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
