package org.standfirst.publish;

import java.time.Instant;
import java.util.List;
import org.standfirst.model.Report;

/** A report whose every section passed the gate, with its sections in reading order. */
public record PreparedReport(Report report, List<PreparedItem> sections) {
    public PreparedReport {
        sections = List.copyOf(sections);
    }

    public String slug() {
        return report.slug();
    }

    /** The latest change among the report and its sections: the report's "modified" time. */
    public Instant modified() {
        Instant t = report.updated();
        for (PreparedItem s : sections) {
            if (s.modified().isAfter(t)) {
                t = s.modified();
            }
        }
        return t;
    }

    /** The latest of its sections' publication times. */
    public Instant published() {
        Instant t = report.created();
        for (PreparedItem s : sections) {
            if (s.published().isAfter(t)) {
                t = s.published();
            }
        }
        return t;
    }

    public boolean embargoed() {
        return sections.stream().anyMatch(PreparedItem::embargoed);
    }

    /** The latest embargo among its sections, or null. */
    public Instant embargo() {
        Instant t = null;
        for (PreparedItem s : sections) {
            Instant e = s.content().embargo();
            if (e != null && (t == null || e.isAfter(t))) {
                t = e;
            }
        }
        return t;
    }

    public int wordCount() {
        return sections.stream().mapToInt(s -> org.standfirst.model.Text.wordCount(s.content().body())).sum();
    }
}
