package org.standfirst.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's JVM options: one list, read by the launcher script and the bench, that a JVM accepts. */
class DesktopJvmTest {
    @TempDir
    Path dir;

    @Test
    void theOptionsAreAcceptedByThisJvm() throws IOException, InterruptedException {
        List<String> options = DesktopJvm.options();
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").noneMatch(o -> o.contains("#"));
        List<String> cmd = new ArrayList<>();
        cmd.add(DesktopJvm.javaBinary().toString());
        cmd.addAll(options);
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
    }

    @Test
    void theLauncherScriptReadsTheSameList() throws IOException {
        String script = Files.readString(Path.of("standfirst"));
        assertThat(script).contains("src/main/resources" + DesktopJvm.OPTIONS)
                .contains("target/standfirst.jsa");
        assertThat(DesktopJvm.archiveFor(Path.of("target", "standfirst.jar"))).isEqualTo(Path.of("target", "standfirst.jsa"));
    }

    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertThat(DesktopJvm.parse("# why\n-Xa   # the first\n\n  -Xb -Xc\n#-Xd\n")).containsExactly("-Xa", "-Xb", "-Xc");
    }

    @Test
    void environmentLinesSetVariablesAndAreNotOptions() {
        String listed = "-Xa\nGDK_GL=disable   # why\n# NOT_THIS=1\n-Dx=y\n";
        assertThat(DesktopJvm.parse(listed)).containsExactly("-Xa", "-Dx=y");
        assertThat(DesktopJvm.parseEnvironment(listed)).containsExactly(Map.entry("GDK_GL", "disable"));
    }

    @Test
    void gtkIsToldNotToLoadOpenGl() {
        assertThat(DesktopJvm.environment()).containsEntry("GDK_GL", "disable");
        assertThat(DesktopJvm.options()).noneMatch(o -> o.startsWith("GDK_GL"));
    }

    @Test
    void anArchiveIsUsedOnlyWhenNewerThanTheJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("standfirst.jar"), "jar");
        Path archive = DesktopJvm.archiveFor(jar);
        assertThat(DesktopJvm.fresh(archive, jar)).as("missing").isFalse();
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(DesktopJvm.fresh(archive, jar)).isTrue();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(DesktopJvm.fresh(archive, jar)).as("the jar was rebuilt after it").isFalse();
    }
}
