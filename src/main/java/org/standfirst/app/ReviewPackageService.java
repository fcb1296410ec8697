package org.standfirst.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Comment;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.Suggestion;
import org.standfirst.store.SuggestionRepository;
import org.standfirst.store.WorkspaceStore;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.ItemApprovals;
import org.standfirst.workflow.PackageChecks;
import org.standfirst.workflow.PackageFile;
import org.standfirst.workflow.PackageRefusedException;
import org.standfirst.workflow.ReviewPackage;
import org.standfirst.workflow.VerifiedApproval;

/**
 * Offline review: an item or a whole report leaves as one file ({@link PackageFile}), is reviewed
 * in another workspace, and the reply comes back. Import merges by identity (revisions by content
 * address, comments and suggestions by id, approvals and audit entries by what they say) in one
 * transaction, after every check has passed: a refused package changes nothing.
 *
 * <p>People are trusted on first sight: someone new is added with the key the package carries;
 * someone already known must carry the same key, or the package is refused as forged.
 */
public final class ReviewPackageService {
    private final WorkspaceStore store;
    private final SuggestionRepository suggestions;
    private final ItemService items;
    private final ReportService reports;
    private final PeopleService people;
    private final Clock clock;

    ReviewPackageService(WorkspaceStore store, SuggestionRepository suggestions, ItemService items, ReportService reports,
                         PeopleService people, Clock clock) {
        this.store = store;
        this.suggestions = suggestions;
        this.items = items;
        this.reports = reports;
        this.people = people;
        this.clock = clock;
    }

    // ---- export

