package org.standfirst.check;

import java.util.List;

/** Names of the item fields that checks read, as they appear in {@link Finding#field()}. */
public final class Fields {
    public static final String HEADLINE = "headline";
    public static final String STANDFIRST = "standfirst";
    public static final String BODY = "body";
    /** The hero image's alt text. */
    public static final String HERO = "hero";
    public static final String NOTES_TO_EDITORS = "notesToEditors";

    /** Prose fields in reading order. */
    public static final List<String> PROSE = List.of(HEADLINE, STANDFIRST, BODY, NOTES_TO_EDITORS);

    private Fields() {
    }

    /** The field as a person calls it: "Headline", "Body", "Image alt text"… */
    public static String label(String field) {
        return switch (field == null ? "" : field) {
            case HEADLINE -> "Headline";
            case STANDFIRST -> "Standfirst";
            case BODY -> "Body";
            case HERO -> "Image alt text";
            case NOTES_TO_EDITORS -> "Notes to editors";
            default -> field;
        };
    }

    /**
     * One line for a finding when it is listed away from the editor (before a submission): where it
     * is, the words, and why. For example: {@code Body, line 3: “60%”: Write "per cent" in running text.}
     */
    public static String describe(Finding f) {
        String words = f.text().isBlank() ? "" : " “" + shorten(f.text().strip(), 60) + "”";
        return label(f.field()) + ", line " + f.line() + ":" + words + (words.isEmpty() ? " " : ": ") + f.message();
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
