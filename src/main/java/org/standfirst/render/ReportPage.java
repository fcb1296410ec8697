package org.standfirst.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.standfirst.model.ItemContent;
import org.standfirst.model.Report;

/**
 * What a report page shows: the report, its sections in reading order with their writers' names.
 *
 * @param published the date shown on the report
 */
public record ReportPage(Report report, List<Section> sections, Instant published) {
    public ReportPage {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(published, "published");
        sections = List.copyOf(sections);
    }

    /** One section: its content (kind REPORT_SECTION) and its writer's name. */
    public record Section(ItemContent content, String writerName) {
        public Section {
            Objects.requireNonNull(content, "content");
            writerName = writerName == null ? "" : writerName.strip();
        }

        public String byline() {
            return content.byline().isBlank() ? writerName : content.byline().strip();
        }
    }

    /** Where the page lives in an export bundle: "reports/&lt;slug&gt;.html". */
    public String path() {
        return "reports/" + report.slug() + ".html";
    }
}
