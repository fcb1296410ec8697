package org.standfirst.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.WorkflowState;

/** The append-only audit log of workflow transitions. */
public final class AuditRepository {
    private static final String COLUMNS = "id, item_id, actor_id, action, from_state, to_state, revision_id, note, happened";
    private final Db db;

    AuditRepository(Db db) {
        this.db = db;
    }

    /** Appends an entry (its id is ignored) and returns it with the id the log gave it. */
    public AuditEntry append(AuditEntry e) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (item_id, actor_id, action, from_state, "
                    + "to_state, revision_id, note, happened) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                Rows.bind(ps, e.itemId(), e.actorId(), e.action(), e.from() == null ? null : e.from().name(),
                        e.to() == null ? null : e.to().name(), e.revisionId(), e.comment(), e.at());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new AuditEntry(keys.getLong(1), e.itemId(), e.actorId(), e.action(), e.from(), e.to(),
                            e.revisionId(), e.comment(), e.at());
                }
            }
        });
    }

    /** An item's entries in the order they happened. */
    public List<AuditEntry> forItem(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM audit_log WHERE item_id = ? ORDER BY id",
                AuditRepository::map, itemId));
    }

    public List<AuditEntry> all() {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM audit_log ORDER BY id", AuditRepository::map));
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        String from = rs.getString("from_state");
        String to = rs.getString("to_state");
        return new AuditEntry(rs.getLong("id"), rs.getString("item_id"), rs.getString("actor_id"), rs.getString("action"),
                from == null ? null : WorkflowState.valueOf(from), to == null ? null : WorkflowState.valueOf(to),
                rs.getString("revision_id"), rs.getString("note"), Db.instant(rs, "happened"));
    }
}
