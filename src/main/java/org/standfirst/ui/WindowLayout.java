package org.standfirst.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs: size and place, split positions, theme, preview width
 * and the last open item. A small properties file in the workspace folder, written atomically,
 * read and written on the background lane only. A missing or damaged file means defaults.
 */
public final class WindowLayout {
    public static final String FILE = "window.properties";
    private static final Logger LOG = LoggerFactory.getLogger(WindowLayout.class);

    private final Properties p;

    private WindowLayout(Properties p) {
        this.p = p;
    }

    public static WindowLayout defaults() {
        return new WindowLayout(new Properties());
    }

    public static WindowLayout read(Path folder) {
        Path f = folder.resolve(FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring the window layout in {}: {}", f, e.getMessage());
                p.clear();
            }
        }
        return new WindowLayout(p);
    }

    public void write(Path folder) throws IOException {
        Path f = folder.resolve(FILE);
        Path tmp = folder.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Standfirst window layout");
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public WindowLayout copy() {
        Properties c = new Properties();
        c.putAll(p);
        return new WindowLayout(c);
    }

    public double number(String key, double fallback) {
        try {
            String v = p.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putNumber(String key, double value) {
        p.setProperty(key, Double.toString(value));
    }

    public String text(String key, String fallback) {
        return p.getProperty(key, fallback);
    }

    public void putText(String key, String value) {
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
    }

    public boolean flag(String key, boolean fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void putFlag(String key, boolean value) {
        p.setProperty(key, Boolean.toString(value));
    }
}
