package org.standfirst.app;

import org.standfirst.model.Comment;

/** A comment with its author's name. */
public record CommentView(Comment comment, String authorName) {
    public String id() {
        return comment.id();
    }
}
