package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Approval;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;
import org.standfirst.model.Revision;
import org.standfirst.model.WorkflowState;
import org.standfirst.workflow.Action;
import org.standfirst.workflow.DiffSegment;
import org.standfirst.workflow.RefusedException;

class ReviewServiceTest {
    @TempDir
    Path dir;
    Newsroom n;
    ReviewService review;

    @BeforeEach
    void open() {
        n = new Newsroom(dir);
        review = n.sf.review();
    }

    @AfterEach
    void close() {
        n.close();
    }

    @Test
    void draftToApprovedWithASignedApprovalAndAnAuditTrail() {
        Item item = n.draft("Trial recruitment fell", "Recruitment fell by about 60 per cent.");
        assertThat(review.submit(item.id(), n.writer.name(), "Ready").state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(review.approve(item.id(), "Ruth Reviewer", "Clear and accurate").state()).isEqualTo(WorkflowState.APPROVED);

        assertThat(review.isApproved(n.get(item))).isTrue();
        ItemHistory h = review.history(item.id());
        assertThat(h.revisions()).hasSize(1);
        assertThat(h.revisions().get(0).approvals()).singleElement()
                .satisfies(v -> assertThat(v.label()).isEqualTo("Verified"));
        assertThat(h.audit()).extracting(a -> a.entry().action(), AuditLine::actorName, a -> a.entry().comment())
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("submit", "Will Writer", "Ready"),
                        org.assertj.core.groups.Tuple.tuple("approve", "Ruth Reviewer", "Clear and accurate"));
        assertThat(h.audit().get(h.audit().size() - 1).entry().revisionId()).isEqualTo(item.headRevisionId());
    }

