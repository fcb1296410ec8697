package org.standfirst.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a bundle beside its destination and swaps it in. The new bundle is built in
 * {@code <out>.staging-<n>} on the same file system; only when it is complete is the old bundle
 * renamed aside to {@code <out>.previous-<n>}, the new one renamed in, and the old one deleted.
 * A failure at any step before the second rename leaves the previous bundle exactly where and
 * as it was; a failure of that rename puts the old one back.
 */
public final class StagingArea implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StagingArea.class);
    static final String MANIFEST = "manifest.json";

    private final Path out;
    private final Path staging;
    private boolean committed;

    private StagingArea(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Checks the destination and creates a fresh staging folder beside it.
     *
     * @throws ExportException when the destination is a file, a folder that is neither empty nor
     *                         a bundle (replacing it would delete someone's files), or not writable
     */
    public static StagingArea open(Path out) throws ExportException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new ExportException("Cannot export to the root of a file system: choose a folder inside it");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ExportException(target + " is a file, not a folder");
            }
            if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
                throw new ExportException(target + " is not empty and holds no Standfirst bundle; choose an empty or new folder");
            }
        }
        // A file where a folder on the way should be: say which, instead of the error's bare path.
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ExportException(existing + " is a file, not a folder: choose a folder for the bundle");
        }
        try {
            Files.createDirectories(parent);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExportException(existing + " does not take new folders: choose another folder", e);
        } catch (IOException e) {
            throw new ExportException("Cannot create " + parent + ": " + BundleFiles.reason(e), e);
        }
        for (int n = 1; n < 10_000; n++) {
            Path candidate = parent.resolve(target.getFileName() + ".staging-" + n);
            try {
                Files.createDirectory(candidate);
                return new StagingArea(target, candidate);
            } catch (FileAlreadyExistsException e) {
                // Another export (or one that crashed) holds this number: try the next.
            } catch (java.nio.file.NoSuchFileException e) {
                // The folder is there (it was just made or found), yet refuses a new one: a
                // system folder such as /proc. "Does not exist" would send the writer looking.
                throw new ExportException(parent + " does not take new folders: choose another folder", e);
            } catch (IOException e) {
                throw new ExportException("Cannot write to " + parent + ": " + BundleFiles.reason(e), e);
            }
        }
        throw new ExportException("Too many staging folders beside " + target + "; remove the old *.staging-* folders");
    }

    public Path folder() {
        return staging;
    }

    public Path destination() {
        return out;
    }

    /** Moves the finished staging folder into place. After this the old bundle is gone. */
    public void commit() throws ExportException {
        Path aside = null;
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                aside = freeSibling(".previous-");
                move(out, aside);
            }
            try {
                move(staging, out);
            } catch (IOException e) {
                if (aside != null) {
                    move(aside, out);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new ExportException("Could not move the new bundle into " + out + ": " + BundleFiles.reason(e), e);
        }
        committed = true;
        if (aside != null) {
            try {
                deleteTree(aside);
            } catch (IOException e) {
                // The new bundle is in place; a leftover copy of the old one is untidy, not wrong.
                LOG.warn("Could not delete the previous bundle at {}: {}", aside, e.getMessage());
            }
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                LOG.warn("Could not delete the staging folder {}: {}", staging, e.getMessage());
            }
        }
    }

    private Path freeSibling(String infix) throws IOException {
        for (int n = 1; n < 10_000; n++) {
            Path p = out.resolveSibling(out.getFileName() + infix + n);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        throw new IOException("too many " + infix + "* folders beside the bundle");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same parent folder, so this only happens on odd file systems; a plain rename is still one step.
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws ExportException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new ExportException("Cannot read " + dir + ": " + BundleFiles.reason(e), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
