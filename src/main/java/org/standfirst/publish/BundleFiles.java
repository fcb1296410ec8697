package org.standfirst.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.standfirst.model.Asset;
import org.standfirst.model.Hashing;

/**
 * The files of a bundle being written into its staging folder. Every write is hashed as it goes
 * so the manifest needs no second read; a path can be written once only, which catches two
 * exporters (or two items with one slug) claiming the same file.
 */
public final class BundleFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private final Path root;
    private final boolean dryRun;
    private final Map<String, BundleFile> files = new TreeMap<>();
    private final java.util.Set<Path> folders = new java.util.HashSet<>();

    BundleFiles(Path root) {
        this(root, false);
    }

    /** @param dryRun hash and list files but write nothing (a preview of one document) */
    BundleFiles(Path root, boolean dryRun) {
        this.root = root;
        this.dryRun = dryRun;
    }

    /** The staging folder itself: renderers that load files by URL (the PDF's images) resolve against it. */
    public Path root() {
        return root;
    }

    public void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) throws IOException {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("Not a bundle path: " + path);
        }
        if (files.containsKey(path)) {
            throw new IllegalStateException("Two files were written to " + path);
        }
        Path target = root.resolve(path);
        if (dryRun) {
            files.put(path, new BundleFile(path, bytes.length, Hashing.sha256(bytes)));
            return;
        }
        try {
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new IOException("Could not write " + path + ": " + reason(e), e);
        }
        files.put(path, new BundleFile(path, bytes.length, Hashing.sha256(bytes)));
    }

    /** Writes an image once, by its hash, and returns its path in the bundle ("assets/&lt;sha&gt;.png"). */
    public String writeAsset(Asset asset, PublishSource source) throws IOException {
        String path = "assets/" + asset.id() + "." + asset.extension();
        if (!files.containsKey(path)) {
            if (dryRun) {
                files.put(path, new BundleFile(path, asset.size(), asset.id()));
                return path;
            }
            byte[] bytes = source.assetBytes(asset.id());
            if (!Hashing.sha256(bytes).equals(asset.id())) {
                throw new IOException("The stored image " + asset.id() + " does not match its checksum");
            }
            write(path, bytes);
        }
        return path;
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** Every file written, sorted by path. */
    public List<BundleFile> list() {
        return new ArrayList<>(files.values());
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "folder does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
