package org.standfirst.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Rolling backups in {@code backups/}: consistent online copies made by H2's BACKUP TO (a zip
 * holding the database file), named by time so the newest sorts last; the newest ten are kept.
 * Restore puts the newest back and keeps the file it replaces beside it, never deleting it.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final int KEEP = 10;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** What a restore did: the backup it used and where the file it replaced was kept (or null). */
    public record Restored(Path backup, Path keptAside) {
    }

    private final Path folder;
    private final Db db;

    Backups(Path folder, Db db) {
        this.folder = folder;
        this.db = db;
    }

    /** Writes a backup of the open workspace now and drops all but the newest {@value #KEEP}. */
    public Path backupNow() {
        Path dir = folder.resolve(FOLDER);
        Path target;
        try {
            Files.createDirectories(dir);
            target = dir.resolve("workspace-" + NAME.format(Instant.now()) + ".zip");
            for (int n = 2; Files.exists(target); n++) {
                target = dir.resolve("workspace-" + NAME.format(Instant.now()) + "-" + n + ".zip");
            }
        } catch (IOException e) {
            throw new StoreException("The backup folder " + dir + " cannot be used: " + e.getMessage(), e);
        }
        String path = target.toString().replace("'", "''");
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + path + "'");
            }
            return null;
        });
        prune(dir);
        return target;
    }

    /** The backups of a workspace folder, oldest first. */
    public static List<Path> list(Path folder) {
        Path dir = folder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("workspace-.*\\.zip"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new StoreException("The backup folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    static boolean hasAny(Path folder) {
        return !list(folder).isEmpty();
    }

    /**
     * Puts the newest backup in place of the workspace database. The workspace must not be open:
     * the folder lock is taken for the duration. The current database, if any, is moved aside
     * to {@code workspace.mv.db.before-restore-TIME}.
     */
    public static Restored restoreNewest(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try (WorkspaceLock ignored = WorkspaceLock.acquire(dir)) {
            List<Path> all = list(dir);
            if (all.isEmpty()) {
                throw new StoreException("There is no backup in " + dir.resolve(FOLDER) + " to restore");
            }
            Path newest = all.get(all.size() - 1);
            Path db = dir.resolve(WorkspaceStore.DB_FILE);
            Path staged = dir.resolve(WorkspaceStore.DB_FILE + ".restoring");
            try {
                extractDatabase(newest, staged);
                Path aside = null;
                if (Files.exists(db)) {
                    aside = dir.resolve(WorkspaceStore.DB_FILE + ".before-restore-" + NAME.format(Instant.now()));
                    Files.move(db, aside);
                }
                Files.move(staged, db, StandardCopyOption.ATOMIC_MOVE);
                return new Restored(newest, aside);
            } catch (IOException e) {
                throw new StoreException("The backup " + newest + " could not be restored: " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignoredToo) {
                    // a stray staging file is harmless and is overwritten next time
                }
            }
        }
    }

    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the backup holds no database file");
    }

    private static void prune(Path dir) {
        List<Path> all = new ArrayList<>(list(dir.getParent()));
        while (all.size() > KEEP) {
            try {
                Files.deleteIfExists(all.remove(0));
            } catch (IOException e) {
                throw new StoreException("An old backup could not be removed: " + e.getMessage(), e);
            }
        }
    }
}
