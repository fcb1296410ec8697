package org.standfirst.model;

/** What a person may do in the workflow. */
public enum Role {
    WRITER, REVIEWER, EDITOR;

    /** Reviewers and editors may approve or request changes; writers may not. */
    public boolean canReview() {
        return this != WRITER;
    }

    /** Parses a role name case-insensitively, with a message that lists the choices. */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + text + "': use writer, reviewer or editor");
    }
}
