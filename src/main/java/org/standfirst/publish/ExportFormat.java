package org.standfirst.publish;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** One output class of the bundle. Each is written by one {@link Exporter}. */
public enum ExportFormat {
    /** items/&lt;slug&gt;.ninjs.json: IPTC ninjs. */
    NINJS,
    /** items/&lt;slug&gt;.html and reports/&lt;slug&gt;.html: article and report pages. */
    HTML,
    /** reports/&lt;slug&gt;.pdf. */
    PDF,
    /** index.html, topics/, feed.xml, sitemap.xml. */
    SITE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String text) {
        String t = text == null ? "" : text.trim();
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + text + "': use ninjs, html, pdf or site");
    }

    /** Parses "ninjs,html" into a set; blank means every format. */
    public static Set<ExportFormat> parseList(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.allOf(ExportFormat.class);
        }
        Set<ExportFormat> out = EnumSet.noneOf(ExportFormat.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return out;
    }
}
