package org.standfirst.workflow;

import java.util.List;

/**
 * The differences in one field between two revisions, in both shapes the history view shows:
 * inline (one stream of segments) and side by side (rows of lines).
 *
 * @param field the field's key, such as "body"; label is how it is shown, such as "Body"
 */
public record FieldDiff(String field, String label, List<DiffSegment> inline, List<SideBySideRow> sideBySide) {
    public FieldDiff {
        inline = List.copyOf(inline);
        sideBySide = List.copyOf(sideBySide);
    }

    public boolean changed() {
        return inline.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }
}
