package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Approval;
import org.standfirst.model.Asset;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Comment;
import org.standfirst.model.Hashing;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.Suggestion;
import org.standfirst.model.WorkflowState;

class PackageFileTest {
    private static final Instant T = Instant.parse("2026-11-29T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair keys = SignedApprovalTest.keys();
    private final byte[] image = "not really a png".getBytes(StandardCharsets.UTF_8);
    private final String imageId = Hashing.sha256(image);
    private final ItemContent content = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("Shearosomes found")
            .withBody("Tumour cells squeezing through vessels shed fragments.").withTags(List.of("cancer", "cells"))
            .withHero(new HeroImage(imageId, "Cells under a microscope", "Cells", "Sample")).withEmbargo(T.plusSeconds(3600));
    private final Revision r1 = Revision.of("item", List.of(), content, "wri", T, "first");
    private final Revision r2 = Revision.of("item", List.of(r1.id()), content.withHeadline("Shearosomes discovered"), "wri", T, "");
    private final Approval approval = ApprovalSignature.sign("item", r2.id(), "rev", T, keys.getPrivate());

    private ReviewPackage pack() {
        return new ReviewPackage(T, "rev",
                List.of(new ReviewPackage.PackagedItem("item", "wri", WorkflowState.APPROVED, r2.id(), null, 0, T, T)),
                List.of(), List.of(r1, r2),
                List.of(new Comment("c1", "item", r2.id(), null, "rev", "shed fragments", 40, 54, "Source?", false, T)),
                List.of(new Suggestion("s1", "item", r2.id(), "rev", "Tumour", 0, 6, "Cancer", "", Suggestion.Status.OPEN, T, null, null)),
                List.of(approval),
                List.of(new AuditEntry(0, "item", "rev", "approve", WorkflowState.IN_REVIEW, WorkflowState.APPROVED, r2.id(), "Good", T)),
                List.of(new Person("rev", "Ruth Reviewer", Role.REVIEWER, keys.getPublic().getEncoded(), T)),
                List.of(new ReviewPackage.PackagedAsset(new Asset(imageId, "image/png", image.length, "cells.png",
                        "Cells", "", "", "", 10, 10, T), image)));
    }

    @Test
    void aPackageRoundTripsExactly() {
        ReviewPackage back = PackageFile.read(PackageFile.write(pack()));
        assertThat(back).isEqualTo(pack());
        PackageChecks.check(back);
        assertThat(back.revisions()).allMatch(Revision::idMatchesContent);
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] file = PackageFile.write(pack());
        byte[] cut = Arrays.copyOf(file, file.length / 2);
        assertThatThrownBy(() -> PackageFile.read(cut)).isInstanceOf(PackageRefusedException.class)
                .hasMessageStartingWith("The file is not complete JSON (it may be truncated or damaged)");
    }

    @Test
    void anEditWithoutANewChecksumIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(PackageFile.write(pack()));
        ((ObjectNode) root.at("/package/revisions/1/content")).put("body", "A miracle cure.");
        assertThatThrownBy(() -> PackageFile.read(JSON.writeValueAsBytes(root)))
                .hasMessage("The package checksum does not match its contents: the file was changed or damaged after it was written");
    }

    @Test
    void editedTextWithARecomputedChecksumNoLongerMatchesTheRevisionId() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(PackageFile.write(pack()));
        ((ObjectNode) root.at("/package/revisions/1/content")).put("body", "A miracle cure.");
        ReviewPackage forged = PackageFile.read(rechecksum(root));
        assertThatThrownBy(() -> PackageChecks.check(forged)).isInstanceOf(PackageRefusedException.class)
                .hasMessage("Revision " + r2.id().substring(0, 12)
                        + " of 'Shearosomes discovered' does not match its id: its text was changed after the package was written");
    }

    @Test
    void anEditedSignatureWithARecomputedChecksumIsRefused() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(PackageFile.write(pack()));
        byte[] sig = approval.signature();
        sig[0] ^= 0x40;
        ((ObjectNode) root.at("/package/approvals/0")).put("signature", Base64.getEncoder().encodeToString(sig));
        ReviewPackage forged = PackageFile.read(rechecksum(root));
        assertThatThrownBy(() -> PackageChecks.check(forged))
                .hasMessage("The approval of 'Shearosomes discovered' by Ruth Reviewer has a signature that does not verify: it was forged or altered");
    }

    @Test
    void otherDamageIsNamedByItsPlace() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(PackageFile.write(pack()));
        ((ObjectNode) root.at("/package/comments/0")).remove("text");
        assertThatThrownBy(() -> PackageFile.read(rechecksum(root))).hasMessage("package.comments[0].text: missing");
        ObjectNode other = (ObjectNode) JSON.readTree(PackageFile.write(pack()));
        other.put("version", 7);
        assertThatThrownBy(() -> PackageFile.read(JSON.writeValueAsBytes(other)))
                .hasMessage("The package is format version 7; this Standfirst reads version 1: update Standfirst to open it");
        assertThatThrownBy(() -> PackageFile.read("{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a Standfirst review package");
    }

    /** What a forger with a text editor and sha256sum could do. */
    static byte[] rechecksum(ObjectNode root) throws Exception {
        root.put("checksum", PackageFile.checksum(root.get("package")));
        return JSON.writeValueAsBytes(root);
    }
}
