package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Comment;

/** Comments on items, oldest first; threads hang off a root comment through parent ids. */
public final class CommentRepository {
    private static final String COLUMNS = "id, item_id, revision_id, parent_id, author_id, quote, range_start, range_end, "
            + "body, resolved, created";
    private final Db db;

    CommentRepository(Db db) {
        this.db = db;
    }

    public void insert(Comment m) {
        db.write(c -> Rows.update(c, "INSERT INTO comments (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                m.id(), m.itemId(), m.revisionId(), m.parentId(), m.authorId(), m.quote(), m.start(), m.end(), m.text(),
                m.resolved(), m.created()));
    }

    /** Rewrites the mutable parts: anchor (revision, quote, range), text and resolved flag. */
    public void update(Comment m) {
        db.write(c -> Rows.update(c, "UPDATE comments SET revision_id=?, quote=?, range_start=?, range_end=?, body=?, "
                + "resolved=? WHERE id=?", m.revisionId(), m.quote(), m.start(), m.end(), m.text(), m.resolved(), m.id()));
    }

    public void setResolved(String id, boolean resolved) {
        db.write(c -> Rows.update(c, "UPDATE comments SET resolved=? WHERE id=?", resolved, id));
    }

    public Optional<Comment> find(String id) {
        return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM comments WHERE id = ?", CommentRepository::map, id));
    }

    public List<Comment> forItem(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM comments WHERE item_id = ? ORDER BY created, id",
                CommentRepository::map, itemId));
    }

    private static Comment map(ResultSet rs) throws SQLException {
        return new Comment(rs.getString("id"), rs.getString("item_id"), rs.getString("revision_id"), rs.getString("parent_id"),
                rs.getString("author_id"), rs.getString("quote"), rs.getInt("range_start"), rs.getInt("range_end"),
                rs.getString("body"), rs.getBoolean("resolved"), Db.instant(rs, "created"));
    }
}
