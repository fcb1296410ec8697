package org.standfirst.app;

import java.nio.file.Path;

/** The workspace database is there but cannot be read; it is left exactly as it was. */
public final class WorkspaceDamagedException extends StandfirstException {
    private final Path folder;

    public WorkspaceDamagedException(Path folder, String reason, Throwable cause) {
        super("The workspace " + folder + " cannot be read (" + reason + "): run 'standfirst --data " + folder
                + " restore' to put back the newest backup (the damaged file is kept aside)", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
