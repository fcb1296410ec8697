package org.standfirst.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in house style: "3 August 2025". Flags "August 3, 2025", "3rd August", "Aug 3",
 * "03/08/2025" (read day first, the British way) and "2025-08-03", each with the house form
 * as a quick fix.
 */
public final class DateStyleRule extends Rule {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String DAY = "([0-3]?\\d)(st|nd|rd|th)?";
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    /** August 3, 2025 / August 3rd 2025 / Aug 3. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?=[JFMASOND])" + B + MONTH + "\\s+" + DAY + E + "(?:,?\\s+(\\d{4})" + E + ")?");
    /** 3rd August (2025) / 3 Aug 2025 / 3 August, 2025. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)" + B + DAY + "\\s+" + MONTH + E + "(?:(,?)\\s+(\\d{4})" + E + ")?");
    private static final Pattern NUMERIC = Pattern.compile("(?=\\d)" + B + "([0-3]?\\d)([/.])([01]?\\d)\\2(\\d{4}|\\d{2})" + E);
    private static final Pattern ISO = Pattern.compile("(?=\\d)" + B + "(\\d{4})-([01]\\d)-([0-3]\\d)" + E + "(?!T\\d)");

    public DateStyleRule(String id, Severity severity, String message, Set<String> fields) {
        super(id, severity, message, fields);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            String p = f.prose();
            Matcher m = MONTH_DAY.matcher(p);
            while (m.find()) {
                Month month = month(m.group(1));
                int day = Integer.parseInt(m.group(2));
                if (month != null && day >= 1 && day <= 31) {
                    String fix = day + " " + name(month) + (m.group(4) != null ? " " + m.group(4) : "");
                    sink.add(this, f, m.start(), m.end(), message(), fix);
                }
            }
            m = DAY_MONTH.matcher(p);
            while (m.find()) {
                Month month = month(m.group(3));
                int day = Integer.parseInt(m.group(1));
                boolean suffix = m.group(2) != null;
                boolean shortMonth = !m.group(3).replace(".", "").equals(name(month));
                boolean comma = m.group(5) != null && !m.group(4).isEmpty();
                boolean zero = m.group(1).length() == 2 && m.group(1).startsWith("0");
                if (month != null && day >= 1 && day <= 31 && (suffix || shortMonth || comma || zero)) {
                    String fix = day + " " + name(month) + (m.group(5) != null ? " " + m.group(5) : "");
                    sink.add(this, f, m.start(), m.end(), message(), fix);
                }
            }
            m = NUMERIC.matcher(p);
            while (m.find()) {
                String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
                LocalDate d = date(year, m.group(3), m.group(1));
                if (d == null) {
                    // 08/31/2025 cannot be day first: read it the American way.
                    d = date(year, m.group(1), m.group(3));
                }
                if (d != null) {
                    sink.add(this, f, m.start(), m.end(), message(), format(d));
                }
            }
            m = ISO.matcher(p);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    sink.add(this, f, m.start(), m.end(), message(), format(d));
                }
            }
        }
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String format(LocalDate d) {
        return d.getDayOfMonth() + " " + name(d.getMonth()) + " " + d.getYear();
    }

    private static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static Month month(String text) {
        String t = text.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.equals(t) || (t.length() >= 3 && full.startsWith(t))) {
                return m;
            }
        }
        return null;
    }
}
