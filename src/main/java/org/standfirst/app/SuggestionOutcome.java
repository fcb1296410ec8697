package org.standfirst.app;

import java.util.List;
import org.standfirst.model.Revision;
import org.standfirst.model.Suggestion;

/**
 * What accepting or rejecting suggestions did: those decided, those left open with the reason
 * (the text they change has gone or was edited since), and the revision made, if any.
 */
public record SuggestionOutcome(List<Suggestion> decided, List<String> skipped, Revision revision) {
    public SuggestionOutcome {
        decided = List.copyOf(decided);
        skipped = List.copyOf(skipped);
    }
}
