package org.standfirst.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A long piece written section by section. Sections are items of kind REPORT_SECTION, listed
 * here in reading order; a report publishes only when every section is approved.
 */
public record Report(String id, String title, String slug, String summary, String topic,
                     List<String> sectionIds, Instant created, Instant updated) {
    public static final int TITLE_MAX = 160;

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A report needs a title");
        }
        if (title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A report title can be at most " + TITLE_MAX + " characters");
        }
        String p = Slug.problem(slug);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        summary = Text.orEmpty(summary);
        topic = Text.orEmpty(topic);
        sectionIds = List.copyOf(sectionIds == null ? List.of() : sectionIds);
    }
}
