package org.standfirst.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;
import org.standfirst.store.WorkspaceStore;

/** Reports and their ordered sections (items of kind REPORT_SECTION). */
public final class ReportService {
    private final WorkspaceStore store;
    private final ItemService items;
    private final Clock clock;

    ReportService(WorkspaceStore store, ItemService items, Clock clock) {
        this.store = store;
        this.items = items;
        this.clock = clock;
    }

    public Report create(String title, String slug, String summary, String topic) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Report r;
        try {
            r = new Report(UUID.randomUUID().toString(), title, slug, summary, topic, List.of(), now, now);
        } catch (IllegalArgumentException e) {
            throw new StandfirstException(e.getMessage(), e);
        }
        if (store.reports().findBySlug(slug).isPresent()) {
            throw new StandfirstException("There is already a report with the slug " + slug);
        }
        store.reports().insert(r);
        return r;
    }

    /** Changes title, slug, summary and topic; sections are changed with the section methods. */
    public Report update(Report r) {
        Report updated = new Report(r.id(), r.title(), r.slug(), r.summary(), r.topic(), r.sectionIds(), r.created(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.reports().update(updated);
        return get(r.id());
    }

    /** Every report, by title. */
    public List<Report> all() {
        return store.reports().all();
    }

    public Optional<Report> find(String id) {
        return store.reports().find(id);
    }

    public Report get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No report has the id " + id));
    }

    /** A report named by id, slug or title (ignoring case). */
    public Report resolve(String ref) {
        String r = ref == null ? "" : ref.strip();
        return find(r).or(() -> store.reports().findBySlug(r))
                .or(() -> all().stream().filter(x -> x.title().equalsIgnoreCase(r)).findFirst())
                .orElseThrow(() -> new NotFoundException("No report has the id, slug or title '" + r + "'"));
    }

    /** The report's sections in reading order. */
    public List<Item> sections(String reportId) {
        return store.items().sectionsOf(reportId);
    }

    /** Adds a new section at the end of the report, written by the given person. */
    public Item addSection(String reportId, ItemContent content, String writerId) {
        return store.transaction(() -> {
            Report r = get(reportId);
            Item item = items.create(content.withKind(ItemKind.REPORT_SECTION), writerId);
            store.items().setPlace(item.id(), r.id(), r.sectionIds().size());
            return items.get(item.id());
        });
    }

    /** Moves a section to a new place (from 0) and renumbers the others in order. */
    public List<Item> moveSection(String reportId, String itemId, int newPosition) {
        return store.transaction(() -> {
            List<String> ids = new ArrayList<>(get(reportId).sectionIds());
            if (!ids.remove(itemId)) {
                throw new NotFoundException("The item " + itemId + " is not a section of this report");
            }
            ids.add(Math.max(0, Math.min(newPosition, ids.size())), itemId);
            for (int k = 0; k < ids.size(); k++) {
                store.items().setPlace(ids.get(k), reportId, k);
            }
            return sections(reportId);
        });
    }

    /** Places an existing item in a report at a position (used by import and seeding). */
    void place(String itemId, String reportId, int position) {
        store.items().setPlace(itemId, reportId, position);
    }
}
