package org.standfirst.store;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a workspace's structure up to date with the migrations in this build. Opening a
 * workspace that is already current is the everyday case, and Flyway costs about a second of
 * class loading and scanning at start-up to find that out; so a current workspace is recognised
 * with one query of Flyway's history table and a listing of the packaged migration files, and
 * Flyway is loaded only when a migration is due. Anything unexpected (no history, a failed
 * migration, a file that is not a plain versioned SQL migration, a class path that cannot be
 * listed) means "not known to be current", and Flyway runs exactly as before.
 *
 * <p>What the shortcut does not do is Flyway's checksum validation of migrations already applied:
 * a migration that has landed is never edited (a new one is added instead), so there is nothing
 * for it to find.
 */
final class Schema {
    static final String LOCATION = "db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private Schema() {
    }

    /** Flyway could not bring the structure up to date; the message is its first line. */
    static final class MigrationFailed extends RuntimeException {
        MigrationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Migrates the database unless it is already current.
     *
     * @param exists false for a database this open has just created (always migrated)
     * @return true when Flyway ran
     * @throws MigrationFailed when a due migration failed
     */
    static boolean bringUpToDate(DataSource ds, boolean exists) {
        if (exists) {
            Optional<Set<String>> packaged = packagedVersions(Schema.class.getClassLoader());
            if (packaged.isPresent() && isCurrent(ds, packaged.get())) {
                return false;
            }
        }
        FlywayRun.migrate(ds);
        return true;
    }

    /**
     * True when the history records every packaged version as applied and no migration as failed.
     * Versions newer than this build (a workspace opened by a later Standfirst) are ignored, as
     * Flyway ignores them.
     */
    static boolean isCurrent(DataSource ds, Set<String> packaged) {
        if (packaged.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String v = rs.getString(1);
                if (v != null) {
                    applied.add(normalise(v));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("No usable migration history, so Flyway decides: {}", e.getMessage());
            return false;
        }
        return applied.containsAll(packaged);
    }

    /**
     * The versions of the migrations in {@link #LOCATION} on the class path (normalised as
     * {@link #normalise} does), or empty when something there is not a plain versioned SQL
     * migration or the location cannot be listed: then only Flyway can say what is due.
     */
    static Optional<Set<String>> packagedVersions(ClassLoader loader) {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                List<String> names = list(root);
                if (names == null) {
                    return Optional.empty();
                }
                for (String name : names) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    versions.add(normalise(m.group(1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot list the packaged migrations, so Flyway decides: {}", e.toString());
            return Optional.empty();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    /** File names (without folders) under a migration root, or null for a kind of URL not known here. */
    private static List<String> list(URL root) throws IOException {
        switch (root.getProtocol()) {
            case "file": {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    return null;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
                }
            }
            case "jar": {
                URLConnection conn = root.openConnection();
                if (!(conn instanceof JarURLConnection jar)) {
                    return null;
                }
                // The class loader's own copy of the jar is shared through the cache: not closed here.
                JarFile file = jar.getJarFile();
                String entry = jar.getEntryName() == null ? "" : jar.getEntryName();
                String prefix = entry.isEmpty() || entry.endsWith("/") ? entry : entry + "/";
                return file.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                        .map(JarEntry::getName).map(n -> n.substring(n.lastIndexOf('/') + 1)).toList();
            }
            default:
                return null;
        }
    }

    /** A version as Flyway compares it: "1_1", "1.1" and "01.1.0" are all "1.1". */
    static String normalise(String version) {
        String[] parts = version.split("[._]");
        int end = parts.length;
        while (end > 1 && new BigInteger(parts[end - 1]).signum() == 0) {
            end--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(new BigInteger(parts[i]));
        }
        return sb.toString();
    }

    /** Kept apart so that Flyway's classes are loaded only when a migration is due. */
    private static final class FlywayRun {
        static void migrate(DataSource ds) {
            try {
                Flyway.configure().dataSource(ds).locations("classpath:" + LOCATION).load().migrate();
            } catch (FlywayException e) {
                throw new MigrationFailed(WorkspaceStore.firstLine(e.getMessage()), e);
            }
        }
    }
}
