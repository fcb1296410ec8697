package org.standfirst.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open workspace folder: the OS lock, the H2 database {@code workspace.mv.db} brought up to
 * date by Flyway, and the repositories over it. Close it to release the folder; when the session
 * changed anything, closing leaves a backup of the final state (see {@link Backups}).
 */
public final class WorkspaceStore implements AutoCloseable {
    public static final String DB_NAME = "workspace";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    /**
     * H2's page cache, in KB. It fills up to this over a long session and stays on the heap, and
     * the desktop runs on a small one (desktop-jvm.options). 8 MB kept the store's bench figures
     * (open, first page, prefix search, saving a revision on 10,000 items) where 64 MB had them,
     * and 4 MB made search and saving slower; but the export gate on a 50,000-word item with 40
     * revisions, which reads its long texts back, took 80 ms with 8 MB against 6 ms with 64 MB,
     * and 9-14 ms with 16 MB (bench: review.gate.*).
     */
    static final int CACHE_KB = 16384;
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceStore.class);

    private final Path folder;
    private final String url;
    private final WorkspaceLock lock;
    private final Db db;
    private final boolean created;
    private final boolean backupOnClose;
    private final ItemRepository items;
    private final RevisionRepository revisions;
    private final PersonRepository people;
    private final ReportRepository reports;
    private final AssetRepository assets;
    private final CommentRepository comments;
    private final AuditRepository audit;
    private final ApprovalRepository approvals;
    private final PublicationRepository publications;
    private final SettingsRepository settings;
    private final Backups backups;
    private volatile boolean closed;

    private WorkspaceStore(Path folder, String url, WorkspaceLock lock, Db db, boolean created, boolean backupOnClose) {
        this.folder = folder;
        this.url = url;
        this.lock = lock;
        this.db = db;
        this.created = created;
        this.backupOnClose = backupOnClose;
        this.items = new ItemRepository(db);
        this.revisions = new RevisionRepository(db);
        this.people = new PersonRepository(db);
        this.reports = new ReportRepository(db);
        this.assets = new AssetRepository(db);
        this.comments = new CommentRepository(db);
        this.audit = new AuditRepository(db);
        this.approvals = new ApprovalRepository(db);
        this.publications = new PublicationRepository(db);
        this.settings = new SettingsRepository(db);
        this.backups = new Backups(folder, db);
    }

    /**
     * Opens (or creates) the workspace in a folder.
     *
     * @param backupOnClose leave a backup when a session that changed something closes
     * @throws WorkspaceLockedException     another Standfirst has the folder
     * @throws WorkspaceUnreadableException the database is there but cannot be opened
     */
    public static WorkspaceStore open(Path folder, boolean backupOnClose) {
        Path dir = folder.toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        WorkspaceLock lock = WorkspaceLock.acquire(dir);
        try {
            Path file = dir.resolve(DB_FILE);
            boolean exists = Files.exists(file);
            if (!exists && Backups.hasAny(dir)) {
                throw new WorkspaceUnreadableException(dir, "the database file " + DB_FILE + " is missing but backups exist", null);
            }
            if (exists && isEmptyFile(file)) {
                throw new WorkspaceUnreadableException(dir, DB_FILE + " is empty", null);
            }
            String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";LOCK_TIMEOUT=10000;CACHE_SIZE=" + CACHE_KB;
            JdbcConnectionPool pool = JdbcConnectionPool.create(url + (exists ? ";IFEXISTS=TRUE" : ""), "standfirst", "");
            pool.setMaxConnections(16);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            } catch (SQLException e) {
                pool.dispose();
                if (e.getErrorCode() == 90020) {
                    throw new WorkspaceLockedException(dir);
                }
                if (e.getErrorCode() == 90030 || String.valueOf(e.getMessage()).contains("corrupted")) {
                    throw new WorkspaceUnreadableException(dir, DB_FILE + " is damaged", e);
                }
                throw new WorkspaceUnreadableException(dir, firstLine(e.getMessage()), e);
            }
            long h2Ms = (System.nanoTime() - t0) / 1_000_000;
            boolean migrated;
            try {
                migrated = Schema.bringUpToDate(pool, exists);
            } catch (Schema.MigrationFailed e) {
                pool.dispose();
                throw new WorkspaceUnreadableException(dir, "its structure could not be brought up to date: "
                        + e.getMessage(), e.getCause());
            }
            LOG.debug("Database open in {} ms, structure {} in {} ms more", h2Ms, migrated ? "migrated" : "already current",
                    (System.nanoTime() - t0) / 1_000_000 - h2Ms);
            return new WorkspaceStore(dir, url, lock, new Db(pool), !exists, backupOnClose);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        // H2 appends its error code and suggests its own recovery tool; neither helps a person here.
        return s.lines().findFirst().orElse(s).replaceAll("\\s*\\[\\d+-\\d+\\]$", "")
                .replaceAll("\\.? ?Possible solution:.*$", "");
    }

    public Path folder() {
        return folder;
    }

    /** True when this open created the database (a new workspace, ready to seed). */
    public boolean isNew() {
        return created;
    }

    public Db db() {
        return db;
    }

    /** Runs the body in one transaction across any repositories it uses. */
    public <T> T transaction(java.util.function.Supplier<T> body) {
        return db.transaction(body);
    }

    public void transaction(Runnable body) {
        db.transaction(body);
    }

    public ItemRepository items() {
        return items;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public PersonRepository people() {
        return people;
    }

    public ReportRepository reports() {
        return reports;
    }

    public AssetRepository assets() {
        return assets;
    }

    public CommentRepository comments() {
        return comments;
    }

    public AuditRepository audit() {
        return audit;
    }

    public ApprovalRepository approvals() {
        return approvals;
    }

    public PublicationRepository publications() {
        return publications;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public Backups backups() {
        return backups;
    }

    /**
     * Closes the workspace and rewrites the database file without the space that old versions
     * of rows left behind. Slow on a large file; for bulk loads, not for everyday closing.
     */
    public synchronized void closeCompacted() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Close the pool first so no pooled connection outlives the shutdown, then compact
            // through one plain connection.
            db.close();
            try (Connection c = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE", "standfirst", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StoreException("The workspace could not be compacted: " + firstLine(e.getMessage()), e);
            }
        } finally {
            lock.close();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (backupOnClose && db.hasChanged()) {
                try {
                    backups.backupNow();
                } catch (RuntimeException e) {
                    LOG.warn("The closing backup of {} failed: {}", folder, e.getMessage());
                }
            }
        } finally {
            db.close();
            lock.close();
        }
    }
}
