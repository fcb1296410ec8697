package org.standfirst.workflow;

/**
 * Where a comment or suggestion sits in a text after re-anchoring.
 *
 * @param status how it was found; ORPHANED means the quote is gone and start/end are meaningless
 */
public record Anchor(Status status, int start, int end) {
    public enum Status {
        /** The quote is exactly where it was. */
        UNCHANGED,
        /** The quote was found word for word somewhere else (nearest to where it was). */
        MOVED,
        /** Text close to the quote was found; it was edited a little. */
        FUZZY,
        /** The quote is no longer in the text. */
        ORPHANED
    }

    public boolean found() {
        return status != Status.ORPHANED;
    }

    /** One plain line for the UI and the command line. */
    public String describe() {
        return switch (status) {
            case UNCHANGED -> "in place";
            case MOVED -> "moved with its text";
            case FUZZY -> "the quoted text has been edited since";
            case ORPHANED -> "the quoted text is no longer in this revision";
        };
    }

    static Anchor orphaned() {
        return new Anchor(Status.ORPHANED, 0, 0);
    }
}
