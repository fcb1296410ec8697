package org.standfirst.app;

import java.nio.file.Path;
import java.util.List;
import org.standfirst.store.Backups;
import org.standfirst.store.StoreException;
import org.standfirst.store.WorkspaceLockedException;
import org.standfirst.store.WorkspaceStore;

/**
 * Backups of the open workspace. Closing a workspace after a session that changed something
 * makes one automatically; the newest ten are kept in the workspace's backups/ folder.
 */
public final class BackupService {
    private final WorkspaceStore store;

    BackupService(WorkspaceStore store) {
        this.store = store;
    }

    /** Makes a backup now, while the workspace is open, and returns its file. */
    public Path backupNow() {
        try {
            return store.backups().backupNow();
        } catch (StoreException e) {
            throw new StandfirstException(e.getMessage(), e);
        }
    }

    /** The backups, oldest first. */
    public List<Path> list() {
        return Backups.list(store.folder());
    }

    /**
     * Puts the newest backup of a closed workspace back in place; the database it replaces is
     * kept beside it. Fails when the workspace is open anywhere.
     */
    public static RestoreResult restoreNewest(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Backups.Restored r = Backups.restoreNewest(dir);
            return new RestoreResult(r.backup(), r.keptAside());
        } catch (WorkspaceLockedException e) {
            throw new WorkspaceInUseException(dir, e);
        } catch (StoreException e) {
            throw new StandfirstException(e.getMessage(), e);
        }
    }
}
