package org.standfirst.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.model.Asset;
import org.standfirst.model.Item;
import org.standfirst.model.Report;
import org.standfirst.model.WorkflowState;
import org.standfirst.store.WorkspaceStore;

/**
 * Imports Markdown files with front matter (docs/markdown-format.md) and ninjs JSON documents.
 * Every file is read and checked before anything is written; then all of them are written in
 * one transaction, so a bad file means nothing from the batch lands.
 */
public final class ImportService {
    /** Descriptions for images by file name, used when seeding (images.json). */
    record ImageText(String alt, String caption, String credit, String licence) {
    }

    private final WorkspaceStore store;
    private final ItemService items;
    private final ReportService reports;
    private final PeopleService people;
    private final AssetService assets;
    private final Clock clock;
    private final SampleStates sampleStates;

    /** Brings a sample item to the state its file names (sample content only). */
    @FunctionalInterface
    interface SampleStates {
        void reach(String itemId, WorkflowState state);
    }

    ImportService(WorkspaceStore store, ItemService items, ReportService reports, PeopleService people,
                  AssetService assets, Clock clock, SampleStates sampleStates) {
        this.store = store;
        this.items = items;
        this.reports = reports;
        this.people = people;
        this.assets = assets;
        this.clock = clock;
        this.sampleStates = sampleStates;
    }

    /**
     * Imports the files as drafts.
     *
     * @param writerId the writer for items whose file names none (null: no writer)
     * @throws ImportException naming the first bad file, where in it, and why; nothing is written
     */
    public ImportResult importFiles(List<Path> files, String writerId) {
        if (files.isEmpty()) {
            throw new StandfirstException("Name at least one file to import");
        }
        List<ImportSource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(ImportSource.ofFile(f));
        }
        return importSources(sources, writerId, false, Map.of());
    }

    ImportResult importSources(List<ImportSource> sources, String writerId, boolean sample, Map<String, ImageText> imageText) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MarkdownImport md = new MarkdownImport(sample, name -> people.findByName(name).orElse(null), now);
        List<Object> drafts = new ArrayList<>();
        Map<String, ImportDrafts.ReportDraft> newReports = new LinkedHashMap<>();
        for (ImportSource src : sources) {
            Object d = src.isJson() ? NinjsImport.read(src, writerId, now) : md.read(src, writerId);
            if (d instanceof ImportDrafts.ReportDraft r) {
                if (newReports.containsKey(r.slug()) || store.reports().findBySlug(r.slug()).isPresent()) {
                    throw new ImportException(src.name(), "field slug", "there is already a report with the slug " + r.slug());
                }
                newReports.put(r.slug(), r);
            }
            drafts.add(d);
        }
        for (Object d : drafts) {
            if (d instanceof ImportDrafts.ItemDraft i && i.reportSlug() != null && !newReports.containsKey(i.reportSlug())
                    && store.reports().findBySlug(i.reportSlug()).isEmpty()) {
                throw new ImportException(i.source().name(), "field report", "there is no report with the slug "
                        + i.reportSlug() + " (import its report file first or in the same command)");
            }
        }
        return store.transaction(() -> write(drafts, imageText));
    }

    private ImportResult write(List<Object> drafts, Map<String, ImageText> imageText) {
        List<Report> madeReports = new ArrayList<>();
        List<Item> madeItems = new ArrayList<>();
        Map<String, Integer> nextPosition = new HashMap<>();
        for (Object d : drafts) {
            if (d instanceof ImportDrafts.ReportDraft r) {
                madeReports.add(reports.create(r.title(), r.slug(), r.summary(), r.topic()));
            }
        }
        for (Object d : drafts) {
            if (!(d instanceof ImportDrafts.ItemDraft i)) {
                continue;
            }
            if (i.heroBytes() != null) {
                ImageText t = imageText.getOrDefault(i.heroFileName(), new ImageText(i.content().hero().altText(),
                        i.content().hero().caption(), i.content().hero().credit(), ""));
                Asset a = assets.add(i.heroBytes(), i.heroFileName(), t.alt(), t.caption(), t.credit(), t.licence());
                if (!a.id().equals(i.content().hero().assetId())) {
                    throw new IllegalStateException("Asset id mismatch for " + i.heroFileName());
                }
            }
            Item item = items.create(items.withUniqueSlug(i.content(), null), i.writerId());
            if (i.reportSlug() != null) {
                Report r = store.reports().findBySlug(i.reportSlug()).orElseThrow();
                int position = i.position() > 0 ? i.position() - 1
                        : nextPosition.getOrDefault(r.id(), r.sectionIds().size());
                reports.place(item.id(), r.id(), position);
                nextPosition.put(r.id(), Math.max(position + 1, nextPosition.getOrDefault(r.id(), 0)));
            }
            items.checkpoint(item.id(), i.writerId(), "Imported from " + i.source().name().getFileName());
            if (i.state() != null && i.state() != WorkflowState.DRAFT) {
                // Through real transitions, so sample approvals are signed and verify.
                sampleStates.reach(item.id(), i.state());
            }
            madeItems.add(items.get(item.id()));
        }
        List<Report> finalReports = madeReports.stream().map(r -> reports.get(r.id())).toList();
        return new ImportResult(finalReports, madeItems);
    }
}
