package org.standfirst.model;

import java.util.Locale;

/** Where an item stands in review. See DESIGN.md section 3. */
public enum WorkflowState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    WorkflowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts IN_REVIEW, in-review, "in review" and the like. */
    public static WorkflowState parse(String text) {
        String norm = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (WorkflowState s : values()) {
            if (s.name().equals(norm)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown state '" + text
                + "': use draft, in-review, changes-requested, approved, published or archived");
    }
}
