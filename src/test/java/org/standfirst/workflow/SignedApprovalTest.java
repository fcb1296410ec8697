package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Approval;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

class SignedApprovalTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00.123456Z");
    private final KeyPair reviewerKeys = keys();
    private final KeyPair writerKeys = keys();
    private final Person reviewer = new Person("rev", "Ruth Reviewer", Role.REVIEWER, reviewerKeys.getPublic().getEncoded(), NOW);
    private final Person writer = new Person("wri", "Will Writer", Role.WRITER, writerKeys.getPublic().getEncoded(), NOW);
    private final ItemContent content = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Shearosomes").withBody("Cells shed fragments.");
    private final Revision rev = Revision.of("item", List.of(), content, "wri", NOW, "");
    private final Map<String, Revision> revs = Map.of(rev.id(), rev);
    private final Item approvedItem = new Item("item", content, "wri", WorkflowState.APPROVED, rev.id(), null, 0, NOW, NOW);

    static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Person person(String id) {
        return id.equals("rev") ? reviewer : id.equals("wri") ? writer : null;
    }

    @Test
    void aSignedApprovalVerifiesAndApprovesTheItem() {
        Approval a = ApprovalSignature.sign("item", rev.id(), "rev", NOW, reviewerKeys.getPrivate());
        assertThat(ApprovalSignature.verify(a, reviewer.publicKey())).isTrue();
        ItemApprovals ia = ItemApprovals.of(approvedItem, revs, List.of(a), this::person);
        assertThat(ia.isApproved()).isTrue();
        assertThat(ia.all().get(0).label()).isEqualTo("Verified");
    }

    @Test
    void anEditedSignatureIsInvalidAndTheItemIsNotApproved() {
        Approval a = ApprovalSignature.sign("item", rev.id(), "rev", NOW, reviewerKeys.getPrivate());
        byte[] sig = a.signature();
        sig[5] ^= 1;
        Approval forged = new Approval(a.itemId(), a.revisionId(), a.reviewerId(), sig, a.at());
        ItemApprovals ia = ItemApprovals.of(approvedItem, revs, List.of(forged), this::person);
        assertThat(ia.isApproved()).isFalse();
        assertThat(ia.all().get(0).label()).isEqualTo("Invalid: the signature does not match Ruth Reviewer's key");
        assertThat(ia.reason()).contains("has an approval that does not verify");
    }

    @Test
    void aSignatureCannotBeMovedToAnotherRevisionOrSignedWithAnotherKey() {
        Approval a = ApprovalSignature.sign("item", rev.id(), "rev", NOW, reviewerKeys.getPrivate());
        Approval moved = new Approval("item", "f".repeat(64), "rev", a.signature(), a.at());
        assertThat(ApprovalSignature.verify(moved, reviewer.publicKey())).isFalse();
        Approval byWriterKey = ApprovalSignature.sign("item", rev.id(), "rev", NOW, writerKeys.getPrivate());
        assertThat(ApprovalSignature.verify(byWriterKey, reviewer.publicKey())).isFalse();
    }

    @Test
    void theWritersOwnApprovalNeverCountsEvenWithAGoodSignature() {
        Person promoted = new Person("wri", "Will Writer", Role.EDITOR, writerKeys.getPublic().getEncoded(), NOW);
        Approval a = ApprovalSignature.sign("item", rev.id(), "wri", NOW, writerKeys.getPrivate());
        ItemApprovals ia = ItemApprovals.of(approvedItem, revs, List.of(a), id -> promoted);
        assertThat(ia.isApproved()).isFalse();
        assertThat(ia.all().get(0).problem()).isEqualTo("Will Writer approved their own work");
    }

    @Test
    void editsAfterApprovalAreNotApproved() {
        Approval a = ApprovalSignature.sign("item", rev.id(), "rev", NOW, reviewerKeys.getPrivate());
        Item edited = approvedItem.withContent(content.withBody("Cells shed fragments. A cure!"), NOW);
        assertThat(ItemApprovals.of(edited, revs, List.of(a), this::person).reason())
                .isEqualTo("'Shearosomes' has edits that are not in the approved revision");
        Revision next = Revision.of("item", List.of(rev.id()), edited.content(), "wri", NOW, "");
        Item moved = new Item("item", edited.content(), "wri", WorkflowState.APPROVED, next.id(), null, 0, NOW, NOW);
        assertThat(ItemApprovals.of(moved, Map.of(rev.id(), rev, next.id(), next), List.of(a), this::person).isApproved()).isFalse();
    }
}
