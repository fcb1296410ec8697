package org.standfirst.model;

/** A front matter block that cannot be read: the line (from 1) and the reason. */
public final class FrontMatterException extends Exception {
    private final int line;
    private final String reason;

    public FrontMatterException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
