package org.standfirst.workflow;

import java.util.List;

/**
 * One line of a side-by-side diff. The left holds the older line (SAME and REMOVED segments),
 * the right the newer (SAME and ADDED); a side is empty when the line exists on one side only.
 */
public record SideBySideRow(List<DiffSegment> left, List<DiffSegment> right, boolean changed) {
    public SideBySideRow {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public String leftText() {
        return join(left);
    }

    public String rightText() {
        return join(right);
    }

    private static String join(List<DiffSegment> segs) {
        StringBuilder sb = new StringBuilder();
        segs.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
