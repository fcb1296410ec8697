package org.standfirst.app;

import java.nio.file.Path;
import java.time.Clock;
import org.standfirst.store.StoreException;
import org.standfirst.store.WorkspaceLockedException;
import org.standfirst.store.WorkspaceStore;
import org.standfirst.store.WorkspaceUnreadableException;

/**
 * The composition root: one open workspace and the services over it. The UI and the command
 * line hold one of these and call its services (from a background thread in the UI; every
 * service is safe to call from several threads). Close it to release the workspace folder.
 */
public final class Standfirst implements AutoCloseable {
    /**
     * How to open a workspace.
     *
     * @param clock         the time used for created/updated stamps and embargo checks
     * @param sample        classpath folder with index.json to seed a new workspace from, or null for none
     * @param backupOnClose leave a backup when a session that changed something closes
     */
    public record Options(Clock clock, String sample, boolean backupOnClose) {
        public static final String SAMPLE = "/assets/sample";

        public static Options defaults() {
            return new Options(Clock.systemUTC(), SAMPLE, true);
        }

        public Options withClock(Clock c) {
            return new Options(c, sample, backupOnClose);
        }

        /** Seeds a new workspace from another classpath folder (tests use a small fixture). */
        public Options withSample(String classpathFolder) {
            return new Options(clock, classpathFolder, backupOnClose);
        }

        /** A new workspace starts empty. */
        public Options withoutSample() {
            return new Options(clock, null, backupOnClose);
        }

        public Options withoutBackups() {
            return new Options(clock, sample, false);
        }
    }

    private final WorkspaceStore store;
    private final Clock clock;
    private final ItemService items;
    private final ReportService reports;
    private final PeopleService people;
    private final AssetService assets;
    private final SearchService search;
    private final BackupService backups;
    private final ImportService importer;
    private final ReviewService review;
    private final CommentService comments;
    private final ReviewPackageService packages;
    private final CheckService checks;
    private final ExportService exports;

    private Standfirst(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.items = new ItemService(store, clock);
        this.reports = new ReportService(store, items, clock);
        this.people = new PeopleService(store, clock);
        this.assets = new AssetService(store, clock);
        this.search = new SearchService(store);
        this.backups = new BackupService(store);
        this.review = new ReviewService(store, items, people, reports, clock);
        this.importer = new ImportService(store, items, reports, people, assets, clock, review::reachSampleState);
        this.comments = new CommentService(store, items, people, review, clock);
        this.packages = new ReviewPackageService(store, comments.suggestionRepository(), items, reports, people, clock);
        this.checks = new CheckService(store.settings(), items, reports, store.folder());
        this.exports = new ExportService(store, items, reports, assets, people, review, checks, clock);
    }

    /** Opens (creating and seeding with the sample content if new) the workspace in a folder. */
    public static Standfirst open(Path folder) {
        return open(folder, Options.defaults());
    }

    public static Standfirst open(Path folder, Clock clock) {
        return open(folder, Options.defaults().withClock(clock));
    }

    /**
     * @throws WorkspaceInUseException   another Standfirst has the folder open
     * @throws WorkspaceDamagedException the database cannot be read; nothing was changed
     */
    public static Standfirst open(Path folder, Options options) {
        Path dir = folder.toAbsolutePath().normalize();
        WorkspaceStore store;
        try {
            store = WorkspaceStore.open(dir, options.backupOnClose());
        } catch (WorkspaceLockedException e) {
            throw new WorkspaceInUseException(dir, e);
        } catch (WorkspaceUnreadableException e) {
            throw new WorkspaceDamagedException(dir, reasonOf(e), e);
        } catch (StoreException e) {
            throw new StandfirstException(e.getMessage(), e);
        }
        Standfirst sf = new Standfirst(store, options.clock());
        if (store.isNew() && options.sample() != null) {
            try {
                new SampleSeeder(sf, options.sample()).seed();
            } catch (RuntimeException e) {
                sf.close();
                throw e;
            }
        }
        return sf;
    }

    private static String reasonOf(WorkspaceUnreadableException e) {
        String m = e.getMessage();
        int open = m.indexOf('(');
        return open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
    }

    /** Puts the newest backup of a closed workspace back; see {@link BackupService#restoreNewest}. */
    public static RestoreResult restoreNewestBackup(Path folder) {
        return BackupService.restoreNewest(folder);
    }

    public Path folder() {
        return store.folder();
    }

    public Clock clock() {
        return clock;
    }

    public ItemService items() {
        return items;
    }

    public ReportService reports() {
        return reports;
    }

    public PeopleService people() {
        return people;
    }

    public AssetService assets() {
        return assets;
    }

    public SearchService search() {
        return search;
    }

    public BackupService backups() {
        return backups;
    }

    public ImportService importer() {
        return importer;
    }

    /** Workflow transitions, signed approvals, the export gate, history, diff and the review queue. */
    public ReviewService review() {
        return review;
    }

    /** Comments and suggestions. */
    public CommentService comments() {
        return comments;
    }

    /** Offline review packages: export and import. */
    public ReviewPackageService packages() {
        return packages;
    }

    /** House style, spelling, readability and accessibility checks; the public export gate. */
    public CheckService checks() {
        return checks;
    }

    /** Export to ninjs, HTML pages, report PDFs and the site bundle; records publications. */
    public ExportService exports() {
        return exports;
    }

    /**
     * The store beneath the services, for wiring further services in this package (workflow,
     * publish). Not for the UI: views and view models go through the services.
     */
    public WorkspaceStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
