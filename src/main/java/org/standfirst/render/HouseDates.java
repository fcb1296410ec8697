package org.standfirst.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the house style writes them for readers: "3 August 2025", in London time
 * (the institute's newsroom), with the zone named where a time is shown ("GMT" or "BST").
 * Machine-readable forms (datetime attributes, JSON-LD, Open Graph) use ISO-8601 in UTC.
 */
public final class HouseDates {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", Locale.UK);
    private static final DateTimeFormatter EMBARGO = DateTimeFormatter.ofPattern("HH:mm z 'on' EEEE d MMMM uuuu", Locale.UK);

    private HouseDates() {
    }

    /** "3 August 2025". */
    public static String date(Instant when) {
        return date(when, LONDON);
    }

    /** "3 August 2025" in the given zone (a site may publish from another newsroom's zone). */
    public static String date(Instant when, ZoneId zone) {
        return DATE.format(when.atZone(zone));
    }

    /** "3 August 2025, 14:05 BST". */
    public static String dateTime(Instant when) {
        return dateTime(when, LONDON);
    }

    public static String dateTime(Instant when, ZoneId zone) {
        return DATE_TIME.format(when.atZone(zone));
    }

    /** "00:01 GMT on Thursday 3 December 2026": the time an embargo lifts, as a press desk reads it. */
    public static String embargo(Instant when) {
        return EMBARGO.format(london(when));
    }

    /** The stamp a press-channel page carries: "EMBARGOED UNTIL 00:01 GMT ON THURSDAY 3 DECEMBER 2026". */
    public static String embargoStamp(Instant when) {
        return embargoStamp(when, LONDON);
    }

    /** The embargo stamp in the given zone; every page, PDF, feed and ninjs note uses this one form. */
    public static String embargoStamp(Instant when, ZoneId zone) {
        return "EMBARGOED UNTIL " + EMBARGO.format(when.atZone(zone)).toUpperCase(Locale.UK);
    }

    /** ISO-8601 in UTC to the second, for datetime attributes and metadata: "2025-08-03T13:05:00Z". */
    public static String iso(Instant when) {
        return when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static ZonedDateTime london(Instant when) {
        return when.atZone(LONDON);
    }
}
