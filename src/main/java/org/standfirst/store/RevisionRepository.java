package org.standfirst.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Revision;

/**
 * Immutable, content-addressed revisions and their parent links. Inserting a revision that is
 * already stored is a no-op: the same id means the same content and history.
 */
public final class RevisionRepository {
    private final Db db;

    RevisionRepository(Db db) {
        this.db = db;
    }

    /** Stores the revision unless its id is already there; returns true when it was added. */
    public boolean insert(Revision r) {
        return db.write(c -> {
            if (Rows.one(c, "SELECT id FROM revisions WHERE id = ?", rs -> rs.getString(1), r.id()).isPresent()) {
                return false;
            }
            long seq = Rows.one(c, "SELECT COALESCE(MAX(seq), 0) FROM revisions WHERE item_id = ?",
                    rs -> rs.getLong(1), r.itemId()).orElse(0L) + 1;
            Rows.update(c, "INSERT INTO revisions (id, item_id, seq, content, author_id, created, message) "
                    + "VALUES (?,?,?,?,?,?,?)", r.id(), r.itemId(), seq, ContentJson.write(r.content()), r.authorId(),
                    r.created(), r.message());
            if (!r.parentIds().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO revision_parents (revision_id, parent_id, ordinal) VALUES (?,?,?)")) {
                    int k = 0;
                    for (String p : r.parentIds()) {
                        ps.setString(1, r.id());
                        ps.setString(2, p);
                        ps.setInt(3, k++);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return true;
        });
    }

    /**
     * Inserts revisions of items that have none stored yet, in the order given (each item's
     * revisions oldest first), with batched statements: for bulk loads.
     */
    public void insertAll(List<Revision> revisions) {
        db.write(c -> {
            java.util.Map<String, Long> seq = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revisions (id, item_id, seq, content, author_id, "
                    + "created, message) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement parents = c.prepareStatement(
                         "INSERT INTO revision_parents (revision_id, parent_id, ordinal) VALUES (?,?,?)")) {
                for (Revision r : revisions) {
                    Rows.bind(ps, r.id(), r.itemId(), seq.merge(r.itemId(), 1L, Long::sum), ContentJson.write(r.content()),
                            r.authorId(), r.created(), r.message());
                    ps.addBatch();
                    int k = 0;
                    for (String p : r.parentIds()) {
                        Rows.bind(parents, r.id(), p, k++);
                        parents.addBatch();
                    }
                }
                ps.executeBatch();
                parents.executeBatch();
            }
            return null;
        });
    }

    /** True when the stored revision has exactly this content (compared as canonical JSON, without parsing). */
    public boolean hasContent(String id, org.standfirst.model.ItemContent content) {
        String json = ContentJson.write(content);
        return db.read(c -> Rows.one(c, "SELECT content FROM revisions WHERE id = ?", rs -> rs.getString(1), id)
                .map(json::equals).orElse(false));
    }

    public Optional<Revision> find(String id) {
        return db.read(c -> {
            Optional<Revision> r = Rows.one(c, "SELECT id, item_id, content, author_id, created, message FROM revisions "
                    + "WHERE id = ?", rs -> map(rs, List.of()), id);
            if (r.isEmpty()) {
                return r;
            }
            return Optional.of(withParents(r.get(), parents(c, id)));
        });
    }

    /** Every revision of an item, oldest first (the order they were made in this workspace). */
    public List<Revision> history(String itemId) {
        return db.read(c -> {
            List<Revision> revs = Rows.list(c, "SELECT id, item_id, content, author_id, created, message FROM revisions "
                    + "WHERE item_id = ? ORDER BY seq", rs -> map(rs, List.of()), itemId);
            java.util.Map<String, List<String>> parents = new java.util.HashMap<>();
            Rows.list(c, "SELECT p.revision_id, p.parent_id FROM revision_parents p JOIN revisions r ON r.id = p.revision_id "
                    + "WHERE r.item_id = ? ORDER BY p.revision_id, p.ordinal", rs -> new String[] {rs.getString(1), rs.getString(2)},
                    itemId).forEach(a -> parents.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]));
            return revs.stream().map(r -> withParents(r, parents.getOrDefault(r.id(), List.of()))).toList();
        });
    }

    /**
     * The item's history without the text: each revision's id, parents and author, oldest first.
     * For walking the history (four eyes) without reading every revision's content.
     */
    public List<org.standfirst.model.RevisionLink> links(String itemId) {
        return db.read(c -> {
            java.util.Map<String, List<String>> parents = new java.util.HashMap<>();
            Rows.list(c, "SELECT p.revision_id, p.parent_id FROM revision_parents p JOIN revisions r ON r.id = p.revision_id "
                    + "WHERE r.item_id = ? ORDER BY p.revision_id, p.ordinal", rs -> new String[] {rs.getString(1), rs.getString(2)},
                    itemId).forEach(a -> parents.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a[1]));
            return Rows.list(c, "SELECT id, author_id FROM revisions WHERE item_id = ? ORDER BY seq",
                    rs -> new org.standfirst.model.RevisionLink(rs.getString(1), parents.getOrDefault(rs.getString(1), List.of()),
                            rs.getString(2)), itemId);
        });
    }

    /** Revisions of an item that no other revision names as a parent: one normally, two or more after a fork. */
    public List<String> heads(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT r.id FROM revisions r WHERE r.item_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM revision_parents p WHERE p.parent_id = r.id) ORDER BY r.seq", rs -> rs.getString(1), itemId));
    }

    public int count() {
        return db.read(c -> Rows.one(c, "SELECT COUNT(*) FROM revisions", rs -> rs.getInt(1)).orElse(0));
    }

    private static List<String> parents(java.sql.Connection c, String id) throws SQLException {
        return Rows.list(c, "SELECT parent_id FROM revision_parents WHERE revision_id = ? ORDER BY ordinal",
                rs -> rs.getString(1), id);
    }

    private static Revision withParents(Revision r, List<String> parents) {
        return new Revision(r.id(), r.itemId(), parents, r.content(), r.authorId(), r.created(), r.message());
    }

    private static Revision map(ResultSet rs, List<String> parents) throws SQLException {
        return new Revision(rs.getString("id"), rs.getString("item_id"), parents, ContentJson.read(rs.getString("content")),
                rs.getString("author_id"), Db.instant(rs, "created"), rs.getString("message"));
    }
}
