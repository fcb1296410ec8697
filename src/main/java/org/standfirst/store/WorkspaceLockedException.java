package org.standfirst.store;

import java.nio.file.Path;

/** Another process (or another window in this one) holds the workspace. */
public final class WorkspaceLockedException extends StoreException {
    private final Path folder;

    public WorkspaceLockedException(Path folder) {
        super("The workspace " + folder + " is in use by another Standfirst");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
