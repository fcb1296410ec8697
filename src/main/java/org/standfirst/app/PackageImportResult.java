package org.standfirst.app;

import java.util.List;

/**
 * What importing a review package changed, and the plain-English notes a person must read:
 * decisions applied, decisions that apply to an older revision because the item changed since,
 * people added, forks left for the writer.
 */
public record PackageImportResult(List<String> itemIds, int revisionsAdded, int commentsAdded, int suggestionsAdded,
                                  int approvalsAdded, List<String> notes) {
    public PackageImportResult {
        itemIds = List.copyOf(itemIds);
        notes = List.copyOf(notes);
    }
}
