package org.standfirst.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTest {
    private final ItemContent story = ItemContent.blank(ItemKind.NEWS_STORY)
            .withHeadline("Trial recruitment fell by 60 per cent")
            .withBody("Recruitment to cancer trials fell sharply.\n")
            .withTags(List.of("trials", "pandemic"));

    @Test
    void theSameContentAndParentsGiveTheSameId() {
        Revision a = Revision.of("item-1", List.of(), story, "p1", Instant.parse("2026-01-01T00:00:00Z"), "");
        Revision b = Revision.of("item-1", List.of(), story, "p2", Instant.parse("2026-02-01T00:00:00Z"), "other");
        assertThat(a.id()).isEqualTo(b.id()).matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeToTextOrHistoryChangesTheId() {
        String base = Revision.idOf("item-1", story, List.of());
        assertThat(Revision.idOf("item-1", story.withBody("Recruitment to cancer trials fell.\n"), List.of())).isNotEqualTo(base);
        assertThat(Revision.idOf("item-1", story, List.of(base))).isNotEqualTo(base);
        assertThat(Revision.idOf("item-2", story, List.of())).isNotEqualTo(base);
    }

    @Test
    void parentOrderDoesNotMatter() {
        assertThat(Revision.idOf("i", story, List.of("a", "b"))).isEqualTo(Revision.idOf("i", story, List.of("b", "a")));
    }

    @Test
    void anEditedRevisionNoLongerMatchesItsId() {
        Revision r = Revision.of("item-1", List.of(), story, "p1", Instant.EPOCH, "");
        Revision forged = new Revision(r.id(), r.itemId(), r.parentIds(), story.withBody("A miracle cure"), "p1", Instant.EPOCH, "");
        assertThat(r.idMatchesContent()).isTrue();
        assertThat(forged.idMatchesContent()).isFalse();
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        assertThat(CanonicalJson.write(java.util.Map.of("b", 1, "a", "x\"\n"))).isEqualTo("{\"a\":\"x\\\"\\n\",\"b\":1}");
    }

    @Test
    void fieldRulesGiveClearMessages() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        ItemContent bad = story.withHeadline("x".repeat(130)).withSlug("Bad Slug").withEmbargo(now.minusSeconds(60));
        assertThat(ItemRules.check(bad, null, now)).extracting(FieldProblem::toString).containsExactly(
                "headline: The headline is 130 characters; the limit is 120",
                "slug: A slug uses lower-case letters, digits and single hyphens only, such as 'trial-recruitment-falls'",
                "embargo: The embargo must be in the future");
        assertThat(ItemRules.check(story, null, now)).isEmpty();
    }

    @Test
    void slugsComeFromHeadlines() {
        assertThat(Text.slugOf("Cryo-EM: a new view of tumours!")).isEqualTo("cryo-em-a-new-view-of-tumours");
        assertThat(Slug.isValid(Text.slugOf("Ünïcode — héadline"))).isTrue();
    }
}
