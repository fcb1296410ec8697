package org.standfirst.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Field limits checked at the edge (when a person saves or a file is imported), not when stored
 * content is read back: an embargo that has since passed is history, not an error.
 */
public final class ItemRules {
    public static final int HEADLINE_MAX = 120;
    public static final int STANDFIRST_MAX = 400;
    public static final int BYLINE_MAX = 120;
    public static final int TOPIC_MAX = 60;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 20;
    public static final int ALT_TEXT_MAX = 250;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private ItemRules() {
    }

    /**
     * Problems with content a person is about to save.
     *
     * @param previousEmbargo the embargo already stored, or null; an unchanged past embargo is not re-checked
     */
    public static List<FieldProblem> check(ItemContent c, Instant previousEmbargo, Instant now) {
        List<FieldProblem> out = new ArrayList<>();
        if (c.headline().isBlank()) {
            out.add(new FieldProblem("headline", "A headline is required"));
        } else if (c.headline().length() > HEADLINE_MAX) {
            out.add(new FieldProblem("headline", "The headline is " + c.headline().length()
                    + " characters; the limit is " + HEADLINE_MAX));
        }
        if (c.standfirst().length() > STANDFIRST_MAX) {
            out.add(new FieldProblem("standfirst", "The standfirst is " + c.standfirst().length()
                    + " characters; the limit is " + STANDFIRST_MAX));
        }
        if (c.byline().length() > BYLINE_MAX) {
            out.add(new FieldProblem("byline", "The byline can be at most " + BYLINE_MAX + " characters"));
        }
        if (c.topic().length() > TOPIC_MAX) {
            out.add(new FieldProblem("topic", "The topic can be at most " + TOPIC_MAX + " characters"));
        }
        if (c.tags().size() > TAGS_MAX) {
            out.add(new FieldProblem("tags", "At most " + TAGS_MAX + " tags"));
        }
        for (String t : c.tags()) {
            if (t.length() > TAG_MAX) {
                out.add(new FieldProblem("tags", "The tag '" + t + "' is longer than " + TAG_MAX + " characters"));
            }
        }
        if (!c.slug().isEmpty()) {
            String p = Slug.problem(c.slug());
            if (p != null) {
                out.add(new FieldProblem("slug", p));
            }
        }
        if (c.embargo() != null && !c.embargo().equals(previousEmbargo) && !c.embargo().isAfter(now)) {
            out.add(new FieldProblem("embargo", "The embargo must be in the future"));
        }
        if (c.hero() != null && c.hero().altText().length() > ALT_TEXT_MAX) {
            out.add(new FieldProblem("hero", "Alt text can be at most " + ALT_TEXT_MAX + " characters"));
        }
        if (!LANGUAGE.matcher(c.language()).matches()) {
            out.add(new FieldProblem("language", "'" + c.language() + "' is not a language tag such as en-GB"));
        }
        return out;
    }
}
