package org.standfirst.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.ItemQuery;

/**
 * Opening a workspace brings its structure up to date, and skips Flyway only when there is
 * nothing to do: an old workspace still migrates, a current one opens as it is.
 */
class SchemaTest {
    @TempDir
    Path dir;

    private JdbcConnectionPool pool() {
        return JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(WorkspaceStore.DB_NAME), "standfirst", "");
    }

    private static Set<String> history(JdbcConnectionPool pool) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                out.add(Schema.normalise(rs.getString(1)));
            }
        }
        return out;
    }

    private static Set<String> packaged() {
        return Schema.packagedVersions(SchemaTest.class.getClassLoader()).orElseThrow();
    }

    @Test
    void anOldWorkspaceIsMigratedToEveryPackagedVersionWhenOpened() throws SQLException {
        JdbcConnectionPool old = pool();
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("1").load().migrate();
        assertThat(history(old)).containsExactly("1");
        old.dispose();

        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(s.isNew()).isFalse();
            assertThat(s.items().count(ItemQuery.all())).isZero();
        }
        JdbcConnectionPool after = pool();
        try {
            assertThat(history(after)).containsAll(packaged()).contains("1", "2", "10");
            assertThat(Schema.bringUpToDate(after, true)).as("nothing left to migrate, so Flyway is not run").isFalse();
        } finally {
            after.dispose();
        }
    }

    @Test
    void aCurrentWorkspaceOpensWithoutFlywayAndAnOldOneWithIt() throws SQLException {
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(s.isNew()).isTrue();
        }
        JdbcConnectionPool p = pool();
        try {
            assertThat(Schema.isCurrent(p, packaged())).isTrue();
            assertThat(Schema.bringUpToDate(p, true)).isFalse();
            // A version this build does not know yet (a later Standfirst opened it): still current,
            // as Flyway ignores future migrations.
            assertThat(Schema.isCurrent(p, Set.of("1"))).isTrue();
            // One version this build packages that the workspace lacks: not current.
            Set<String> more = new HashSet<>(packaged());
            more.add("9999");
            assertThat(Schema.isCurrent(p, more)).isFalse();
            try (Connection c = p.getConnection(); Statement s = c.createStatement()) {
                s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
            }
            assertThat(Schema.isCurrent(p, packaged())).as("a failed migration is left to Flyway").isFalse();
        } finally {
            p.dispose();
        }
    }

    @Test
    void aDatabaseWithoutHistoryIsNotCurrent() throws SQLException {
        JdbcConnectionPool p = pool();
        try {
            try (Connection c = p.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE other (id INT)");
            }
            assertThat(Schema.isCurrent(p, packaged())).isFalse();
        } finally {
            p.dispose();
        }
    }

    @Test
    void thePackagedMigrationsAreListedFromTheBuildAndFromAJar() throws IOException {
        assertThat(packaged()).contains("1", "2", "10");

        Path plain = jar("plain.jar", "db/migration/V1__a.sql", "db/migration/V1_1__b.sql", "db/migration/more/V003__c.sql");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {plain.toUri().toURL()}, null)) {
            assertThat(Schema.packagedVersions(cl)).contains(Set.of("1", "1.1", "3"));
        }
        // The application class loader names the folder with a trailing "/" (URLClassLoader without).
        URL folder = new URL("jar:" + plain.toUri() + "!/" + Schema.LOCATION + "/");
        ClassLoader app = new ClassLoader(null) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) {
                return java.util.Collections.enumeration(java.util.List.of(folder));
            }
        };
        assertThat(Schema.packagedVersions(app)).contains(Set.of("1", "1.1", "3"));
        // A repeatable migration (or anything else Flyway would read) leaves the decision to Flyway.
        Path repeatable = jar("repeatable.jar", "db/migration/V1__a.sql", "db/migration/R__view.sql");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {repeatable.toUri().toURL()}, null)) {
            assertThat(Schema.packagedVersions(cl)).isEmpty();
        }
    }

    @Test
    void versionsCompareAsFlywayComparesThem() {
        assertThat(Schema.normalise("1_1")).isEqualTo("1.1");
        assertThat(Schema.normalise("01.1.0")).isEqualTo("1.1");
        assertThat(Schema.normalise("10")).isEqualTo("10");
        assertThat(Schema.normalise("0")).isEqualTo("0");
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            Set<String> folders = new java.util.LinkedHashSet<>();
            for (String e : entries) {
                for (int i = e.indexOf('/'); i > 0; i = e.indexOf('/', i + 1)) {
                    folders.add(e.substring(0, i + 1));
                }
            }
            for (String f : folders) { // as the packaged jar has them: class loaders find folders by their entries
                j.putNextEntry(new JarEntry(f));
                j.closeEntry();
            }
            for (String e : entries) {
                j.putNextEntry(new JarEntry(e));
                j.write("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }
}
