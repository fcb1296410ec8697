package org.standfirst.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.standfirst.model.Approval;
import org.standfirst.model.Comment;
import org.standfirst.model.Hashing;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Suggestion;

/**
 * Checks that a package read from a file is whole and honest before anything is imported: every
 * revision's id matches its text, histories are complete, every approval's signature verifies
 * with the key the package carries, and every image's bytes match its SHA-256. The workspace
 * checks (are those keys the ones this workspace knows?) are made on import.
 */
public final class PackageChecks {
    private PackageChecks() {
    }

    /** @throws PackageRefusedException naming the first problem found */
    public static void check(ReviewPackage p) {
        Set<String> itemIds = new HashSet<>();
        for (ReviewPackage.PackagedItem i : p.items()) {
            if (!itemIds.add(i.id())) {
                refuse("The package lists item " + i.id() + " twice");
            }
        }
        Map<String, Revision> revisions = new HashMap<>();
        for (Revision r : p.revisions()) {
            if (!r.idMatchesContent()) {
                refuse("Revision " + shortId(r.id()) + " of '" + r.content().headline()
                        + "' does not match its id: its text was changed after the package was written");
            }
            if (!itemIds.contains(r.itemId())) {
                refuse("Revision " + shortId(r.id()) + " belongs to an item that is not in the package");
            }
            revisions.put(r.id(), r);
        }
        for (Revision r : p.revisions()) {
            for (String parent : r.parentIds()) {
                if (!revisions.containsKey(parent)) {
                    refuse("Revision " + shortId(r.id()) + " names a parent revision " + shortId(parent)
                            + " that is not in the package");
                }
            }
        }
        for (ReviewPackage.PackagedItem i : p.items()) {
            Revision head = revisions.get(i.headRevisionId());
            if (head == null || !head.itemId().equals(i.id())) {
                refuse("Item " + i.id() + " names a latest revision that is not in the package");
            }
        }
        Map<String, Person> people = new HashMap<>();
        for (Person x : p.people()) {
            if (people.put(x.id(), x) != null) {
                refuse("The package lists person " + x.name() + " twice");
            }
        }
        for (Approval a : p.approvals()) {
            Revision r = revisions.get(a.revisionId());
            if (r == null || !r.itemId().equals(a.itemId())) {
                refuse("An approval names revision " + shortId(a.revisionId()) + ", which is not in the package");
            }
            Person reviewer = people.get(a.reviewerId());
            if (reviewer == null) {
                refuse("The approval of '" + r.content().headline() + "' is by someone the package does not name");
            }
            if (!ApprovalSignature.verify(a, reviewer.publicKey())) {
                refuse("The approval of '" + r.content().headline() + "' by " + reviewer.name()
                        + " has a signature that does not verify: it was forged or altered");
            }
        }
        for (Comment c : p.comments()) {
            if (!itemIds.contains(c.itemId())) {
                refuse("Comment " + c.id() + " belongs to an item that is not in the package");
            }
        }
        for (Suggestion s : p.suggestions()) {
            if (!itemIds.contains(s.itemId())) {
                refuse("Suggestion " + s.id() + " belongs to an item that is not in the package");
            }
        }
        for (ReviewPackage.PackagedAsset a : p.assets()) {
            byte[] bytes = a.bytes();
            if (!Hashing.sha256(bytes).equals(a.asset().id()) || bytes.length != a.asset().size()) {
                refuse("The image " + a.asset().fileName() + " does not match its SHA-256: it was changed or damaged");
            }
        }
    }

    static String shortId(String id) {
        return id == null ? "(none)" : id.substring(0, Math.min(12, id.length()));
    }

    private static void refuse(String reason) {
        throw new PackageRefusedException(reason);
    }
}
