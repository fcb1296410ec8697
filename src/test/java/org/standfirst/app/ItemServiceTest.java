package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

class ItemServiceTest {
    @TempDir
    Path dir;

    private static ItemContent story(String headline, String body) {
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline(headline).withBody(body);
    }

    @Test
    void autosaveKeepsTheWorkingCopyAndCheckpointsBuildALinearHistory() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Person amira = sf.people().add("Amira Okafor", Role.WRITER);
            Item item = sf.items().create(ItemContent.blank(ItemKind.NEWS_STORY), amira.id());
            assertThat(item.state()).isEqualTo(WorkflowState.DRAFT);
            assertThat(item.headRevisionId()).isNull();

            sf.items().autosave(item.id(), story("Trial recruitment fa", ""));
            assertThat(sf.items().get(item.id()).headline()).isEqualTo("Trial recruitment fa");
            assertThat(sf.items().history(item.id())).as("autosave makes no revision").isEmpty();

            Revision first = sf.items().checkpoint(item.id(), amira.id(), "First");
            assertThat(first.parentIds()).isEmpty();
            assertThat(sf.items().checkpoint(item.id(), amira.id(), "Again"))
                    .as("identical content makes no duplicate").isEqualTo(first);

            Revision second = sf.items().save(item.id(), story("Trial recruitment fell", "Body"), amira.id(), "Second");
            assertThat(second.parentIds()).containsExactly(first.id());
            assertThat(sf.items().get(item.id()).headRevisionId()).isEqualTo(second.id());
            assertThat(sf.items().history(item.id())).extracting(Revision::id).containsExactly(first.id(), second.id());
            assertThat(sf.items().heads(item.id())).containsExactly(second.id());
            assertThat(sf.items().revision(second.id()).orElseThrow().content()).isEqualTo(story("Trial recruitment fell", "Body"));
        }
    }

    @Test
    void revisionIdsAreTheSameForTheSameContentAndHistoryAndDifferOtherwise() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.items().create(story("Headline", "Body"), null);
            Revision r = sf.items().checkpoint(item.id(), null, "one");
            assertThat(r.id()).isEqualTo(Revision.idOf(item.id(), story("Headline", "Body"), List.of()));
            assertThat(sf.items().revision(r.id()).orElseThrow().idMatchesContent()).isTrue();
            Item other = sf.items().create(story("Headline", "Body"), null);
            assertThat(sf.items().checkpoint(other.id(), null, "one").id()).as("another item").isNotEqualTo(r.id());
        }
    }

    @Test
    void explicitSaveChecksTheFieldRulesAndWritesNothingWhenBroken() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.items().create(story("Fine", "Body"), null);
            assertThatThrownBy(() -> sf.items().save(item.id(), story("x".repeat(121), "Body"), null, "too long"))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("headline: The headline is 121 characters; the limit is 120");
            assertThat(sf.items().get(item.id()).headline()).isEqualTo("Fine");
            assertThat(sf.items().history(item.id())).isEmpty();
        }
    }

    @Test
    void editingAnApprovedItemReturnsItToDraftWithAnAuditEntry() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.items().create(story("Approved story", "Body"), null);
            sf.items().checkpoint(item.id(), null, "one");
            sf.items().setState(item.id(), WorkflowState.APPROVED, null, "test");
            Revision r = sf.items().save(item.id(), story("Approved story", "Body, changed"), null, "edit");
            assertThat(sf.items().get(item.id()).state()).isEqualTo(WorkflowState.DRAFT);
            List<AuditEntry> log = sf.store().audit().forItem(item.id());
            assertThat(log).last().satisfies(e -> {
                assertThat(e.from()).isEqualTo(WorkflowState.APPROVED);
                assertThat(e.to()).isEqualTo(WorkflowState.DRAFT);
                assertThat(e.revisionId()).isEqualTo(r.id());
            });
        }
    }

    @Test
    void concurrentSavesFromTwoThreadsAllLandInOneUnbrokenHistory() throws Exception {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.items().create(story("Shared", "Start"), null);
            Item other = sf.items().create(story("Other", "Start"), null);
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    List<String> ids = new ArrayList<>();
                    for (int k = 0; k < perThread; k++) {
                        ids.add(sf.items().save(item.id(), story("Shared", "Thread " + thread + " pass " + k), null, "t").id());
                        sf.items().autosave(other.id(), story("Other", "Thread " + thread + " pass " + k));
                    }
                    return ids;
                }));
            }
            go.countDown();
            Set<String> saved = new HashSet<>();
            for (Future<List<String>> f : results) {
                saved.addAll(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            List<Revision> history = sf.items().history(item.id());
            assertThat(history).hasSize(2 * perThread);
            assertThat(history).extracting(Revision::id).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(sf.items().heads(item.id())).as("no fork: every save built on the one before").hasSize(1);
            for (int k = 1; k < history.size(); k++) {
                assertThat(history.get(k).parentIds()).containsExactly(history.get(k - 1).id());
            }
            assertThat(sf.items().get(item.id()).headRevisionId()).isEqualTo(history.get(history.size() - 1).id());
        }
    }

    @Test
    void itemsAreNamedByIdSlugOrAnUnambiguousHeadlinePrefix() {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            Item byPrefix = sf.items().resolve("trial recruitment");
            assertThat(sf.items().resolve(byPrefix.id())).isEqualTo(byPrefix);
            assertThat(sf.items().resolve("trial-recruitment-fell")).isEqualTo(byPrefix);
            assertThatThrownBy(() -> sf.items().resolve("Tri")).isInstanceOf(NotFoundException.class)
                    .hasMessage("'Tri' matches 2 items: use the id or slug");
            assertThatThrownBy(() -> sf.items().resolve("nothing like it")).isInstanceOf(NotFoundException.class)
                    .hasMessage("No item has the id, slug or headline 'nothing like it'");
        }
    }
}