    /**
     * Writes a package for items and reports (by id, slug or headline/title) to a file, replacing
     * it only once the whole package is written.
     */
    public Path export(List<String> refs, Path file, String personRef) {
        ReviewPackage p = build(refs, personRef);
        byte[] bytes = PackageFile.write(p);
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".standfirst-package", ".part");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StandfirstException("Could not write the review package " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** The package for items and reports named by id, slug or headline/title. */
    public ReviewPackage build(List<String> refs, String personRef) {
        if (refs.isEmpty()) {
            throw new StandfirstException("Name at least one item or report to put in the package");
        }
        Person by = personRef == null ? null : people.resolve(personRef);
        Map<String, Item> chosen = new LinkedHashMap<>();
        Map<String, Report> chosenReports = new LinkedHashMap<>();
        for (String ref : refs) {
            Optional<Report> report = findReport(ref);
            if (report.isPresent()) {
                chosenReports.put(report.get().id(), report.get());
                reports.sections(report.get().id()).forEach(s -> chosen.put(s.id(), s));
            } else {
                Item i = items.resolve(ref);
                chosen.put(i.id(), i);
                if (i.reportId() != null) {
                    reports.find(i.reportId()).ifPresent(r -> chosenReports.put(r.id(), r));
                }
            }
        }
        List<ReviewPackage.PackagedItem> packed = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Suggestion> sugg = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        Set<String> personIds = new LinkedHashSet<>();
        Set<String> assetIds = new LinkedHashSet<>();
        if (by != null) {
            personIds.add(by.id());
        }
        for (Item i : chosen.values()) {
            if (i.headRevisionId() == null) {
                throw new StandfirstException("'" + i.headline() + "' has no saved revision: save it before sending it for review");
            }
            packed.add(new ReviewPackage.PackagedItem(i.id(), i.writerId(), i.state(), i.headRevisionId(), i.reportId(),
                    i.position(), i.created(), i.updated()));
            personIds.add(i.writerId());
            for (Revision r : items.history(i.id())) {
                revisions.add(r);
                personIds.add(r.authorId());
                if (r.content().hero() != null) {
                    assetIds.add(r.content().hero().assetId());
                }
            }
            for (Comment c : store.comments().forItem(i.id())) {
                comments.add(c);
                personIds.add(c.authorId());
            }
            for (Suggestion s : suggestions.forItem(i.id())) {
                sugg.add(s);
                personIds.add(s.authorId());
                personIds.add(s.decidedBy());
            }
            for (Approval a : store.approvals().forItem(i.id())) {
                approvals.add(a);
                personIds.add(a.reviewerId());
            }
            for (AuditEntry e : store.audit().forItem(i.id())) {
                audit.add(e);
                personIds.add(e.actorId());
            }
            String body = i.content().body();
            for (Asset a : store.assets().all()) {
                if (!a.fileName().isEmpty() && body.contains(a.fileName())) {
                    assetIds.add(a.id());
                }
            }
        }
        List<Person> ps = new ArrayList<>();
        for (String id : personIds) {
            if (id != null) {
                people.find(id).ifPresent(ps::add);
            }
        }
        List<ReviewPackage.PackagedAsset> assets = new ArrayList<>();
        for (String id : assetIds) {
            Optional<Asset> a = store.assets().find(id);
            Optional<byte[]> bytes = store.assets().bytes(id);
            if (a.isPresent() && bytes.isPresent()) {
                assets.add(new ReviewPackage.PackagedAsset(a.get(), bytes.get()));
            }
        }
        return new ReviewPackage(now(), by == null ? null : by.id(), packed, new ArrayList<>(chosenReports.values()),
                revisions, comments, sugg, approvals, audit, ps, assets);
    }

    private Optional<Report> findReport(String ref) {
        try {
            return Optional.of(reports.resolve(ref));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    // ---- import

    /**
     * Reads, checks and merges a package. Refused packages (malformed, truncated, tampered, or
     * carrying a key that differs from this workspace's) change nothing.
     *
     * @throws PackageRefusedException with the one-line reason
     */
    public PackageImportResult importPackage(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackageRefusedException("Could not read " + file + ": " + e.getMessage(), e);
        }
        ReviewPackage p;
        try {
            p = PackageFile.read(bytes);
            PackageChecks.check(p);
        } catch (PackageRefusedException e) {
            throw new PackageRefusedException(file.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            return new PackageMerge(p).run();
        } catch (PackageRefusedException e) {
            throw new PackageRefusedException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** One import: checks against this workspace first, then every write in one transaction. */
    private final class PackageMerge {
        private final ReviewPackage p;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Person> packagePeople = new HashMap<>();
        private final Set<String> newItems = new HashSet<>();

        PackageMerge(ReviewPackage p) {
            this.p = p;
            p.people().forEach(x -> packagePeople.put(x.id(), x));
        }

        PackageImportResult run() {
            checkPeople();
            checkApprovals();
            int[] counts = new int[4];
            store.transaction(() -> {
                addPeople();
                p.assets().forEach(a -> store.assets().insert(a.asset(), a.bytes()));
                addReports();
                addItems();
                counts[0] = addRevisions();
                counts[3] = addApprovals();
                counts[1] = mergeComments();
                counts[2] = mergeSuggestions();
                applyAudit();
            });
            return new PackageImportResult(p.items().stream().map(ReviewPackage.PackagedItem::id).toList(),
                    counts[0], counts[1], counts[2], counts[3], notes);
        }

        private void checkPeople() {
            for (ReviewPackage.PackagedItem pi : p.items()) {
                if (pi.writerId() != null && !packagePeople.containsKey(pi.writerId())
                        && store.people().find(pi.writerId()).isEmpty()) {
                    throw new PackageRefusedException("Item " + pi.id() + " names a writer who is neither in the package nor in this workspace");
                }
            }
            for (Person x : p.people()) {
                Optional<Person> local = store.people().find(x.id());
                if (local.isPresent() && !java.util.Arrays.equals(local.get().publicKey(), x.publicKey())) {
                    throw new PackageRefusedException(x.name() + "'s signing key in the package differs from the one in this "
                            + "workspace: the package may be forged");
                }
            }
        }

        /** Every approval must verify here too, against the merged history (four eyes included). */
        private void checkApprovals() {
            for (ReviewPackage.PackagedItem pi : p.items()) {
                Map<String, Revision> revs = new HashMap<>();
                items.history(pi.id()).forEach(r -> revs.put(r.id(), r));
                p.revisions().stream().filter(r -> r.itemId().equals(pi.id())).forEach(r -> revs.put(r.id(), r));
                List<Approval> all = new ArrayList<>(store.approvals().forItem(pi.id()));
                List<Approval> incoming = p.approvals().stream().filter(a -> a.itemId().equals(pi.id())).toList();
                all.addAll(incoming);
                Item shape = items.find(pi.id()).orElseGet(() -> new Item(pi.id(), revs.get(pi.headRevisionId()).content(),
                        pi.writerId(), pi.state(), pi.headRevisionId(), pi.reportId(), pi.position(), pi.created(), pi.updated()));
                ItemApprovals verified = ItemApprovals.of(shape, revs, all, this::person);
                for (VerifiedApproval v : verified.all()) {
                    if (!v.valid() && incoming.contains(v.approval())) {
                        throw new PackageRefusedException("The approval of '" + revs.get(v.revisionId()).content().headline()
                                + "' by " + v.reviewerName() + " is not valid here: " + v.problem());
                    }
                }
                for (AuditEntry e : p.audit()) {
                    if (e.itemId().equals(pi.id()) && e.action().equals(Action.APPROVE.key())
                            && incoming.stream().noneMatch(a -> a.revisionId().equals(e.revisionId())
                            && a.reviewerId().equals(e.actorId()))
                            && all.stream().noneMatch(a -> a.revisionId().equals(e.revisionId()) && a.reviewerId().equals(e.actorId()))) {
                        throw new PackageRefusedException("The package records an approval of '" + shape.headline()
                                + "' that carries no signature");
                    }
                }
            }
        }

        private Person person(String id) {
            return store.people().find(id).orElse(packagePeople.get(id));
        }

        private void addPeople() {
            for (Person x : p.people()) {
                if (store.people().find(x.id()).isPresent()) {
                    continue;
                }
                String name = x.name();
                if (store.people().findByName(name).isPresent()) {
                    name = uniqueName(name);
                    notes.add("Added " + x.name() + " as '" + name + "': this workspace already has a different person of that name");
                } else {
                    notes.add("Added " + name + " (" + x.role().name().toLowerCase(java.util.Locale.ROOT) + ") with the signing key from the package");
                }
                store.people().insert(new Person(x.id(), name, x.role(), x.publicKey(), x.created()));
            }
        }

        private String uniqueName(String name) {
            for (int n = 2; ; n++) {
                String suffix = " (" + n + ")";
                String candidate = name.length() + suffix.length() > Person.MAX_NAME
                        ? name.substring(0, Person.MAX_NAME - suffix.length()) + suffix : name + suffix;
                if (store.people().findByName(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }

        private void addReports() {
            for (Report r : p.reports()) {
                if (store.reports().find(r.id()).isPresent()) {
                    continue;
                }
                String slug = r.slug();
                for (int n = 2; store.reports().findBySlug(slug).isPresent(); n++) {
                    slug = r.slug() + "-" + n;
                }
                store.reports().insert(new Report(r.id(), r.title(), slug, r.summary(), r.topic(), List.of(), r.created(), r.updated()));
            }
        }

        private void addItems() {
            Map<String, Revision> byId = new HashMap<>();
            p.revisions().forEach(r -> byId.put(r.id(), r));
            for (ReviewPackage.PackagedItem pi : p.items()) {
                if (store.items().find(pi.id()).isPresent()) {
                    continue;
                }
                String report = pi.reportId() != null && store.reports().find(pi.reportId()).isPresent() ? pi.reportId() : null;
                store.items().insert(new Item(pi.id(), byId.get(pi.headRevisionId()).content(), pi.writerId(), pi.state(),
                        pi.headRevisionId(), report, pi.position(), pi.created(), pi.updated()));
                newItems.add(pi.id());
                notes.add("Added '" + byId.get(pi.headRevisionId()).content().headline() + "' ("
                        + pi.state().label().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }

        /** Parents before children, so every parent link finds its revision. */
        private int addRevisions() {
            List<Revision> pending = new ArrayList<>(p.revisions());
            Set<String> present = new HashSet<>();
            int added = 0;
            while (!pending.isEmpty()) {
                boolean progress = false;
                for (var it = pending.iterator(); it.hasNext(); ) {
                    Revision r = it.next();
                    boolean ready = r.parentIds().stream().allMatch(x -> present.contains(x) || store.revisions().find(x).isPresent());
                    if (ready) {
                        if (store.revisions().insert(r)) {
                            added++;
                        }
                        present.add(r.id());
                        it.remove();
                        progress = true;
                    }
                }
                if (!progress) {
                    throw new PackageRefusedException("The package's revision history has a cycle or a gap");
                }
            }
            return added;
        }

        private int addApprovals() {
            int added = 0;
            for (Approval a : p.approvals()) {
                if (store.approvals().forItem(a.itemId()).stream().noneMatch(a::equals)) {
                    store.approvals().insert(a);
                    added++;
                }
            }
            return added;
        }

        private int mergeComments() {
            int added = 0;
            for (Comment c : p.comments()) {
                Optional<Comment> local = store.comments().find(c.id());
                if (local.isEmpty()) {
                    store.comments().insert(c);
                    added++;
                } else if (c.resolved() && !local.get().resolved()) {
                    // Resolving travels; a thread resolved on either side stays resolved.
                    store.comments().setResolved(c.id(), true);
                }
            }
            return added;
        }

        private int mergeSuggestions() {
            int added = 0;
            for (Suggestion s : p.suggestions()) {
                Optional<Suggestion> local = suggestions.find(s.id());
                if (local.isEmpty()) {
                    suggestions.insert(s);
                    added++;
                } else if (local.get().isOpen() && !s.isOpen()) {
                    suggestions.update(s);
                }
            }
            return added;
        }

        /**
         * New audit entries are added as they happened. One about the item's current latest
         * revision also moves the item to the state it records; a decision about an older revision
         * (the writer has edited since) is kept, applies to that revision only, and is reported.
         */
        private void applyAudit() {
            List<AuditEntry> incoming = new ArrayList<>(p.audit());
            incoming.sort(Comparator.comparing(AuditEntry::at));
            for (ReviewPackage.PackagedItem pi : p.items()) {
                Item item = store.items().find(pi.id()).orElseThrow();
                item = fastForward(item, pi);
                Set<String> known = new HashSet<>();
                store.audit().forItem(pi.id()).forEach(e -> known.add(key(e)));
                List<Revision> history = items.history(pi.id());
                for (AuditEntry e : incoming) {
                    if (!e.itemId().equals(pi.id()) || known.contains(key(e))) {
                        continue;
                    }
                    boolean decision = e.action().equals(Action.APPROVE.key()) || e.action().equals(Action.REQUEST_CHANGES.key());
                    String who = personName(e.actorId());
                    if (e.revisionId() != null && e.revisionId().equals(item.headRevisionId()) && e.to() != null) {
                        store.audit().append(e);
                        if (item.state() != e.to()) {
                            store.items().setState(item.id(), e.to(), now());
                            item = item.withState(e.to(), now());
                        }
                        if (decision) {
                            notes.add(who + (e.action().equals(Action.APPROVE.key()) ? " approved '" : " requested changes to '")
                                    + item.headline() + "'" + (e.comment().isEmpty() ? "" : ": " + e.comment()));
                        }
                    } else if (newItems.contains(pi.id())) {
                        store.audit().append(e);
                    } else {
                        int n = number(history, e.revisionId());
                        String suffix = decision ? " (this applies to revision " + n + "; the item has changed since)" : "";
                        store.audit().append(new AuditEntry(0, e.itemId(), e.actorId(), e.action(), e.from(), e.to(),
                                e.revisionId(), e.comment() + suffix, e.at()));
                        if (decision) {
                            notes.add(who + (e.action().equals(Action.APPROVE.key()) ? " approved" : " requested changes to")
                                    + " revision " + n + " of '" + item.headline() + "', but it has been edited since: "
                                    + (e.action().equals(Action.APPROVE.key()) ? "the latest revision still needs approval"
                                    : "the request stands against the earlier text"));
                        }
                    }
                }
            }
        }

        /** Moves the head forward when the package's latest revision descends from ours. */
        private Item fastForward(Item item, ReviewPackage.PackagedItem pi) {
            String ours = item.headRevisionId();
            String theirs = pi.headRevisionId();
            if (theirs.equals(ours)) {
                return item;
            }
            Set<String> theirAncestors = ancestors(theirs);
            if (ours == null || theirAncestors.contains(ours)) {
                Revision head = store.revisions().find(theirs).orElseThrow();
                Revision old = ours == null ? null : store.revisions().find(ours).orElse(null);
                if (old != null && !old.content().equals(item.content())) {
                    notes.add("'" + item.headline() + "' has unsaved changes here, so the newer revision from the package "
                            + "was added to its history but not made current");
                    return item;
                }
                store.items().updateContent(item.id(), head.content(), now());
                store.items().setHead(item.id(), theirs, now());
                return store.items().find(item.id()).orElseThrow();
            }
            if (!ancestors(ours).contains(theirs)) {
                notes.add("'" + item.headline() + "' was changed both here and in the package: both versions are in its "
                        + "history; the one here stays current");
            }
            return item;
        }

        private Set<String> ancestors(String id) {
            Set<String> out = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(id));
            while (!todo.isEmpty()) {
                String x = todo.remove(todo.size() - 1);
                if (out.add(x)) {
                    store.revisions().find(x).ifPresent(r -> todo.addAll(r.parentIds()));
                }
            }
            return out;
        }

        private String personName(String id) {
            Person x = person(id);
            return x == null ? "Someone" : x.name();
        }
    }

    private static int number(List<Revision> history, String revisionId) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id().equals(revisionId)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String key(AuditEntry e) {
        return e.itemId() + "|" + e.action() + "|" + e.actorId() + "|" + e.revisionId() + "|" + e.at().toEpochMilli();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
