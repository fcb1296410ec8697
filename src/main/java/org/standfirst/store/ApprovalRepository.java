package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.standfirst.model.Approval;

/** Signed approvals, each naming the revision it approves. */
public final class ApprovalRepository {
    private static final String COLUMNS = "item_id, revision_id, reviewer_id, signature, approved";
    private final Db db;

    ApprovalRepository(Db db) {
        this.db = db;
    }

    public void insert(Approval a) {
        db.write(c -> Rows.update(c, "INSERT INTO approvals (" + COLUMNS + ") VALUES (?,?,?,?,?)",
                a.itemId(), a.revisionId(), a.reviewerId(), a.signature(), a.at()));
    }

    /** An item's approvals, oldest first. */
    public List<Approval> forItem(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM approvals WHERE item_id = ? ORDER BY id",
                ApprovalRepository::map, itemId));
    }

    public List<Approval> forRevision(String revisionId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM approvals WHERE revision_id = ? ORDER BY id",
                ApprovalRepository::map, revisionId));
    }

    private static Approval map(ResultSet rs) throws SQLException {
        return new Approval(rs.getString("item_id"), rs.getString("revision_id"), rs.getString("reviewer_id"),
                rs.getBytes("signature"), Db.instant(rs, "approved"));
    }
}
