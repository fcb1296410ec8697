package org.standfirst.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on {@code workspace.lock} held for as long as the workspace is open.
 * H2 locks its own file too, but this lock is taken first, before anything is read or written,
 * so a second process changes nothing, and it also guards restore, which never opens H2.
 */
public final class WorkspaceLock implements AutoCloseable {
    public static final String FILE = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link WorkspaceLockedException} at once; never waits. */
    public static WorkspaceLock acquire(Path folder) {
        FileChannel ch = null;
        try {
            Files.createDirectories(folder);
            ch = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw new WorkspaceLockedException(folder);
            }
            return new WorkspaceLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new WorkspaceLockedException(folder);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException("The workspace folder " + folder + " cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more can be done while giving up
            }
        }
    }
}
