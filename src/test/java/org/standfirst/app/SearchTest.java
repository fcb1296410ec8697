package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

class SearchTest {
    @TempDir
    Path dir;

    private static List<String> headlines(List<Item> items) {
        return items.stream().map(Item::headline).toList();
    }

    @Test
    void findsWordPrefixesInEveryFieldWithAllWordsRequiredIgnoringCaseAndAccents() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Person amira = sf.people().add("Amira Okafor", Role.WRITER);
            Person tom = sf.people().add("Tom Hargreaves", Role.WRITER);
            sf.items().create(ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Recruitment falls")
                    .withBody("Trials in the pandemic").withTopic("Clinical trials"), amira.id());
            sf.items().create(ItemContent.blank(ItemKind.FEATURE).withHeadline("Microscopy")
                    .withStandfirst("Cryo-EM and the Café Müller lab").withTags(List.of("structural biology")), tom.id());
            Item third = sf.items().create(ItemContent.blank(ItemKind.PRESS_RELEASE).withHeadline("Shearosomes")
                    .withBody("Tumour cells RECRUIT platelets"), amira.id());

            assertThat(headlines(sf.search().search("recruit", 0))).containsExactlyInAnyOrder("Recruitment falls", "Shearosomes");
            assertThat(headlines(sf.search().search("recruit pandem", 0))).containsExactly("Recruitment falls");
            assertThat(headlines(sf.search().search("cafe muller", 0))).containsExactly("Microscopy");
            assertThat(headlines(sf.search().search("MÜLL", 0))).containsExactly("Microscopy");
            assertThat(headlines(sf.search().search("structural", 0))).as("tags are searched").containsExactly("Microscopy");
            assertThat(headlines(sf.search().search("cryo", 0))).as("standfirst is searched").containsExactly("Microscopy");
            assertThat(sf.search().search("recruitments", 0)).isEmpty();
            assertThat(sf.search().search("!!!", 0)).isEmpty();

            assertThat(headlines(sf.search().search(ItemQuery.search("recruit").withKind(ItemKind.PRESS_RELEASE))))
                    .containsExactly("Shearosomes");
            assertThat(headlines(sf.search().search(ItemQuery.search("recruit").withWriter(tom.id())))).isEmpty();
            assertThat(headlines(sf.search().search(ItemQuery.all().withTopic("clinical TRIALS"))))
                    .containsExactly("Recruitment falls");
            sf.items().setState(third.id(), WorkflowState.APPROVED, null, "");
            assertThat(headlines(sf.search().search(ItemQuery.all().withState(WorkflowState.APPROVED))))
                    .containsExactly("Shearosomes");
            assertThat(sf.search().count(ItemQuery.search("recruit"))).isEqualTo(2);
        }
    }

    @Test
    void theIndexFollowsAutosaves() {
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.items().create(ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Myeloma imaging"), null);
            assertThat(sf.search().search("myeloma", 0)).hasSize(1);
            sf.items().autosave(item.id(), item.content().withHeadline("Whole-body MRI"));
            assertThat(sf.search().search("myeloma", 0)).isEmpty();
            assertThat(sf.search().search("whole body", 0)).hasSize(1);
        }
    }

    @Test
    void listsPageByPageNewestFirst() {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            List<Item> all = sf.items().list(ItemQuery.all());
            assertThat(all).hasSize(4);
            assertThat(sf.items().list(ItemQuery.all().page(1, 2))).containsExactlyElementsOf(all.subList(1, 3));
            for (int k = 1; k < all.size(); k++) {
                assertThat(all.get(k - 1).updated()).isAfterOrEqualTo(all.get(k).updated());
            }
        }
    }
}
