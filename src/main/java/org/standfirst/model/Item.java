package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit of editorial work as it stands now: its working content (which may be ahead of the
 * head revision while a writer types), its state and its place in a report if it is a section.
 *
 * @param headRevisionId the latest checkpoint, or null before the first one
 * @param reportId       the report this section belongs to, or null
 * @param position       the section's place in its report, from 0; 0 for other items
 */
public record Item(String id, ItemContent content, String writerId, WorkflowState state,
                   String headRevisionId, String reportId, int position, Instant created, Instant updated) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public ItemKind kind() {
        return content.kind();
    }

    public String headline() {
        return content.headline();
    }

    public boolean isEmbargoedAt(Instant now) {
        return content.embargo() != null && content.embargo().isAfter(now);
    }

    public Item withContent(ItemContent c, Instant when) {
        return new Item(id, c, writerId, state, headRevisionId, reportId, position, created, when);
    }

    public Item withState(WorkflowState s, Instant when) {
        return new Item(id, content, writerId, s, headRevisionId, reportId, position, created, when);
    }
}
