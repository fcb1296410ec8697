package org.standfirst.model;

import java.util.Locale;

/** Who an export is for; decides which items pass the gate and how pages are stamped. */
public enum Channel {
    /** Approved items whose embargo has passed. */
    PUBLIC,
    /** Approved items including embargoed ones, stamped "EMBARGOED UNTIL ...". */
    PRESS,
    /** Anything, every page watermarked DRAFT. */
    DRAFT;

    public static Channel parse(String text) {
        for (Channel c : values()) {
            if (c.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown channel '" + text + "': use public, press or draft");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
