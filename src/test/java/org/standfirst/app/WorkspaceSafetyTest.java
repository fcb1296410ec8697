package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.ItemQuery;

class WorkspaceSafetyTest {
    @TempDir
    Path dir;

    /** Runs the real program in a second JVM and returns exit code, stdout and stderr. */
    static String[] runSecondProcess(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.standfirst.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the second process did not finish");
        }
        return new String[] {String.valueOf(p.exitValue()), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
    }

    @Test
    void aSecondProcessIsToldInOneLineAndChangesNothing() throws Exception {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            sf.backups().backupNow();
            Path db = dir.resolve("workspace.mv.db");
            byte[] before = Files.readAllBytes(db);
            int backups = sf.backups().list().size();

            String[] r = runSecondProcess("--data", dir.toString(), "people", "add", "Intruder", "--role", "writer");

            assertThat(Integer.parseInt(r[0])).isNotZero();
            assertThat(r[1]).isEmpty();
            assertThat(r[2].strip().lines()).containsExactly("standfirst: The workspace " + dir.toAbsolutePath().normalize()
                    + " is in use by another Standfirst: close the other Standfirst window or choose another workspace with --data");
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
            assertThat(sf.backups().list()).hasSize(backups);
            assertThat(sf.people().findByName("Intruder")).isEmpty();
        }
    }

    @Test
    void theSameProcessCannotOpenAnOpenWorkspaceTwice() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            assertThatThrownBy(() -> Workspaces.empty(dir)).isInstanceOf(WorkspaceInUseException.class);
            assertThat(sf.items().count(ItemQuery.all())).isZero();
        }
        try (Standfirst again = Workspaces.empty(dir)) {
            assertThat(again.items().count(ItemQuery.all())).isZero();
        }
    }

    @Test
    void aDamagedWorkspaceIsReportedLeftAloneAndTheNewestBackupRestores() throws Exception {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            assertThat(sf.items().count(ItemQuery.all())).isEqualTo(4);
        }
        List<Path> backups = org.standfirst.store.Backups.list(dir);
        assertThat(backups).as("closing after changes leaves a backup").hasSize(1);

        Path db = dir.resolve("workspace.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) Math.min(f.length(), 64 * 1024)];
            java.util.Arrays.fill(junk, (byte) 0x5a);
            f.seek(0);
            f.write(junk);
        }
        byte[] damaged = Files.readAllBytes(db);

        assertThatThrownBy(() -> Workspaces.seeded(dir))
                .isInstanceOf(WorkspaceDamagedException.class)
                .hasMessage("The workspace " + dir.toAbsolutePath().normalize() + " cannot be read (workspace.mv.db is damaged): "
                        + "run 'standfirst --data " + dir.toAbsolutePath().normalize()
                        + " restore' to put back the newest backup (the damaged file is kept aside)");
        assertThat(Files.readAllBytes(db)).as("never silently replaced").isEqualTo(damaged);

        RestoreResult r = Standfirst.restoreNewestBackup(dir);
        assertThat(r.backup()).isEqualTo(backups.get(0));
        assertThat(Files.readAllBytes(r.keptAside())).isEqualTo(damaged);
        try (Standfirst sf = Workspaces.seeded(dir)) {
            assertThat(sf.items().count(ItemQuery.all())).isEqualTo(4);
            assertThat(sf.people().all()).hasSize(3);
        }
    }

    @Test
    void keepsTheNewestTenBackups() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            for (int k = 0; k < 12; k++) {
                sf.backups().backupNow();
            }
            assertThat(sf.backups().list()).hasSize(10);
        }
    }

    @Test
    void restoreWithoutABackupSaysSo() {
        assertThatThrownBy(() -> Standfirst.restoreNewestBackup(dir)).isInstanceOf(StandfirstException.class)
                .hasMessage("There is no backup in " + dir.toAbsolutePath().normalize().resolve("backups") + " to restore");
    }
}
