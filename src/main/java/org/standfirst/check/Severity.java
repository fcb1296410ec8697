package org.standfirst.check;

import java.util.Locale;

/** How much a finding matters. Public export refuses items with ERROR findings. */
public enum Severity {
    ERROR, WARNING, SUGGESTION;

    /** The lower-case name used in packs, the CLI and JSON: error, warning, suggestion. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + text + "': use error, warning or suggestion");
    }
}
