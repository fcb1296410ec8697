package org.standfirst.ui.editor;

/** What the status bar says about the working copy. */
public enum SaveState {
    SAVED("Saved"),
    UNSAVED("Edited"),
    SAVING("Saving…"),
    FAILED("Not saved");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
