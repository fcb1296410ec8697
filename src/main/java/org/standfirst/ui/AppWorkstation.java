package org.standfirst.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Asset;
import org.standfirst.model.Hashing;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;
import org.standfirst.render.ArticlePage;
import org.standfirst.render.ImageResolver;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageOptions;
import org.standfirst.render.PageRenderer;
import org.standfirst.render.PreviewMarks;
import org.standfirst.render.RenderOptions;
import org.standfirst.render.RenderedBlock;
import org.standfirst.render.RenderedBody;
import org.standfirst.render.ReportPage;
import org.standfirst.ui.library.SmartList;
import org.standfirst.ui.preview.PreviewBlock;

/**
 * The desktop app's services over the app facade ({@link Standfirst}) and the render layer.
 * Called on the background lanes only, never on the FX thread.
 */
public final class AppWorkstation implements Workstation {
    /** A policy meta element added to every preview page: no page script can run. */
    static final String NO_SCRIPT = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'\">";

    // Complete once the workspace is open. The window is built while it opens; every call here
    // runs on a background lane after the opening (queued behind it), so waiting is only a guard.
    private final CompletableFuture<Standfirst> opened;
    private final Path folder;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PageRenderer pages = new PageRenderer(markdown);
    private final Map<String, String> imageUrls = new ConcurrentHashMap<>();
    private final PageOptions previewOptions;
    private volatile String personId;
    private volatile ReportCache reportCache;

    public AppWorkstation(Standfirst app, String preferredPersonId) {
        this(app.folder(), CompletableFuture.completedFuture(app), preferredPersonId);
    }

    /** A workstation over a workspace still opening in {@code folder}; calls wait until it is open. */
    public AppWorkstation(Path folder, CompletableFuture<Standfirst> opening, String preferredPersonId) {
        this.opened = opening;
        this.folder = folder;
        this.personId = preferredPersonId;
        previewOptions = PageOptions.preview(this::imageUrl).withExtraHeadHtml(NO_SCRIPT + PreviewMarks.STYLE);
    }

    private Standfirst app() {
        try {
            return opened.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            throw new WorkspaceNotOpenException(folder, e.getCause() == null ? e : e.getCause());
        }
    }

