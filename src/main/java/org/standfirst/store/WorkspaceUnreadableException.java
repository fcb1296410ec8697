package org.standfirst.store;

import java.nio.file.Path;

/** The workspace database exists but cannot be opened: damaged, truncated or not a workspace. */
public final class WorkspaceUnreadableException extends StoreException {
    private final Path folder;

    public WorkspaceUnreadableException(Path folder, String reason, Throwable cause) {
        super("The workspace " + folder + " cannot be read (" + reason + ")", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
