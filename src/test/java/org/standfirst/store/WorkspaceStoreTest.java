package org.standfirst.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Comment;
import org.standfirst.model.Hashing;
import org.standfirst.model.HeroImage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Publication;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

/** Every repository on a real H2 file: what goes in comes back out, equal. */
class WorkspaceStoreTest {
    private static final Instant T = Instant.parse("2026-11-29T09:00:00.123Z");

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderAndReopensWithoutChange() {
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(s.isNew()).isTrue();
            assertThat(s.items().count(org.standfirst.model.ItemQuery.all())).isZero();
            assertThat(s.settings().all()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve(WorkspaceStore.DB_FILE))).isTrue();
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(s.isNew()).isFalse();
        }
    }

    @Test
    void roundTripsEveryRecord() {
        byte[] png = Base64Png.DOT;
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            Person writer = new Person("p1", "Amira Okafor", Role.WRITER, new byte[] {1, 2, 3}, T);
            Person reviewer = new Person("p2", "Tom Hargreaves", Role.REVIEWER, null, T);
            s.people().insert(writer);
            s.people().insert(reviewer);
            assertThat(s.people().find("p1")).contains(writer);
            assertThat(s.people().findByName("amira okafor")).contains(writer);
            assertThat(s.people().all()).containsExactly(writer, reviewer);

            Asset asset = new Asset(Hashing.sha256(png), "image/png", png.length, "dot.png", "A dot", "Cap", "Credit", "CC0",
                    1, 1, T);
            assertThat(s.assets().insert(asset, png)).isTrue();
            assertThat(s.assets().insert(asset, png)).as("the same bytes are stored once").isFalse();
            assertThat(s.assets().find(asset.id())).contains(asset);
            assertThat(s.assets().bytes(asset.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));

            Report report = new Report("r1", "Clinical trials in cancer", "clinical-trials", "Summary", "Trials", List.of(), T, T);
            s.reports().insert(report);
            assertThat(s.reports().findBySlug("clinical-trials")).contains(report);

            ItemContent content = new ItemContent(ItemKind.REPORT_SECTION, "Headline", "Standfirst", "By", "Body *text*",
                    "Trials", List.of("a", "b"), "a-slug", new HeroImage(asset.id(), "alt", "caption", "credit"),
                    Instant.parse("2026-12-03T00:01:00Z"), "Notes", "en-GB");
            Item item = new Item("i1", content, "p1", WorkflowState.DRAFT, null, null, 0, T, T);
            s.items().insert(item);
            assertThat(s.items().find("i1")).contains(item);
            s.items().setPlace("i1", "r1", 0);
            assertThat(s.reports().find("r1").orElseThrow().sectionIds()).containsExactly("i1");

            Revision rev = Revision.of("i1", List.of(), content, "p1", T, "First");
            assertThat(s.revisions().insert(rev)).isTrue();
            assertThat(s.revisions().insert(rev)).isFalse();
            Revision child = Revision.of("i1", List.of(rev.id()), content.withBody("More"), "p1", T, "Second");
            s.revisions().insert(child);
            assertThat(s.revisions().find(child.id())).contains(child);
            assertThat(s.revisions().history("i1")).containsExactly(rev, child);
            assertThat(s.revisions().find(rev.id()).orElseThrow().idMatchesContent()).isTrue();
            assertThat(s.revisions().heads("i1")).containsExactly(child.id());
            assertThat(s.revisions().hasContent(rev.id(), content)).isTrue();
            assertThat(s.revisions().hasContent(child.id(), content)).isFalse();

            Comment c = new Comment("c1", "i1", rev.id(), null, "p2", "Body", 0, 4, "Why?", false, T);
            s.comments().insert(c);
            s.comments().setResolved("c1", true);
            assertThat(s.comments().forItem("i1")).containsExactly(new Comment("c1", "i1", rev.id(), null, "p2", "Body", 0, 4,
                    "Why?", true, T));

            AuditEntry e = s.audit().append(new AuditEntry(0, "i1", "p1", "submit", WorkflowState.DRAFT,
                    WorkflowState.IN_REVIEW, rev.id(), "", T));
            assertThat(e.id()).isPositive();
            assertThat(s.audit().forItem("i1")).containsExactly(e);

            Approval a = new Approval("i1", rev.id(), "p2", new byte[] {9, 9}, T);
            s.approvals().insert(a);
            assertThat(s.approvals().forRevision(rev.id())).containsExactly(a);
            assertThat(s.approvals().forItem("i1")).containsExactly(a);

            Publication pub = new Publication("pub1", "i1", rev.id(), "public", "ninjs,html", "/out", "p2", T,
                    Hashing.sha256("manifest"));
            s.publications().insert(pub);
            assertThat(s.publications().forItem("i1")).containsExactly(pub);

            s.settings().put("theme", "dark");
            s.settings().put("theme", "light");
            assertThat(s.settings().get("theme")).contains("light");
            s.settings().put("theme", null);
            assertThat(s.settings().get("theme")).isEmpty();
        }
    }

    @Test
    void aTransactionThatFailsLeavesNothing() {
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThatThrownBy(() -> s.transaction(() -> {
                s.people().insert(new Person("p1", "Amira Okafor", Role.WRITER, null, T));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(s.people().all()).isEmpty();
        }
    }

    @Test
    void aCommonWordIsPagedNewestFirstAmongManyMatches() {
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            List<Item> items = new java.util.ArrayList<>();
            for (int n = 0; n < 700; n++) {
                ItemContent c = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Cancer story " + n)
                        .withBody(n % 100 == 0 ? "A rare word: shearosomes" : "Common text")
                        .withTopic(n % 2 == 0 ? "Even" : "Odd");
                items.add(new Item("item-" + n, c, null, WorkflowState.DRAFT, null, null, 0, T, T.plusSeconds(n)));
            }
            s.items().insertAll(items);
            org.standfirst.model.ItemQuery canc = org.standfirst.model.ItemQuery.search("canc");
            assertThat(s.items().count(canc)).isEqualTo(700);
            assertThat(s.items().query(canc.page(0, 3))).extracting(Item::id).containsExactly("item-699", "item-698", "item-697");
            assertThat(s.items().query(canc.page(10, 2))).extracting(Item::id).containsExactly("item-689", "item-688");
            assertThat(s.items().query(canc.withTopic("even").page(0, 2))).extracting(Item::id)
                    .containsExactly("item-698", "item-696");
            assertThat(s.items().query(canc)).hasSize(700);
            assertThat(s.items().query(org.standfirst.model.ItemQuery.search("shearo canc"))).extracting(Item::id)
                    .containsExactly("item-600", "item-500", "item-400", "item-300", "item-200", "item-100", "item-0");
            assertThat(s.items().count(org.standfirst.model.ItemQuery.search("shearo").withTopic("odd"))).isZero();
        }
    }

    @Test
    void thePageCacheIsHeldToSixteenMegabytesInANewAndAReopenedWorkspace() {
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(cacheMaxMb(s)).isEqualTo(16);
        }
        try (WorkspaceStore s = WorkspaceStore.open(dir, false)) {
            assertThat(s.isNew()).isFalse();
            assertThat(cacheMaxMb(s)).isEqualTo(16);
        }
    }

    /** The page cache's limit H2 is running with (MVStore's own figure, in MB). */
    private static int cacheMaxMb(WorkspaceStore s) {
        return s.db().read(c -> {
            try (var st = c.createStatement(); var r = st.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
                assertThat(r.next()).as("H2 reports info.CACHE_MAX_SIZE").isTrue();
                return Integer.parseInt(r.getString(1));
            }
        });
    }

    @Test
    void termsIgnoreCaseAndAccentsAndSplitOnPunctuation() {
        assertThat(Terms.of("Café Müller's Tumour-cell study, 2021")).containsExactly("cafe", "muller", "tumour", "cell",
                "study", "2021");
        assertThat(Terms.queryWords("  RECRUIT  Müll ")).containsExactly("recruit", "mull");
    }
}
