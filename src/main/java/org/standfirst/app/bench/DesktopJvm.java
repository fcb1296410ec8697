package org.standfirst.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the desktop app's JVM is started, as the {@code standfirst} launcher script starts it: the
 * options and environment variables in the {@code desktop-jvm.options} resource (the one list, read by the script from the
 * sources and by the bench from the jar) and the class-data archive beside the jar
 * ({@code target/standfirst.jsa}), used when it is newer than both the jar and the JVM.
 */
final class DesktopJvm {
    static final String OPTIONS = "/desktop-jvm.options";
    /** A line that sets an environment variable: the same pattern the launcher script greps for. */
    private static final Pattern ENVIRONMENT = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S*)");

    private DesktopJvm() {
    }

    /** The JVM options, comments removed. */
    static List<String> options() {
        return parse(listed());
    }

    /** The environment variables the launcher sets for the desktop JVM (the NAME=value lines). */
    static Map<String, String> environment() {
        return parseEnvironment(listed());
    }

    private static String listed() {
        try (InputStream in = DesktopJvm.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : lines(text)) {
            if (!ENVIRONMENT.matcher(line).matches()) {
                out.addAll(Arrays.asList(line.split("\\s+")));
            }
        }
        return out;
    }

    static Map<String, String> parseEnvironment(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(text)) {
            Matcher m = ENVIRONMENT.matcher(line);
            if (m.matches()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** The list's lines with comments and surrounding blanks removed, empty ones left out. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String kept = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out;
    }

    /** The jar this JVM runs from, when it runs from one jar (not in the tests' class folders). */
    static Optional<Path> jar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(cp).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** Where the launcher keeps the class-data archive for a jar: beside it, as NAME.jsa. */
    static Path archiveFor(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** The java binary of this JVM. */
    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** True when the archive exists and is newer than the jar and the JVM (the launcher's rule). */
    static boolean fresh(Path archive, Path jar) {
        try {
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return false;
            }
            var made = Files.getLastModifiedTime(archive);
            return made.compareTo(Files.getLastModifiedTime(jar)) > 0
                    && made.compareTo(Files.getLastModifiedTime(javaBinary().toRealPath())) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
