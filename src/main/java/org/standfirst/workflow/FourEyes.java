package org.standfirst.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.standfirst.model.Revision;
import org.standfirst.model.RevisionLink;

/**
 * Who counts as an author of a revision for the four-eyes rule: the item's writer, and everyone
 * who authored a revision between the last validly approved revision (exclusive) and this one
 * (inclusive). Approved text was already checked by someone else, so its authors are free to
 * review later changes made by others; text they wrote since, they cannot approve.
 */
public final class FourEyes {
    private FourEyes() {
    }

    /**
     * @param revisionId        the revision about to be approved
     * @param revisions         the item's revisions by id (missing parents are simply not walked)
     * @param approvedRevisions ids of revisions that carry a valid approval
     */
    public static Set<String> authors(String writerId, String revisionId, Map<String, Revision> revisions,
                                      Set<String> approvedRevisions) {
        return authors(writerId, revisionId, id -> {
            Revision r = revisions.get(id);
            return r == null ? null : r.link();
        }, approvedRevisions::contains);
    }

    /**
     * The same walk over the history without its text: {@code links} finds a revision's parents
     * and author by id (null when missing), and {@code approved} says whether a revision carries a
     * valid approval; it is asked only about revisions the walk reaches, so it may be costly.
     */
    public static Set<String> authors(String writerId, String revisionId,
                                      java.util.function.Function<String, RevisionLink> links,
                                      java.util.function.Predicate<String> approved) {
        Set<String> out = new LinkedHashSet<>();
        if (writerId != null) {
            out.add(writerId);
        }
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        if (revisionId != null) {
            todo.add(revisionId);
        }
        boolean first = true;
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!seen.add(id)) {
                continue;
            }
            // The revision under approval counts even when an earlier approval names it.
            if (!first && approved.test(id)) {
                continue;
            }
            first = false;
            RevisionLink r = links.apply(id);
            if (r == null) {
                continue;
            }
            if (r.authorId() != null) {
                out.add(r.authorId());
            }
            todo.addAll(r.parentIds());
        }
        return out;
    }

    public static boolean isOwnWork(String personId, String writerId, String revisionId,
                                    Map<String, Revision> revisions, Set<String> approvedRevisions) {
        return authors(writerId, revisionId, revisions, approvedRevisions).contains(personId);
    }
}
