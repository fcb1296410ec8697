package org.standfirst.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import org.standfirst.check.Finding;
import org.standfirst.model.Channel;
import org.standfirst.model.ItemContent;
import org.standfirst.model.Publication;
import org.standfirst.publish.ApprovalGate;
import org.standfirst.publish.ExportException;
import org.standfirst.publish.ExportFormat;
import org.standfirst.publish.ExportListener;
import org.standfirst.publish.ExportPlan;
import org.standfirst.publish.ExportRequest;
import org.standfirst.publish.ExportResult;
import org.standfirst.publish.NinjsVersion;
import org.standfirst.publish.PreparedItem;
import org.standfirst.publish.PreparedReport;
import org.standfirst.publish.PublishPipeline;
import org.standfirst.publish.SiteSettings;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageRenderer;
import org.standfirst.store.WorkspaceStore;

/**
 * Exports the workspace in the publishing format (DESIGN.md section 5) and records each
 * publication. The gate is the workflow's: an item goes out on the public and press channels only
 * with a valid signed approval of its latest revision.
 *
 * <p>For the export dialog: build a request with {@link #request}, show {@link #preview} (what
 * will go out and what is held back, and why), then run {@link #export} on a background thread
 * with an {@link ExportListener} for progress and cancellation. A cancelled or failed export
 * throws {@link ExportException} with one line to show, and leaves the previous bundle as it was.
 */
public final class ExportService {
    /** Settings keys read from the workspace; absent keys fall back to {@link SiteSettings#DEFAULT}. */
    public static final String SITE_URL = "site.url";
    public static final String SITE_NAME = "site.name";
    public static final String SITE_COPYRIGHT = "site.copyright";

    private final WorkspaceStore store;
    private final ItemService items;
    private final ReportService reports;
    private final AssetService assets;
    private final PeopleService people;
    private final ReviewService review;
    private final CheckService checks;
    private final Clock clock;
    private final PageRenderer pages;
    private final MarkdownRenderer markdown;

    ExportService(WorkspaceStore store, ItemService items, ReportService reports, AssetService assets,
                  PeopleService people, ReviewService review, CheckService checks, Clock clock) {
        this.store = store;
        this.items = items;
        this.reports = reports;
        this.assets = assets;
        this.people = people;
        this.review = review;
        this.checks = checks;
        this.clock = clock;
        this.markdown = new MarkdownRenderer();
        this.pages = new PageRenderer(markdown);
    }

    /** A request for everything, every format, the public channel, judged at the current time. */
    public ExportRequest request(Path out) {
        return ExportRequest.all(out, Channel.PUBLIC, clock.instant()).withSite(site());
    }

    /** The site the bundle is for, from the workspace settings. */
    public SiteSettings site() {
        SiteSettings d = SiteSettings.DEFAULT;
        var s = store.settings();
        return new SiteSettings(s.get(SITE_URL).orElse(d.baseUrl()), s.get(SITE_NAME).orElse(d.siteName()),
                s.get(SITE_COPYRIGHT).orElse(d.copyrightHolder()), ZoneId.of("Europe/London"));
    }

