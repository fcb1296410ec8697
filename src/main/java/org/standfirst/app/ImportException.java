package org.standfirst.app;

import java.nio.file.Path;

/**
 * A file that cannot be imported: names the file, where in it (a line number or a field name)
 * and why. Nothing from any file of the same import has been written.
 */
public final class ImportException extends StandfirstException {
    private final Path file;
    private final String where;
    private final String reason;

    public ImportException(Path file, String where, String reason) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + reason);
        this.file = file;
        this.where = where;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** "line 4", "field headline", or empty when the whole file is at fault. */
    public String where() {
        return where == null ? "" : where;
    }

    public String reason() {
        return reason;
    }
}
