package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Suggestion;

/** Suggested edits on items (table from migration V10), oldest first. */
public final class SuggestionRepository {
    private static final String COLUMNS = "id, item_id, revision_id, author_id, quote, range_start, range_end, "
            + "replacement, note, status, created, decided_by, decided_at";
    private final Db db;

    public SuggestionRepository(Db db) {
        this.db = db;
    }

    public void insert(Suggestion s) {
        db.write(c -> Rows.update(c, "INSERT INTO suggestions (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                s.id(), s.itemId(), s.revisionId(), s.authorId(), s.quote(), s.start(), s.end(), s.replacement(),
                s.note(), s.status().name(), s.created(), s.decidedBy(), s.decidedAt()));
    }

    /** Records a decision (or a new anchor); the proposal itself never changes. */
    public void update(Suggestion s) {
        db.write(c -> Rows.update(c, "UPDATE suggestions SET range_start=?, range_end=?, status=?, decided_by=?, "
                + "decided_at=? WHERE id=?", s.start(), s.end(), s.status().name(), s.decidedBy(), s.decidedAt(), s.id()));
    }

    public Optional<Suggestion> find(String id) {
        return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM suggestions WHERE id = ?", SuggestionRepository::map, id));
    }

    public List<Suggestion> forItem(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM suggestions WHERE item_id = ? ORDER BY created, id",
                SuggestionRepository::map, itemId));
    }

    private static Suggestion map(ResultSet rs) throws SQLException {
        String decidedBy = rs.getString("decided_by");
        return new Suggestion(rs.getString("id"), rs.getString("item_id"), rs.getString("revision_id"),
                rs.getString("author_id"), rs.getString("quote"), rs.getInt("range_start"), rs.getInt("range_end"),
                rs.getString("replacement"), rs.getString("note"), Suggestion.Status.valueOf(rs.getString("status")),
                Db.instant(rs, "created"), decidedBy, Db.instant(rs, "decided_at"));
    }
}
