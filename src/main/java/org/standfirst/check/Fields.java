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
}
