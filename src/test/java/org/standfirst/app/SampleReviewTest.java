package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.WorkflowState;

/** Seeded states come from real transitions, so the sample approvals verify. */
class SampleReviewTest {
    @TempDir
    Path dir;

    @Test
    void sampleApprovalsAreSignedBySomeoneElseAndVerify() {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            List<Item> approved = sf.items().list(ItemQuery.all()).stream()
                    .filter(i -> i.state() == WorkflowState.APPROVED || i.state() == WorkflowState.PUBLISHED).toList();
            assertThat(approved).hasSize(3);
            for (Item i : approved) {
                assertThat(sf.review().whyNotApproved(i)).as(i.headline()).isEmpty();
                ItemHistory h = sf.review().history(i.id());
                RevisionSummary head = h.revisions().get(h.revisions().size() - 1);
                assertThat(head.approvals()).singleElement().satisfies(v -> {
                    assertThat(v.label()).isEqualTo("Verified");
                    assertThat(v.approval().reviewerId()).isNotEqualTo(i.writerId());
                });
                assertThat(h.audit()).extracting(a -> a.entry().action()).contains("submit", "approve");
            }
            Item published = sf.items().resolve("trial-recruitment-fell");
            assertThat(sf.review().history(published.id()).audit()).extracting(a -> a.entry().action())
                    .endsWith("submit", "approve", "publish");
        }
    }
}
