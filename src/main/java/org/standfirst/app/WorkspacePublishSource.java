package org.standfirst.app;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.Item;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.publish.PublishSource;
import org.standfirst.store.WorkspaceStore;

/**
 * The workspace as the export pipeline reads it. Times come from what was recorded (the
 * embargo, the approval, the head revision), never from the clock, so exporting an unchanged
 * workspace twice gives the same pages. One instance serves one export: it caches as it reads.
 */
final class WorkspacePublishSource implements PublishSource {
    private final WorkspaceStore store;
    private final ItemService items;
    private final ReportService reports;
    private final AssetService assets;
    private final PeopleService people;
    private final Map<String, String> names = new HashMap<>();
    // Content as being edited, in place of what is stored (the preview pane's ninjs view).
    private final Map<String, org.standfirst.model.ItemContent> editing = new HashMap<>();
    private Map<String, Asset> byFileName;

    WorkspacePublishSource(WorkspaceStore store, ItemService items, ReportService reports, AssetService assets,
                           PeopleService people) {
        this.store = store;
        this.items = items;
        this.reports = reports;
        this.assets = assets;
        this.people = people;
    }

    /** This source with one item's content as being edited instead of as stored. */
    WorkspacePublishSource editing(String itemId, org.standfirst.model.ItemContent content) {
        editing.put(itemId, content);
        return this;
    }

    @Override
    public List<Item> items() {
        List<Item> all = items.list(ItemQuery.all());
        if (editing.isEmpty()) {
            return all;
        }
        return all.stream().map(i -> editing.containsKey(i.id()) ? i.withContent(editing.get(i.id()), i.updated()) : i).toList();
    }

    @Override
    public List<Report> reports() {
        return reports.all();
    }

    @Override
    public Optional<Asset> asset(String assetId) {
        return assets.find(assetId);
    }

    @Override
    public synchronized Optional<Asset> assetByFileName(String fileName) {
        if (byFileName == null) {
            byFileName = new HashMap<>();
            // Oldest first wins, so a name means the same image however many times it was imported.
            assets.all().stream().sorted(java.util.Comparator.comparing(Asset::created).thenComparing(Asset::id))
                    .forEach(a -> byFileName.putIfAbsent(a.fileName(), a));
        }
        return Optional.ofNullable(byFileName.get(fileName));
    }

    @Override
    public byte[] assetBytes(String assetId) throws IOException {
        try {
            return assets.bytes(assetId);
        } catch (RuntimeException e) {
            throw new IOException("The image " + assetId + " cannot be read from the workspace: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized String personName(String personId) {
        return names.computeIfAbsent(personId == null ? "" : personId, people::nameOf);
    }

    /** The head revision's time: what the content last changed at, whatever the workflow did since. */
    @Override
    public Instant modifiedAt(Item item) {
        if (item.headRevisionId() != null) {
            Optional<Revision> head = store.revisions().find(item.headRevisionId());
            if (head.isPresent()) {
                return head.get().created();
            }
        }
        return item.updated();
    }

    /** The embargo's end if any, else the first approval of the head revision, else the head revision's time. */
    @Override
    public Instant publishedAt(Item item) {
        if (item.content().embargo() != null) {
            return item.content().embargo();
        }
        if (item.headRevisionId() != null) {
            Optional<Instant> approved = store.approvals().forRevision(item.headRevisionId()).stream()
                    .map(Approval::at).min(Instant::compareTo);
            if (approved.isPresent()) {
                return approved.get();
            }
            Optional<Revision> head = store.revisions().find(item.headRevisionId());
            if (head.isPresent()) {
                return head.get().created();
            }
        }
        return item.updated();
    }
}