    /**
     * Sets the site the bundle is for, once per institute: its name, the web address it is served
     * from, and the copyright holder named in ninjs and on every page. A null argument leaves that
     * setting as it is; an empty copyright holder means none (pages then name the site). Nothing
     * is stored unless every value given is good.
     *
     * @throws IllegalArgumentException one line naming the setting and what is wrong with it
     */
    public SiteSettings setSite(String name, String url, String copyright) {
        SiteSettings now = site();
        String n = name == null ? now.siteName() : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("The site name is empty: give the name readers know the site by, such as 'Institute News'");
        }
        String u = url == null ? now.baseUrl() : SiteSettings.checkedBaseUrl(url);
        String c = copyright == null ? now.copyrightHolder() : copyright.strip();
        SiteSettings next = new SiteSettings(u, n, c, now.zone());
        var s = store.settings();
        store.transaction(() -> {
            s.put(SITE_NAME, next.siteName());
            s.put(SITE_URL, next.baseUrl());
            s.put(SITE_COPYRIGHT, next.copyrightHolder());
        });
        return next;
    }

    /** What the request would export and what it would hold back, with reasons; writes nothing. */
    public ExportPlan preview(ExportRequest request) throws ExportException {
        return pipeline().plan(source(), request);
    }

    /**
     * Runs the export and records a publication for every item and report section written.
     *
     * @param personRef who is exporting (id or name), or null when unknown (a script)
     */
    public ExportResult export(ExportRequest request, String personRef, ExportListener listener) throws ExportException {
        Objects.requireNonNull(request, "request");
        String personId = personRef == null || personRef.isBlank() ? null : people.resolve(personRef).id();
        ExportResult result = pipeline().export(source(), request, listener == null ? ExportListener.NONE : listener);
        if (result.written()) {
            record(request, result, personId);
        }
        return result;
    }

    /** Every publication recorded in this workspace, oldest first. */
    public List<Publication> publications() {
        return store.publications().all();
    }

    /** The ninjs document one item would export as, for the preview pane; nothing is written. */
    public String ninjs(String itemRef, NinjsVersion version) throws ExportException {
        return ninjs(itemRef, null, version);
    }

    /**
     * The ninjs document one item would export as with its content as being edited (typing not
     * yet saved), for the preview pane's ninjs view; nothing is written. It is the document as
     * published once approved (the press channel's form: an embargoed item is withheld and
     * carries its embargo stamp), not the draft channel's, whatever state the item is in now.
     *
     * @param content the content as typed, or null for the stored working copy
     */
    public String ninjs(String itemRef, ItemContent content, NinjsVersion version) throws ExportException {
        var item = items.resolve(itemRef);
        ExportRequest r = ExportRequest.all(Path.of("."), Channel.PRESS, clock.instant()).withSite(site())
                .withNinjsVersion(version).withFormats(java.util.EnumSet.of(ExportFormat.NINJS))
                .withSelection(List.of(item.id()));
        WorkspacePublishSource src = content == null ? source() : source().editing(item.id(), content);
        return pipeline().ninjsPreview(src, r, item.id());
    }

    private void record(ExportRequest request, ExportResult result, String personId) {
        String formats = String.join(",", request.formats().stream().map(ExportFormat::key).sorted().toList());
        String folder = result.out().toString();
        var now = clock.instant();
        store.transaction(() -> {
            for (PreparedItem i : result.plan().items()) {
                store.publications().insert(new Publication(UUID.randomUUID().toString(), i.id(), i.revisionId(),
                        request.channel().key(), formats, folder, personId, now, result.manifestSha256()));
            }
            for (PreparedReport r : result.plan().reports()) {
                for (PreparedItem s : r.sections()) {
                    store.publications().insert(new Publication(UUID.randomUUID().toString(), s.id(), s.revisionId(),
                            request.channel().key(), formats, folder, personId, now, result.manifestSha256()));
                }
            }
        });
    }

    private WorkspacePublishSource source() {
        return new WorkspacePublishSource(store, items, reports, assets, people);
    }

    private PublishPipeline pipeline() {
        return PublishPipeline.standard(pages, markdown, gate());
    }

    /**
     * The export gate for the public and press channels: a valid signed approval of the head
     * revision (the workflow's rule), and no error-level finding from the checks (house style,
     * accessibility) in what would be published.
     */
    private ApprovalGate gate() {
        ApprovalGate signed = review.approvalGate();
        return item -> {
            Optional<String> why = signed.whyNotApproved(item).map(reason -> {
                // The export lists the headline beside the reason already; do not say it twice.
                String quoted = "'" + item.headline() + "' ";
                return reason.startsWith(quoted) ? reason.substring(quoted.length()) : reason;
            });
            List<Finding> errors = checks.exportBlockers(item.content());
            if (errors.isEmpty()) {
                return why;
            }
            Finding first = errors.get(0);
            String checkErrors = (errors.size() == 1 ? "1 check error" : errors.size() + " check errors")
                    + " (first: " + first.message() + (first.line() > 0 ? ", line " + first.line() : "") + ")";
            // Both, when both hold: approval alone would not let it out while the errors stand.
            return Optional.of(why.map(w -> w + "; " + checkErrors).orElse(checkErrors));
        };
    }
}
