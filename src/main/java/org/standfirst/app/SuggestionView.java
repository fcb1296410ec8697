package org.standfirst.app;

import org.standfirst.model.Suggestion;
import org.standfirst.workflow.Anchor;

/** A suggestion with its author's name and where its quote now is in the working copy. */
public record SuggestionView(Suggestion suggestion, String authorName, Anchor anchor) {
    public String id() {
        return suggestion.id();
    }
}
