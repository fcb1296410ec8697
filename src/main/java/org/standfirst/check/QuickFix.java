package org.standfirst.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standfirst.model.ItemContent;

/** Applies the quick fixes that findings offer ("60%" becomes "60 per cent"). */
public final class QuickFix {
    private QuickFix() {
    }

    /**
     * The content with one finding's replacement put in place of its text.
     *
     * @throws IllegalArgumentException the finding has no quick fix
     * @throws IllegalStateException    the text has changed since the check (check again, then fix)
     */
    public static ItemContent apply(ItemContent content, Finding f) {
        if (f.replacement() == null) {
            throw new IllegalArgumentException("The finding " + f.rule() + " has no quick fix");
        }
        String source = fieldText(content, f.field());
        if (f.end() > source.length() || !source.regionMatches(f.offset(), f.text(), 0, f.length())) {
            throw new IllegalStateException("The " + f.field() + " has changed since it was checked; check it again");
        }
        String fixed = source.substring(0, f.offset()) + f.replacement() + source.substring(f.end());
        return withField(content, f.field(), fixed);
    }

    /**
     * Every quick fix in the list, applied from the end of each field backwards so that earlier
     * offsets stay right; overlapping fixes after the first are skipped.
     */
    public static ItemContent applyAll(ItemContent content, List<Finding> findings) {
        List<Finding> fixes = new ArrayList<>(findings.stream().filter(Finding::hasQuickFix).toList());
        fixes.sort(Comparator.comparing(Finding::field).thenComparing(Comparator.comparingInt(Finding::offset).reversed()));
        ItemContent out = content;
        String field = null;
        int limit = Integer.MAX_VALUE;
        for (Finding f : fixes) {
            if (!f.field().equals(field)) {
                field = f.field();
                limit = Integer.MAX_VALUE;
            }
            if (f.end() <= limit) {
                out = apply(out, f);
                limit = f.offset();
            }
        }
        return out;
    }

    /** The source text of a field by its {@link Fields} name. */
    public static String fieldText(ItemContent c, String field) {
        return switch (field) {
            case Fields.HEADLINE -> c.headline();
            case Fields.STANDFIRST -> c.standfirst();
            case Fields.BODY -> c.body();
            case Fields.NOTES_TO_EDITORS -> c.notesToEditors();
            case Fields.HERO -> c.hero() == null ? "" : c.hero().altText();
            default -> throw new IllegalArgumentException("Unknown field '" + field + "'");
        };
    }

    private static ItemContent withField(ItemContent c, String field, String text) {
        return switch (field) {
            case Fields.HEADLINE -> c.withHeadline(text);
            case Fields.STANDFIRST -> c.withStandfirst(text);
            case Fields.BODY -> c.withBody(text);
            case Fields.NOTES_TO_EDITORS -> c.withNotesToEditors(text);
            default -> throw new IllegalArgumentException("The " + field + " has no quick fixes");
        };
    }
}