    @Test
    void anItemWithNoBodyCannotBeSentForReview() {
        Item item = n.draft("Press release: new trial opens", "   \n\n");
        assertThatThrownBy(() -> review.submit(item.id(), n.writer.id(), ""))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("body: There is no body yet: write it before sending this for review");
        assertThat(n.get(item).state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void nobodyApprovesTheirOwnWork() {
        Item item = n.draft("Cryo-EM transforms biology", "Cryo-electron microscopy shows proteins.");
        review.submit(item.id(), n.writer.id(), "");
        assertThatThrownBy(() -> review.approve(item.id(), n.writer.id(), ""))
                .isInstanceOf(RefusedException.class).hasMessage("Only reviewers and editors can approve an item");
        assertThat(review.can(item.id(), n.editor.id(), Action.APPROVE).allowed()).isTrue();

        // An editor who rewrote part of the text is one of its authors until someone else approves it.
        review.withdraw(item.id(), n.writer.id(), "");
        n.edit(item, n.editor.id(), "Cryo-electron microscopy reveals proteins atom by atom.");
        review.submit(item.id(), n.writer.id(), "");
        assertThatThrownBy(() -> review.approve(item.id(), n.editor.id(), ""))
                .hasMessage("You cannot approve your own work: someone else must review it");
        review.approve(item.id(), n.reviewer.id(), "");
        assertThat(review.isApproved(n.get(item))).isTrue();
    }

    @Test
    void anEditAfterApprovalMakesAnUnapprovedRevisionAndIsAudited() {
        Item item = n.draft("Shearosomes", "Tumour cells shed fragments.");
        review.submit(item.id(), n.writer.id(), "");
        review.approve(item.id(), n.reviewer.id(), "");
        Item edited = n.edit(item, n.writer.id(), "Tumour cells shed fragments, which may help cancer spread.");

        assertThat(edited.state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(edited.headRevisionId()).isNotEqualTo(item.headRevisionId());
        assertThat(review.whyNotApproved(edited)).contains("'Shearosomes' is a draft, not approved");
        List<AuditEntry> audit = n.sf.store().audit().forItem(item.id());
        assertThat(audit.get(audit.size() - 1).action()).isEqualTo("edit");

        // Typing after approval (not yet saved) is not approved either, whatever the state says.
        review.submit(item.id(), n.writer.id(), "");
        review.approve(item.id(), n.reviewer.id(), "");
        n.sf.items().autosave(item.id(), n.get(item).content().withBody("A miracle cure."));
        assertThat(review.whyNotApproved(n.get(item))).contains("'Shearosomes' has edits that are not in the approved revision");
    }

    @Test
    void aForgedApprovalInTheDatabaseIsShownInvalidAndApprovesNothing() {
        Item item = n.draft("Whole-body MRI", "MRI finds residual myeloma.");
        review.submit(item.id(), n.writer.id(), "");
        // Someone with database access marks it approved and adds an approval with a made-up signature.
        n.sf.store().items().setState(item.id(), WorkflowState.APPROVED, java.time.Instant.now());
        n.sf.store().approvals().insert(new Approval(item.id(), item.headRevisionId(), n.reviewer.id(), new byte[64],
                java.time.Instant.parse("2026-11-29T10:00:00Z")));

        assertThat(review.isApproved(n.get(item))).isFalse();
        assertThat(review.whyNotApproved(n.get(item)).orElseThrow())
                .isEqualTo("'Whole-body MRI' has an approval that does not verify: the signature does not match Ruth Reviewer's key");
        assertThat(review.history(item.id()).revisions().get(0).approvals().get(0).label())
                .isEqualTo("Invalid: the signature does not match Ruth Reviewer's key");
    }

    @Test
    void aReportIsApprovedOnlyWhenEverySectionIs() {
        Report r = n.sf.reports().create("Clinical trials in cancer", "clinical-trials-in-cancer", "", "Trials");
        Item one = n.sf.reports().addSection(r.id(), Newsroom.story("Introduction", "Every person should have a trial."), n.writer.id());
        Item two = n.sf.reports().addSection(r.id(), Newsroom.story("The pandemic", "Recruitment fell."), n.editor.id());
        n.sf.items().checkpoint(one.id(), n.writer.id(), "");
        n.sf.items().checkpoint(two.id(), n.editor.id(), "");
        assertThat(n.get(one).kind()).isEqualTo(ItemKind.REPORT_SECTION);

        review.submit(one.id(), n.writer.id(), "");
        review.approve(one.id(), n.reviewer.id(), "");
        assertThat(review.whyReportNotApproved(r.id())).contains(
                "The report 'Clinical trials in cancer' is not approved: 1 of 2 sections await approval (first: 'The pandemic')");

        review.submit(two.id(), n.editor.id(), "");
        review.approve(two.id(), n.reviewer.id(), "");
        assertThat(review.whyReportNotApproved(r.id())).isEmpty();
    }

    @Test
    void historyDiffAndRestore() {
        Item item = n.draft("Trials", "Recruitment fell by 60 per cent.");
        n.edit(item, n.writer.id(), "Recruitment dropped by 60 per cent.");
        var diff = review.diff(item.id(), "1", "2");
        assertThat(diff.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("body");
            assertThat(f.inline()).contains(new DiffSegment(DiffSegment.Kind.REMOVED, "fell"),
                    new DiffSegment(DiffSegment.Kind.ADDED, "dropped"));
        });
        Revision first = review.revision(item.id(), "1");
        assertThat(review.revision(item.id(), first.id().substring(0, 8))).isEqualTo(first);

        Revision restored = review.restoreRevision(item.id(), "1", n.writer.id());
        assertThat(restored.content().body()).isEqualTo("Recruitment fell by 60 per cent.");
        assertThat(restored.parentIds()).containsExactly(review.revision(item.id(), "2").id());
        assertThat(review.history(item.id()).revisions()).hasSize(3);
        assertThatThrownBy(() -> review.restoreRevision(item.id(), "1", n.reviewer.id()))
                .hasMessage("Reviewers suggest changes rather than edit someone else's work");
    }

    @Test
    void theQueueListsOldestFirstWithChangesSinceILastReviewed() {
        Item older = n.draft("Older story", "First text.");
        Item newer = n.draft("Newer story", "Some text.");
        Item mine = n.sf.items().createChecked(Newsroom.story("Reviewer's own", "Text."), n.reviewer.id(), "");
        review.submit(older.id(), n.writer.id(), "");
        review.submit(newer.id(), n.writer.id(), "");
        review.submit(mine.id(), n.reviewer.id(), "");

        assertThat(review.awaitingReview(n.reviewer.id())).extracting(e -> e.item().headline())
                .containsExactly("Older story", "Newer story");

        review.requestChanges(older.id(), n.reviewer.id(), "Say more");
        n.edit(older, n.writer.id(), "First text, with more.");
        review.submit(older.id(), n.writer.id(), "");
        List<QueueEntry> q = review.awaitingReview(n.reviewer.id());
        assertThat(q).extracting(e -> e.item().headline()).containsExactly("Newer story", "Older story");
        QueueEntry again = q.get(1);
        assertThat(again.reviewedBefore()).isTrue();
        assertThat(again.sinceLastReview().fields().get(0).inline())
                .contains(new DiffSegment(DiffSegment.Kind.ADDED, ", with more"));
        assertThat(review.awaitingReview(n.writer.id())).isEmpty();
    }

    @Test
    void aCommentCountsAsHavingSeenARevision() {
        Item item = n.draft("Myeloma MRI", "Whole-body MRI finds disease.");
        review.submit(item.id(), n.writer.id(), "");
        n.sf.comments().addGeneral(item.id(), n.reviewer.id(), "Which study?");
        assertThat(review.awaitingReview(n.reviewer.id()).get(0).sinceLastReview()).isNull();
        n.edit(item, n.writer.id(), "Whole-body MRI finds disease, the iTIMM study shows.");
        QueueEntry e = review.awaitingReview(n.reviewer.id()).get(0);
        assertThat(e.item().state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(e.sinceLastReview().fields()).extracting(f -> f.field()).containsExactly("body");
    }

    @Test
    void archiveAndRestore() {
        Item item = n.draft("Old news", "Text.");
        assertThat(review.archive(item.id(), n.writer.id(), "").state()).isEqualTo(WorkflowState.ARCHIVED);
        assertThatThrownBy(() -> review.submit(item.id(), n.writer.id(), ""))
                .hasMessage("Cannot submit an archived item: restore it first");
        assertThat(review.restore(item.id(), n.writer.id(), "").state()).isEqualTo(WorkflowState.DRAFT);
    }
}
