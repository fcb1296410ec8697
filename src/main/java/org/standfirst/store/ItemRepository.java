package org.standfirst.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standfirst.model.HeroImage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.WorkflowState;

/** Items with their working copy, state and head; keeps the search index in step with the text. */
public final class ItemRepository {
    private static final String COLUMNS = "i.id, i.kind, i.headline, i.standfirst, i.byline, i.body, i.topic, i.tags, "
            + "i.slug, i.hero_asset_id, i.hero_alt, i.hero_caption, i.hero_credit, i.embargo, i.notes_to_editors, "
            + "i.language, i.writer_id, i.state, i.head_revision_id, i.report_id, i.position, i.created, i.updated";

    private static final String INSERT = "INSERT INTO items (kind, headline, standfirst, byline, body, "
            + "topic, tags, slug, hero_asset_id, hero_alt, hero_caption, hero_credit, embargo, notes_to_editors, "
            + "language, writer_id, state, head_revision_id, report_id, position, created, updated, id) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private final Db db;

    ItemRepository(Db db) {
        this.db = db;
    }

    public void insert(Item item) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bindNew(ps, item);
                ps.executeUpdate();
            }
            index(c, item.id(), item.content());
            return null;
        });
    }

    /**
     * Inserts many new items at once with batched statements (bulk loads such as the bench's
     * generated workspace); the same as {@link #insert} for each, only faster.
     */
    public void insertAll(List<Item> items) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT);
                 PreparedStatement terms = c.prepareStatement("INSERT INTO search_terms (term, item_id) VALUES (?, ?)")) {
                for (Item item : items) {
                    bindNew(ps, item);
                    ps.addBatch();
                    for (String t : Terms.of(item.content())) {
                        terms.setString(1, t);
                        terms.setString(2, item.id());
                        terms.addBatch();
                    }
                }
                ps.executeBatch();
                terms.executeBatch();
            }
            return null;
        });
    }

    public Optional<Item> find(String id) {
        return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM items i WHERE i.id = ?", id));
    }

    /**
     * Reads an item and locks its row until the surrounding transaction ends, so two checkpoints
     * of one item from two threads queue up instead of both branching from the same head.
     */
    public Optional<Item> findForUpdate(String id) {
        return db.write(c -> one(c, "SELECT " + COLUMNS + " FROM items i WHERE i.id = ? FOR UPDATE", id));
    }

    public List<Item> findBySlug(String slug) {
        return db.read(c -> many(c, "SELECT " + COLUMNS + " FROM items i WHERE i.slug = ? ORDER BY i.created", slug));
    }

    /** Items whose headline starts with the text, ignoring case. */
    public List<Item> findByHeadlinePrefix(String prefix) {
        String p = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return db.read(c -> many(c, "SELECT " + COLUMNS + " FROM items i WHERE LOWER(i.headline) LIKE ? ESCAPE '\\' "
                + "ORDER BY i.updated DESC", p + "%"));
    }

    /** Sections of a report in reading order. */
    public List<Item> sectionsOf(String reportId) {
        return db.read(c -> many(c, "SELECT " + COLUMNS + " FROM items i WHERE i.report_id = ? ORDER BY i.position, i.created",
                reportId));
    }

    /** Replaces the working copy (autosave) and re-indexes the words that changed. */
    public void updateContent(String id, ItemContent content, Instant updated) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET kind=?, headline=?, standfirst=?, byline=?, "
                    + "body=?, topic=?, tags=?, slug=?, hero_asset_id=?, hero_alt=?, hero_caption=?, hero_credit=?, "
                    + "embargo=?, notes_to_editors=?, language=?, updated=? WHERE id=?")) {
                int n = bindContent(ps, content);
                ps.setObject(++n, Db.ts(updated));
                ps.setString(++n, id);
                requireOne(ps.executeUpdate(), id);
            }
            index(c, id, content);
            return null;
        });
    }

    public void setState(String id, WorkflowState state, Instant updated) {
        update("UPDATE items SET state=?, updated=? WHERE id=?", id, state.name(), updated);
    }

    public void setHead(String id, String revisionId, Instant updated) {
        update("UPDATE items SET head_revision_id=?, updated=? WHERE id=?", id, revisionId, updated);
    }

    public void setWriter(String id, String writerId, Instant updated) {
        update("UPDATE items SET writer_id=?, updated=? WHERE id=?", id, writerId, updated);
    }

    /** Places an item in a report at a position (from 0), or takes it out with a null report. */
    public void setPlace(String id, String reportId, int position) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET report_id=?, position=? WHERE id=?")) {
                ps.setString(1, reportId);
                ps.setInt(2, position);
                ps.setString(3, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    /** Items matching the query, most recently updated first. */
    public List<Item> query(ItemQuery q) {
        if (q.text() == null) {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM items i" + filters(q, args) + ORDER + page(q, args);
            return db.read(c -> many(c, sql, args.toArray()));
        }
        return db.read(c -> {
            Set<String> matches = matchingIds(c, q.text());
            if (matches.isEmpty()) {
                return List.of();
            }
            if (matches.size() <= FEW) {
                List<Object> args = new ArrayList<>();
                String sql = "SELECT " + COLUMNS + " FROM items i WHERE i.id = ANY(?)" + filters(q, args).replace(" WHERE 1=1", "")
                        + ORDER + page(q, args);
                args.add(0, c.createArrayOf("VARCHAR", matches.toArray()));
                return many(c, sql, args.toArray());
            }
            // A common word: walk the items newest first and keep the matching ones until the
            // page is full, instead of sorting thousands of matches to show fifty.
            List<Object> args = new ArrayList<>();
            List<String> page = new ArrayList<>();
            int skip = q.offset();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM items i" + filters(q, args) + ORDER)) {
                Rows.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && (q.limit() == 0 || page.size() < q.limit())) {
                        String id = rs.getString(1);
                        if (matches.contains(id) && skip-- <= 0) {
                            page.add(id);
                        }
                    }
                }
            }
            if (page.isEmpty()) {
                return List.of();
            }
            java.util.Map<String, Item> byId = new java.util.HashMap<>();
            for (Item i : many(c, "SELECT " + COLUMNS + " FROM items i WHERE i.id = ANY(?)",
                    c.createArrayOf("VARCHAR", page.toArray()))) {
                byId.put(i.id(), i);
            }
            return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    public int count(ItemQuery q) {
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            String sql;
            if (q.text() == null) {
                sql = "SELECT COUNT(*) FROM items i" + filters(q, args);
            } else {
                Set<String> matches = matchingIds(c, q.text());
                if (matches.isEmpty()) {
                    return 0;
                }
                sql = "SELECT COUNT(*) FROM items i WHERE i.id = ANY(?)" + filters(q, args).replace(" WHERE 1=1", "");
                args.add(0, c.createArrayOf("VARCHAR", matches.toArray()));
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Rows.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static final String ORDER = " ORDER BY i.updated DESC, i.id DESC";
    /** Up to this many matches are fetched by id and sorted; more are found by walking the items in order. */
    private static final int FEW = 500;

    /**
     * Ids of items that have, for every word of the text, a term starting with it. Each word is a
     * range scan of the (term, item_id) key; the rarest word's set is the one kept and narrowed.
     */
    private static Set<String> matchingIds(Connection c, String text) throws SQLException {
        List<String> words = Terms.queryWords(text);
        if (words.isEmpty()) {
            return Set.of();
        }
        List<Set<String>> sets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id FROM search_terms WHERE term >= ? AND term < ?")) {
            for (String w : words) {
                ps.setString(1, w);
                ps.setString(2, w + Character.MAX_VALUE);
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                if (ids.isEmpty()) {
                    return Set.of();
                }
                sets.add(ids);
            }
        }
        sets.sort(java.util.Comparator.comparingInt(Set::size));
        Set<String> result = sets.get(0);
        for (int k = 1; k < sets.size(); k++) {
            result.retainAll(sets.get(k));
        }
        return result;
    }

    private static String page(ItemQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (q.offset() > 0) {
            sql.append(" OFFSET ? ROWS");
            args.add(q.offset());
        }
        if (q.limit() > 0) {
            sql.append(" FETCH FIRST ? ROWS ONLY");
            args.add(q.limit());
        }
        return sql.toString();
    }

    /** The topics in use, sorted, for filter menus. */
    public List<String> topics() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT topic FROM items WHERE topic IS NOT NULL AND topic <> '' ORDER BY topic");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The non-text filters as a WHERE clause (always starting " WHERE 1=1"). */
    private static String filters(ItemQuery q, List<Object> args) {
        StringBuilder w = new StringBuilder(" WHERE 1=1");
        if (q.kind() != null) {
            w.append(" AND i.kind = ?");
            args.add(q.kind().name());
        }
        if (q.state() != null) {
            w.append(" AND i.state = ?");
            args.add(q.state().name());
        }
        if (q.writerId() != null) {
            w.append(" AND i.writer_id = ?");
            args.add(q.writerId());
        }
        if (q.topic() != null) {
            w.append(" AND LOWER(i.topic) = ?");
            args.add(q.topic().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.reportId() != null) {
            w.append(" AND i.report_id = ?");
            args.add(q.reportId());
        }
        return w.toString();
    }

    private void update(String sql, String id, String value, Instant updated) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setObject(2, Db.ts(updated));
                ps.setString(3, id);
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    private static void requireOne(int rows, String id) {
        if (rows != 1) {
            throw new StoreException("No item with id " + id);
        }
    }

    /** Brings the item's rows in search_terms to exactly the terms of its content. */
    private static void index(Connection c, String id, ItemContent content) throws SQLException {
        Set<String> wanted = Terms.of(content);
        Set<String> present = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM search_terms WHERE item_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        List<String> gone = present.stream().filter(t -> !wanted.contains(t)).toList();
        List<String> added = wanted.stream().filter(t -> !present.contains(t)).toList();
        if (!gone.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_terms WHERE term = ? AND item_id = ?")) {
                for (String t : gone) {
                    ps.setString(1, t);
                    ps.setString(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_terms (term, item_id) VALUES (?, ?)")) {
                for (String t : added) {
                    ps.setString(1, t);
                    ps.setString(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Binds every column of {@link #INSERT} for a new item. */
    private static void bindNew(PreparedStatement ps, Item item) throws SQLException {
        int n = bindContent(ps, item.content());
        ps.setString(++n, item.writerId());
        ps.setString(++n, item.state().name());
        ps.setString(++n, item.headRevisionId());
        ps.setString(++n, item.reportId());
        ps.setInt(++n, item.position());
        ps.setObject(++n, Db.ts(item.created()));
        ps.setObject(++n, Db.ts(item.updated()));
        ps.setString(++n, item.id());
    }

    private static int bindContent(PreparedStatement ps, ItemContent c) throws SQLException {
        int n = 0;
        ps.setString(++n, c.kind().name());
        ps.setString(++n, c.headline());
        ps.setString(++n, c.standfirst());
        ps.setString(++n, c.byline());
        ps.setString(++n, c.body());
        ps.setString(++n, c.topic());
        ps.setString(++n, ContentJson.writeTags(c.tags()));
        ps.setString(++n, c.slug());
        HeroImage h = c.hero();
        ps.setString(++n, h == null ? null : h.assetId());
        ps.setString(++n, h == null ? null : h.altText());
        ps.setString(++n, h == null ? null : h.caption());
        ps.setString(++n, h == null ? null : h.credit());
        ps.setObject(++n, Db.ts(c.embargo()));
        ps.setString(++n, c.notesToEditors());
        ps.setString(++n, c.language());
        return n;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        Rows.bind(ps, args);
    }

    private static Optional<Item> one(Connection c, String sql, Object... args) throws SQLException {
        List<Item> items = many(c, sql, args);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    private static List<Item> many(Connection c, String sql, Object... args) throws SQLException {
        List<Item> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    private static Item map(ResultSet rs) throws SQLException {
        String heroAsset = rs.getString("hero_asset_id");
        HeroImage hero = heroAsset == null ? null : new HeroImage(heroAsset, rs.getString("hero_alt"),
                rs.getString("hero_caption"), rs.getString("hero_credit"));
        ItemContent content = new ItemContent(ItemKind.valueOf(rs.getString("kind")), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("byline"), rs.getString("body"), rs.getString("topic"),
                ContentJson.readTags(rs.getString("tags")), rs.getString("slug"), hero, Db.instant(rs, "embargo"),
                rs.getString("notes_to_editors"), rs.getString("language"));
        return new Item(rs.getString("id"), content, rs.getString("writer_id"), WorkflowState.valueOf(rs.getString("state")),
                rs.getString("head_revision_id"), rs.getString("report_id"), rs.getInt("position"),
                Db.instant(rs, "created"), Db.instant(rs, "updated"));
    }
}
