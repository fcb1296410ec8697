package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.WorkflowState;
import org.standfirst.workflow.PackageRefusedException;
import org.standfirst.workflow.WorkflowTestAccess;

/** Two people, two workspaces, one story: from draft to approved by exchanging packages. */
class ReviewPackageRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    Newsroom writerDesk;
    Newsroom reviewerDesk;

    @BeforeEach
    void open() {
        writerDesk = new Newsroom(tmp.resolve("writer"), "Will Writer", null, "Ed Editor");
        reviewerDesk = new Newsroom(tmp.resolve("reviewer"), null, "Ruth Reviewer", "Ed Editor");
    }

    @AfterEach
    void close() {
        writerDesk.close();
        reviewerDesk.close();
    }

    private Item submitted() {
        Item item = writerDesk.draft("Shearosomes found", "Tumour cells squeezing through narrow vessels shed fragments.");
        writerDesk.sf.review().submit(item.id(), writerDesk.writer.id(), "Please review");
        return writerDesk.get(item);
    }

    private Path export(Newsroom desk, Item item, String as, String name) {
        return desk.sf.packages().export(List.of(item.id()), tmp.resolve(name), as);
    }

    @Test
    void aStoryGoesFromDraftToApprovedByExchangingPackages() {
        Item item = submitted();
        writerDesk.sf.comments().addGeneral(item.id(), "Ed Editor", "Looks promising");
        Path request = export(writerDesk, item, writerDesk.writer.id(), "request.sfreview.json");

        PackageImportResult in = reviewerDesk.sf.packages().importPackage(request);
        assertThat(in.itemIds()).containsExactly(item.id());
        assertThat(in.notes()).contains("Added Will Writer (writer) with the signing key from the package",
                "Added Ed Editor as 'Ed Editor (2)': this workspace already has a different person of that name");
        Item there = reviewerDesk.sf.items().get(item.id());
        assertThat(there.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(there.content()).isEqualTo(item.content());

        // The reviewer comments, suggests and approves in their own workspace, with their own key.
        CommentService c = reviewerDesk.sf.comments();
        String body = there.content().body();
        int s = body.indexOf("narrow vessels");
        c.add(item.id(), "Ruth Reviewer", s, s + "narrow vessels".length(), "How narrow?");
        c.suggestReplacing(item.id(), "Ruth Reviewer", "shed fragments", "shed tiny fragments", "Clearer");
        reviewerDesk.sf.review().approve(item.id(), "Ruth Reviewer", "Good");
        Path reply = export(reviewerDesk, item, "Ruth Reviewer", "reply.sfreview.json");

        PackageImportResult back = writerDesk.sf.packages().importPackage(reply);
        assertThat(back.notes()).contains("Ruth Reviewer approved 'Shearosomes found': Good");
        assertThat(back.commentsAdded()).isEqualTo(1);
        assertThat(back.suggestionsAdded()).isEqualTo(1);
        assertThat(back.approvalsAdded()).isEqualTo(1);
        Item home = writerDesk.get(item);
        assertThat(home.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(writerDesk.sf.review().isApproved(home)).isTrue();
        assertThat(writerDesk.sf.review().history(item.id()).revisions().get(0).approvals().get(0).label()).isEqualTo("Verified");
        assertThat(writerDesk.sf.comments().threads(item.id())).extracting(t -> t.root().comment().text())
                .containsExactlyInAnyOrder("Looks promising", "How narrow?");

        // Importing the same reply again adds nothing.
        PackageImportResult again = writerDesk.sf.packages().importPackage(reply);
        assertThat(again.revisionsAdded() + again.commentsAdded() + again.suggestionsAdded() + again.approvalsAdded()).isZero();

        // Accepting the suggestion is an edit: the new text is not approved.
        String sid = writerDesk.sf.comments().suggestions(item.id()).get(0).id();
        writerDesk.sf.comments().accept(sid, writerDesk.writer.id());
        assertThat(writerDesk.get(item).state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(writerDesk.sf.review().isApproved(writerDesk.get(item))).isFalse();
    }

    @Test
    void twoRoundsChangesRequestedThenApproved() {
        Item item = submitted();
        reviewerDesk.sf.packages().importPackage(export(writerDesk, item, null, "round1.json"));
        reviewerDesk.sf.comments().suggestReplacing(item.id(), "Ruth Reviewer", "shed fragments", "shed tiny fragments", "");
        reviewerDesk.sf.review().requestChanges(item.id(), "Ruth Reviewer", "One small change");
        writerDesk.sf.packages().importPackage(export(reviewerDesk, item, null, "reply1.json"));
        assertThat(writerDesk.get(item).state()).isEqualTo(WorkflowState.CHANGES_REQUESTED);

        writerDesk.sf.comments().acceptAll(item.id(), writerDesk.writer.id());
        writerDesk.sf.review().submit(item.id(), writerDesk.writer.id(), "Done");
        PackageImportResult round2 = reviewerDesk.sf.packages().importPackage(export(writerDesk, item, null, "round2.json"));
        assertThat(round2.revisionsAdded()).isEqualTo(1);
        Item there = reviewerDesk.sf.items().get(item.id());
        assertThat(there.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(there.content().body()).contains("shed tiny fragments");
        assertThat(reviewerDesk.sf.comments().suggestions(item.id())).singleElement()
                .satisfies(v -> assertThat(v.suggestion().status()).isEqualTo(org.standfirst.model.Suggestion.Status.ACCEPTED));
        QueueEntry q = reviewerDesk.sf.review().awaitingReview("Ruth Reviewer").get(0);
        assertThat(q.sinceLastReview().fields()).extracting(f -> f.field()).containsExactly("body");

        reviewerDesk.sf.review().approve(item.id(), "Ruth Reviewer", "Thank you");
        writerDesk.sf.packages().importPackage(export(reviewerDesk, item, null, "reply2.json"));
        Item home = writerDesk.get(item);
        assertThat(home.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(writerDesk.sf.review().whyNotApproved(home)).isEmpty();
    }

    @Test
    void aDecisionOnARevisionTheWriterHasSinceEditedAppliesToThatRevisionOnly() {
        Item item = submitted();
        Path request = export(writerDesk, item, null, "request.sfreview.json");
        writerDesk.edit(item, writerDesk.writer.id(), "Tumour cells squeezing through narrow vessels shed fragments, a study finds.");

        reviewerDesk.sf.packages().importPackage(request);
        reviewerDesk.sf.review().approve(item.id(), "Ruth Reviewer", "");
        PackageImportResult back = writerDesk.sf.packages().importPackage(export(reviewerDesk, item, null, "reply.sfreview.json"));

        assertThat(back.notes()).contains("Ruth Reviewer approved revision 1 of 'Shearosomes found', but it has been edited "
                + "since: the latest revision still needs approval");
        Item home = writerDesk.get(item);
        assertThat(home.state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(writerDesk.sf.review().isApproved(home)).isFalse();
        var revisions = writerDesk.sf.review().history(item.id()).revisions();
        assertThat(revisions.get(0).approved()).isTrue();
        assertThat(revisions.get(1).approved()).isFalse();
    }

    @Test
    void aWholeReportTravelsAndIsApprovedOnlyWhenEverySectionIs() {
        var reports = writerDesk.sf.reports();
        var report = reports.create("Clinical trials in cancer", "clinical-trials-in-cancer", "Trials and the pandemic", "Trials");
        Item one = reports.addSection(report.id(), Newsroom.story("Why trials matter", "Every person who wants a trial should join one."),
                writerDesk.writer.id());
        Item two = reports.addSection(report.id(), Newsroom.story("The pandemic", "Recruitment fell by about 60 per cent."),
                writerDesk.writer.id());
        for (Item s : List.of(one, two)) {
            writerDesk.sf.review().submit(s.id(), writerDesk.writer.id(), "");
        }
        Path request = writerDesk.sf.packages().export(List.of("clinical-trials-in-cancer"), tmp.resolve("report.json"), null);

        reviewerDesk.sf.packages().importPackage(request);
        assertThat(reviewerDesk.sf.reports().sections(report.id())).extracting(Item::headline)
                .containsExactly("Why trials matter", "The pandemic");
        reviewerDesk.sf.review().approve(one.id(), "Ruth Reviewer", "");
        reviewerDesk.sf.review().requestChanges(two.id(), "Ruth Reviewer", "Give the source of the figure");
        Path reply = reviewerDesk.sf.packages().export(List.of(report.id()), tmp.resolve("reply.json"), null);

        PackageImportResult back = writerDesk.sf.packages().importPackage(reply);
        assertThat(back.notes()).contains("Ruth Reviewer requested changes to 'The pandemic': Give the source of the figure");
        assertThat(writerDesk.sf.review().whyReportNotApproved(report.id())).contains("The report 'Clinical trials in cancer' "
                + "is not approved: 1 of 2 sections await approval (first: 'The pandemic')");
        assertThat(writerDesk.get(two).state()).isEqualTo(WorkflowState.CHANGES_REQUESTED);
    }

    @Test
    void importingAPackageIntoTheWorkspaceThatWroteItChangesNothing() {
        Item item = submitted();
        writerDesk.sf.comments().addGeneral(item.id(), "Ed Editor", "Fine by me");
        Path file = export(writerDesk, item, null, "self.json");
        PackageImportResult r = writerDesk.sf.packages().importPackage(file);
        assertThat(r.revisionsAdded() + r.commentsAdded() + r.suggestionsAdded() + r.approvalsAdded()).isZero();
        assertThat(r.notes()).isEmpty();
        assertThat(writerDesk.sf.review().history(item.id()).audit()).hasSize(1);
    }

    @Test
    void aTruncatedPackageIsRefusedAndChangesNothing() throws Exception {
        Item item = submitted();
        Path file = export(writerDesk, item, null, "request.sfreview.json");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 200));

        assertThatThrownBy(() -> reviewerDesk.sf.packages().importPackage(file)).isInstanceOf(PackageRefusedException.class)
                .hasMessageStartingWith("request.sfreview.json: The file is not complete JSON (it may be truncated or damaged)");
        assertThat(reviewerDesk.sf.items().find(item.id())).isEmpty();
        assertThat(reviewerDesk.sf.people().all()).hasSize(2);
    }

    @Test
    void aReplyWithAnEditedSignatureIsRefusedAndChangesNothing() throws Exception {
        Item item = submitted();
        reviewerDesk.sf.packages().importPackage(export(writerDesk, item, null, "request.sfreview.json"));
        reviewerDesk.sf.review().approve(item.id(), "Ruth Reviewer", "");
        Path reply = export(reviewerDesk, item, null, "reply.sfreview.json");
        ObjectNode root = (ObjectNode) JSON.readTree(reply.toFile());
        ObjectNode approval = (ObjectNode) root.at("/package/approvals/0");
        byte[] sig = Base64.getDecoder().decode(approval.get("signature").asText());
        sig[10] ^= 1;
        approval.put("signature", Base64.getEncoder().encodeToString(sig));
        Files.write(reply, WorkflowTestAccess.rechecksum(root));

        assertThatThrownBy(() -> writerDesk.sf.packages().importPackage(reply)).hasMessage("reply.sfreview.json: The approval of "
                + "'Shearosomes found' by Ruth Reviewer has a signature that does not verify: it was forged or altered");
        assertThat(writerDesk.get(item).state()).isEqualTo(WorkflowState.IN_REVIEW);
        assertThat(writerDesk.sf.store().approvals().forItem(item.id())).isEmpty();
    }

    @Test
    void aPackageWithEditedTextIsRefused() throws Exception {
        Item item = submitted();
        Path file = export(writerDesk, item, null, "request.sfreview.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) root.at("/package/revisions/0/content")).put("body", "A miracle cure.");
        Files.write(file, WorkflowTestAccess.rechecksum(root));

        assertThatThrownBy(() -> reviewerDesk.sf.packages().importPackage(file))
                .hasMessageContaining("does not match its id: its text was changed after the package was written");
        assertThat(reviewerDesk.sf.items().find(item.id())).isEmpty();
    }

    @Test
    void aPackageCarryingADifferentKeyForSomeoneKnownIsRefusedAsForged() throws Exception {
        Item item = submitted();
        reviewerDesk.sf.packages().importPackage(export(writerDesk, item, null, "request.sfreview.json"));
        reviewerDesk.sf.review().approve(item.id(), "Ruth Reviewer", "");
        Path reply = export(reviewerDesk, item, null, "reply.sfreview.json");
        // Someone swaps in their own key for the writer (and re-signs nothing): the writer's desk knows the real key.
        ObjectNode root = (ObjectNode) JSON.readTree(reply.toFile());
        for (var p : root.at("/package/people")) {
            if (p.get("name").asText().equals("Will Writer")) {
                ((ObjectNode) p).put("publicKey", Base64.getEncoder().encodeToString(
                        java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded()));
            }
        }
        Files.write(reply, WorkflowTestAccess.rechecksum(root));
        assertThatThrownBy(() -> writerDesk.sf.packages().importPackage(reply)).hasMessage("reply.sfreview.json: Will Writer's "
                + "signing key in the package differs from the one in this workspace: the package may be forged");
    }
}
