package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Revision;

class FourEyesTest {
    private final ItemContent c = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Trials");
    private final Revision r1 = Revision.of("i", List.of(), c.withBody("one"), "writer", Instant.EPOCH, "");
    private final Revision r2 = Revision.of("i", List.of(r1.id()), c.withBody("two"), "editor", Instant.EPOCH, "");
    private final Revision r3 = Revision.of("i", List.of(r2.id()), c.withBody("three"), "writer", Instant.EPOCH, "");
    private final Map<String, Revision> all = Map.of(r1.id(), r1, r2.id(), r2, r3.id(), r3);

    @Test
    void theWriterIsAlwaysAnAuthor() {
        assertThat(FourEyes.isOwnWork("writer", "writer", r1.id(), all, Set.of())).isTrue();
        assertThat(FourEyes.isOwnWork("reviewer", "writer", r1.id(), all, Set.of())).isFalse();
    }

    @Test
    void anEditorWhoEditedSinceTheLastApprovalCannotApprove() {
        assertThat(FourEyes.isOwnWork("editor", "writer", r3.id(), all, Set.of())).isTrue();
    }

    @Test
    void editsAlreadyApprovedBySomeoneElseDoNotCount() {
        assertThat(FourEyes.isOwnWork("editor", "writer", r3.id(), all, Set.of(r2.id()))).isFalse();
        // An approval of the very revision being approved does not free its own author.
        assertThat(FourEyes.isOwnWork("editor", "writer", r2.id(), all, Set.of(r2.id()))).isTrue();
    }
}
