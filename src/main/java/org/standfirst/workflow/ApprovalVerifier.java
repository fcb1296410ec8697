package org.standfirst.workflow;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.standfirst.model.Approval;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;

/**
 * Checks an approval as read from the store or a package: the reviewer is known and may review,
 * the signature verifies with their public key, and the reviewer is not an author of the text
 * (checked again on read, so an edited database cannot make a writer's own approval count).
 */
public final class ApprovalVerifier {
    private ApprovalVerifier() {
    }

    /**
     * @param people    finds a person by id, or null
     * @param ownAuthors the authors of the approved revision under the four-eyes rule, or an empty
     *                   set when that is not being checked
     */
    public static VerifiedApproval verify(Approval a, Function<String, Person> people, Set<String> ownAuthors) {
        Person p = people.apply(a.reviewerId());
        if (p == null) {
            return new VerifiedApproval(a, null, false, "the reviewer " + a.reviewerId() + " is not known here");
        }
        if (!ApprovalSignature.verify(a, p.publicKey())) {
            return new VerifiedApproval(a, p.name(), false, "the signature does not match " + p.name() + "'s key");
        }
        if (!p.role().canReview()) {
            return new VerifiedApproval(a, p.name(), false, p.name() + " is a writer and cannot approve");
        }
        if (ownAuthors.contains(p.id())) {
            return new VerifiedApproval(a, p.name(), false, p.name() + " approved their own work");
        }
        return new VerifiedApproval(a, p.name(), true, "");
    }

    /** Verifies with the four-eyes authors computed from the item's revisions. */
    public static VerifiedApproval verify(Approval a, Function<String, Person> people, String writerId,
                                          Map<String, Revision> revisions, Set<String> approvedBefore) {
        return verify(a, people, FourEyes.authors(writerId, a.revisionId(), revisions, approvedBefore));
    }
}
