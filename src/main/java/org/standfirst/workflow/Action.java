package org.standfirst.workflow;

import java.util.Locale;

/** What a person can do to an item in review. The key is what the audit log records. */
public enum Action {
    SUBMIT("submit", "submit"),
    WITHDRAW("withdraw", "withdraw"),
    APPROVE("approve", "approve"),
    REQUEST_CHANGES("request-changes", "request changes to"),
    EDIT("edit", "edit"),
    PUBLISH("publish", "publish"),
    ARCHIVE("archive", "archive"),
    RESTORE("restore", "restore"),
    COMMENT("comment", "comment on"),
    SUGGEST("suggest", "suggest changes to");

    private final String key;
    private final String verb;

    Action(String key, String verb) {
        this.key = key;
        this.verb = verb;
    }

    /** The stable name written to the audit log and package files, such as "request-changes". */
    public String key() {
        return key;
    }

    /** How a refusal names the action: "Cannot request changes to ...". */
    public String verb() {
        return verb;
    }

    /** Accepts request-changes, REQUEST_CHANGES, "request changes" and the like. */
    public static Action parse(String text) {
        String norm = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Action a : values()) {
            if (a.name().equals(norm)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown review action '" + text
                + "': use submit, withdraw, approve, request-changes, edit, publish, archive, restore, comment or suggest");
    }
}
