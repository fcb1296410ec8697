package org.standfirst.app;

import org.standfirst.model.ItemContent;
import org.standfirst.model.WorkflowState;

/** Files read and checked, ready to be written in one transaction. */
final class ImportDrafts {
    private ImportDrafts() {
    }

    /** A report to create. */
    record ReportDraft(ImportSource source, String title, String slug, String summary, String topic) {
    }

    /**
     * An item to create.
     *
     * @param heroBytes    the hero image's bytes (content.hero() names their SHA-256), or null
     * @param state        the state to set (sample content only), or null for draft
     * @param reportSlug   the report a section belongs to, or null
     * @param position     the section's place from 1, or 0 for "at the end"
     */
    record ItemDraft(ImportSource source, ItemContent content, String writerId, WorkflowState state,
                     byte[] heroBytes, String heroFileName, String reportSlug, int position) {
    }
}
