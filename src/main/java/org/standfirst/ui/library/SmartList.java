package org.standfirst.ui.library;

/** The library's ready-made lists, in the order the sidebar shows them. */
public enum SmartList {
    MY_DRAFTS("My drafts", "fth-edit-3"),
    AWAITING_MY_REVIEW("Awaiting my review", "fth-eye"),
    APPROVED("Approved", "fth-check-circle"),
    PUBLISHED("Published", "fth-globe"),
    EMBARGOED("Embargoed", "fth-clock"),
    ALL("All", "fth-layers"),
    ARCHIVE("Archive", "fth-archive");

    private final String label;
    private final String icon;

    SmartList(String label, String icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }
}