    @Override
    public Standfirst services() {
        return app();
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Person currentUser() {
        List<Person> all = app().people().all();
        if (personId != null) {
            Optional<Person> p = all.stream().filter(x -> x.id().equals(personId)).findFirst();
            if (p.isPresent()) {
                return p.get();
            }
        }
        // Nobody chosen on this computer yet: the workspace's first writer (the sample's), or
        // nobody at all in a workspace without people, where the window asks (ui.people.WorkingAs).
        Optional<Person> p = all.stream().filter(x -> x.role() == Role.WRITER).findFirst()
                .or(() -> all.stream().findFirst());
        personId = p.map(Person::id).orElse(null);
        return p.orElse(null);
    }

    /** The person acting, or a one-line refusal when nobody has been chosen yet. */
    private String acting() {
        Person p = currentUser();
        if (p == null) {
            throw new IllegalStateException("Choose who you are first: Working as > Change or add a person… (Ctrl+Alt+P)");
        }
        return p.id();
    }

    /** The person working, for lists of their own work; nobody yet owns nothing. */
    private String meOrNobody() {
        Person p = currentUser();
        return p == null ? "" : p.id();
    }

    @Override
    public void setCurrentUser(String id) {
        personId = id;
    }

    @Override
    public List<Person> people() {
        return app().people().all();
    }

    @Override
    public int count(SmartList list) {
        String me = meOrNobody();
        ItemQuery all = ItemQuery.all();
        return switch (list) {
            case MY_DRAFTS -> app().items().count(all.withWriter(me).withState(WorkflowState.DRAFT))
                    + app().items().count(all.withWriter(me).withState(WorkflowState.CHANGES_REQUESTED));
            case AWAITING_MY_REVIEW -> app().items().count(all.withState(WorkflowState.IN_REVIEW))
                    - app().items().count(all.withState(WorkflowState.IN_REVIEW).withWriter(me));
            case APPROVED -> app().items().count(all.withState(WorkflowState.APPROVED));
            case PUBLISHED -> app().items().count(all.withState(WorkflowState.PUBLISHED));
            case EMBARGOED -> embargoed(null, null, null, 0).size();
            case ALL -> app().items().count(all) - app().items().count(all.withState(WorkflowState.ARCHIVED));
            case ARCHIVE -> app().items().count(all.withState(WorkflowState.ARCHIVED));
        };
    }

    @Override
    public List<Item> list(SmartList list, String search, ItemKind kind, String topic, int limit) {
        String me = meOrNobody();
        ItemQuery q = ItemQuery.all().withText(search).withKind(kind).withTopic(topic);
        List<Item> out = switch (list) {
            case MY_DRAFTS -> merge(app().items().list(q.withWriter(me).withState(WorkflowState.DRAFT).page(0, limit)),
                    app().items().list(q.withWriter(me).withState(WorkflowState.CHANGES_REQUESTED).page(0, limit)));
            case AWAITING_MY_REVIEW -> app().items().list(q.withState(WorkflowState.IN_REVIEW).page(0, limit)).stream()
                    .filter(i -> !me.equals(i.writerId())).toList();
            case APPROVED -> app().items().list(q.withState(WorkflowState.APPROVED).page(0, limit));
            case PUBLISHED -> app().items().list(q.withState(WorkflowState.PUBLISHED).page(0, limit));
            case EMBARGOED -> embargoed(search, kind, topic, limit);
            case ALL -> notArchived(q, limit);
            case ARCHIVE -> app().items().list(q.withState(WorkflowState.ARCHIVED).page(0, limit));
        };
        return out;
    }

    /** Newest first, skipping archived items, a page at a time until there are enough. */
    private List<Item> notArchived(ItemQuery q, int limit) {
        List<Item> out = new ArrayList<>();
        int page = Math.max(50, limit + limit / 4);
        for (int offset = 0; out.size() < limit; offset += page) {
            List<Item> got = app().items().list(q.page(offset, page));
            got.stream().filter(i -> i.state() != WorkflowState.ARCHIVED).limit(limit - out.size()).forEach(out::add);
            if (got.size() < page) {
                break;
            }
        }
        return out;
    }

    private List<Item> embargoed(String search, ItemKind kind, String topic, int limit) {
        Instant now = Instant.now();
        ItemQuery q = ItemQuery.all().withText(search).withTopic(topic).withKind(kind == null ? ItemKind.PRESS_RELEASE : kind);
        Stream<Item> s = app().items().list(q).stream()
                .filter(i -> i.isEmbargoedAt(now) && i.state() != WorkflowState.ARCHIVED);
        return (limit > 0 ? s.limit(limit) : s).toList();
    }

    private static List<Item> merge(List<Item> a, List<Item> b) {
        List<Item> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(Comparator.comparing(Item::updated).reversed());
        return out;
    }

    @Override
    public List<String> topics() {
        return app().items().topics();
    }

    @Override
    public Optional<Item> item(String id) {
        return app().items().find(id);
    }

    @Override
    public Item saveWorkingCopy(String id, ItemContent content) {
        return app().items().autosave(id, content);
    }

    @Override
    public Item checkpoint(String id, String message) {
        app().items().checkpoint(id, acting(), message);
        return app().items().get(id);
    }

    @Override
    public boolean aheadOfCheckpoint(String id) {
        Item it = app().items().get(id);
        if (it.headRevisionId() == null) {
            return !it.content().equals(ItemContent.blank(it.kind()));
        }
        return app().items().revision(it.headRevisionId()).map(r -> !r.content().equals(it.content())).orElse(true);
    }

    @Override
    public Item create(ItemKind kind, String headline) {
        return app().items().create(ItemContent.blank(kind).withHeadline(headline), acting());
    }

    @Override
    public Item duplicate(String id) {
        Item it = app().items().get(id);
        ItemContent c = it.content().withHeadline(copyName(it.headline())).withSlug("");
        if (it.reportId() != null) {
            return app().reports().addSection(it.reportId(), c, acting());
        }
        return app().items().create(c, acting());
    }

    private static String copyName(String headline) {
        return headline.isBlank() ? "Copy" : headline + " (copy)";
    }

    @Override
    public Item archive(String id) {
        // Through the workflow, so its rules (who may archive what) and the audit log apply.
        return app().review().archive(id, acting(), "Archived in the desktop app");
    }

    @Override
    public Item restore(String id) {
        // Back to draft: an archived item needs review again before it publishes.
        return app().review().restore(id, acting(), "Restored in the desktop app");
    }

    @Override
    public List<Report> reports() {
        return app().reports().all();
    }

    @Override
    public Report createReport(String title) {
        String base = org.standfirst.model.Text.slugOf(title);
        String slug = base;
        for (int n = 2; app().reports().all().stream().anyMatch(r -> r.slug().equals(base)) && n < 1000; n++) {
            String candidate = base + "-" + n;
            if (app().reports().all().stream().noneMatch(r -> r.slug().equals(candidate))) {
                slug = candidate;
                break;
            }
        }
        return app().reports().create(title, slug, "", "");
    }

    @Override
    public Optional<Report> report(String id) {
        return app().reports().find(id);
    }

    @Override
    public List<Item> sections(String reportId) {
        return app().reports().sections(reportId).stream().filter(i -> i.state() != WorkflowState.ARCHIVED).toList();
    }

    @Override
    public Item addSection(String reportId, String headline) {
        return app().reports().addSection(reportId, ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline(headline),
                acting());
    }

    @Override
    public void moveSection(String reportId, String sectionId, int newIndex) {
        // The view counts visible sections; archived ones keep their places in between.
        List<Item> all = app().reports().sections(reportId);
        List<Item> visible = new ArrayList<>(all.stream().filter(i -> i.state() != WorkflowState.ARCHIVED).toList());
        visible.removeIf(i -> i.id().equals(sectionId));
        List<String> rest = new ArrayList<>(all.stream().map(Item::id).filter(id -> !id.equals(sectionId)).toList());
        int position = newIndex < visible.size() ? rest.indexOf(visible.get(newIndex).id()) : rest.size();
        app().reports().moveSection(reportId, sectionId, position);
    }

    @Override
    public void assignWriter(String itemId, String personId) {
        app().items().setWriter(itemId, personId);
    }

    // ---- Preview -------------------------------------------------------------------------------

    @Override
    public ArticlePreview previewArticle(String itemId, ItemContent content, boolean withPage) {
        return previewArticle(itemId, content, withPage, List.of());
    }

    @Override
    public ArticlePreview previewArticle(String itemId, ItemContent content, boolean withPage,
                                         List<org.standfirst.ui.review.ReviewMark> reviewMarks) {
        List<PreviewMarks.Mark> marks = previewMarks(reviewMarks);
        Item item = itemId == null ? null : app().items().find(itemId).orElse(null);
        Instant created = item == null ? Instant.EPOCH : item.created();
        String writer = item == null || item.writerId() == null ? "" : app().people().nameOf(item.writerId());
        ArticlePage page = new ArticlePage(content, writer, created, created);
        RenderedBody body = marks.isEmpty() ? pages.articleBody(content, previewOptions)
                : PreviewMarks.apply(pages.articleBody(content.withBody(PreviewMarks.withTokens(content.body(), marks)),
                        previewOptions), marks);
        RenderedBody empty = new RenderedBody(List.of(), "", body.wordCount(), body.charCount(), List.of(), List.of());
        String frame = articleInner(pages.article(page, empty, previewOptions));
        String whole = withPage ? pages.article(page, body, pageOptions()) : null;
        return new ArticlePreview(whole, frame, blocks(body));
    }

    /** For a whole page: the masthead and footer name the workspace's site, as the export will. */
    private PageOptions pageOptions() {
        var site = app().exports().site();
        return previewOptions.withSiteName(site.siteName()).withCopyrightHolder(site.copyrightHolder());
    }

    /** The inside of the page's article element: the furniture (header, image, notes, tags) around the body. */
    static String articleInner(String html) {
        int open = html.indexOf("<article");
        int start = html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</article>");
        return open < 0 || end < start ? "" : html.substring(start, end);
    }

    private static List<PreviewBlock> blocks(RenderedBody body) {
        List<PreviewBlock> out = new ArrayList<>(body.blocks().size());
        for (RenderedBlock b : body.blocks()) {
            out.add(new PreviewBlock(b.key(), b.previewHtml(), b.startLine(), b.endLine()));
        }
        return out;
    }

    private static List<PreviewMarks.Mark> previewMarks(List<org.standfirst.ui.review.ReviewMark> reviewMarks) {
        return reviewMarks.stream().map(m -> new PreviewMarks.Mark(
                m.kind() == org.standfirst.ui.review.ReviewMark.Kind.COMMENT ? PreviewMarks.Mark.Kind.COMMENT
                        : PreviewMarks.Mark.Kind.SUGGESTION, m.id(), m.start(), m.end(), m.replacement())).toList();
    }

    @Override
    public ReportPreview previewReport(String reportId, String sectionId, ItemContent sectionContent, boolean withPage) {
        return previewReport(reportId, sectionId, sectionContent, withPage, List.of());
    }

    @Override
    public ReportPreview previewReport(String reportId, String sectionId, ItemContent sectionContent, boolean withPage,
                                       List<org.standfirst.ui.review.ReviewMark> reviewMarks) {
        List<PreviewMarks.Mark> marks = previewMarks(reviewMarks);
        ReportCache cache = reportCache;
        if (withPage || cache == null || !cache.reportId().equals(reportId)) {
            Report r = app().reports().get(reportId);
            cache = new ReportCache(reportId, r, sections(reportId));
            reportCache = cache;
        }
        List<ReportPage.Section> sections = new ArrayList<>();
        StringBuilder key = new StringBuilder(cache.report().toString());
        int number = 0;
        int n = 0;
        for (Item s : cache.sections()) {
            n++;
            ItemContent c = s.id().equals(sectionId) && sectionContent != null ? sectionContent : s.content();
            if (s.id().equals(sectionId)) {
                number = n;
            }
            sections.add(new ReportPage.Section(c, s.writerId() == null ? "" : app().people().nameOf(s.writerId())));
            key.append('\n').append(s.id()).append(c.withBody("").canonicalFields());
        }
        String region = number == 0 ? null : "#section-" + number + " .article-body";
        List<PreviewBlock> blocks = null;
        if (number > 0) {
            RenderOptions sectionOptions = new RenderOptions(previewOptions.images(), 3, "s" + number + "-");
            RenderedBody body = marks.isEmpty() ? markdown.render(sectionContent.body(), sectionOptions)
                    : PreviewMarks.apply(markdown.render(PreviewMarks.withTokens(sectionContent.body(), marks), sectionOptions), marks);
            blocks = blocks(body);
        }
        String page = null;
        if (withPage) {
            page = pages.report(new ReportPage(cache.report(), sections, cache.report().created()), pageOptions());
        }
        return new ReportPreview(page, Hashing.sha256(key.toString()), region, blocks);
    }

    private record ReportCache(String reportId, Report report, List<Item> sections) {
    }

    /**
     * A workspace image as a data URL: the preview page has no origin that may read local
     * files, and its policy allows images from data: only besides the web. Made once per image.
     */
    private String imageUrl(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return imageUrls.computeIfAbsent(reference, ref -> {
            Optional<Asset> asset = Hashing.isSha256(ref) ? app().assets().find(ref)
                    : app().assets().all().stream().filter(a -> a.fileName().equals(ref)).findFirst();
            if (asset.isEmpty()) {
                return ref.contains(":") ? ref : null;
            }
            Asset a = asset.get();
            return "data:" + a.mimeType() + ";base64," + java.util.Base64.getEncoder().encodeToString(app().assets().bytes(a.id()));
        });
    }

    @Override
    public List<Asset> images() {
        List<Asset> all = new ArrayList<>(app().assets().all());
        all.sort(Comparator.comparing(Asset::created).reversed().thenComparing(Asset::fileName));
        return all;
    }

    @Override
    public byte[] imageBytes(String assetId) {
        return app().assets().bytes(assetId);
    }

    @Override
    public Asset importImage(Path file) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new org.standfirst.app.StandfirstException(file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        return app().assets().add(bytes, file.getFileName().toString(), "", "", "", "");
    }

    @Override
    public String htmlToMarkdown(String html) {
        return org.standfirst.render.HtmlToMarkdown.convert(html);
    }

    @Override
    public void close() {
        app().close();
    }
}
