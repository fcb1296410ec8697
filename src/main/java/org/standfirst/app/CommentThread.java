package org.standfirst.app;

import java.util.List;
import org.standfirst.workflow.Anchor;

/**
 * A root comment, its replies oldest first, and where its quote is in the text it was checked
 * against (the working copy, or a revision in the history view). An orphaned thread says so
 * through {@link Anchor#describe()}; an unanchored comment (no quote) is about the whole item.
 */
public record CommentThread(CommentView root, List<CommentView> replies, Anchor anchor) {
    public CommentThread {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return root.comment().resolved();
    }

    public boolean orphaned() {
        return anchor.status() == Anchor.Status.ORPHANED;
    }
}
