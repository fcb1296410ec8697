package org.standfirst.workflow;

import java.util.List;

/** Two revisions compared field by field; only fields that differ are listed. */
public record RevisionDiff(String fromRevisionId, String toRevisionId, List<FieldDiff> fields) {
    public RevisionDiff {
        fields = List.copyOf(fields);
    }

    public boolean identical() {
        return fields.isEmpty();
    }
}
