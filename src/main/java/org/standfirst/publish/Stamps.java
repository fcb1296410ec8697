package org.standfirst.publish;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in house style ("3 December 2026"), and the embargo stamp. */
public final class Stamps {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

    private Stamps() {
    }

    public static String date(Instant t, ZoneId zone) {
        return DATE.format(t.atZone(zone));
    }

    /** "3 December 2026, 00:01 GMT" (BST in summer, for Europe/London). */
    public static String dateTime(Instant t, ZoneId zone) {
        return DATE_TIME.format(t.atZone(zone));
    }

    /** "EMBARGOED UNTIL 3 December 2026, 00:01 GMT". */
    public static String embargo(Instant until, ZoneId zone) {
        return "EMBARGOED UNTIL " + dateTime(until, zone);
    }

    /** The ISO-8601 form used in machine-readable places (ninjs, JSON-LD, Atom): UTC, seconds. */
    public static String iso(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
