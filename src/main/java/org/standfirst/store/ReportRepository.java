package org.standfirst.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Report;

/**
 * Reports. Sections are items that name the report, so the section list is read from the items
 * in position order; {@link Report#sectionIds()} given to insert or update is not stored here
 * (use {@link ItemRepository#setPlace}).
 */
public final class ReportRepository {
    private static final String COLUMNS = "id, title, slug, summary, topic, created, updated";
    private final Db db;

    ReportRepository(Db db) {
        this.db = db;
    }

    public void insert(Report r) {
        db.write(c -> Rows.update(c, "INSERT INTO reports (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?)",
                r.id(), r.title(), r.slug(), r.summary(), r.topic(), r.created(), r.updated()));
    }

    public void update(Report r) {
        db.write(c -> Rows.update(c, "UPDATE reports SET title=?, slug=?, summary=?, topic=?, updated=? WHERE id=?",
                r.title(), r.slug(), r.summary(), r.topic(), r.updated(), r.id()));
    }

    public Optional<Report> find(String id) {
        return db.read(c -> withSections(c, Rows.one(c, "SELECT " + COLUMNS + " FROM reports WHERE id = ?",
                ReportRepository::map, id)));
    }

    public Optional<Report> findBySlug(String slug) {
        return db.read(c -> withSections(c, Rows.one(c, "SELECT " + COLUMNS + " FROM reports WHERE slug = ?",
                ReportRepository::map, slug)));
    }

    /** Every report, by title. */
    public List<Report> all() {
        return db.read(c -> {
            List<Report> out = new java.util.ArrayList<>();
            for (Report r : Rows.list(c, "SELECT " + COLUMNS + " FROM reports ORDER BY title", ReportRepository::map)) {
                out.add(withSections(c, Optional.of(r)).orElseThrow());
            }
            return out;
        });
    }

    private static Optional<Report> withSections(Connection c, Optional<Report> r) throws SQLException {
        if (r.isEmpty()) {
            return r;
        }
        Report x = r.get();
        List<String> ids = Rows.list(c, "SELECT id FROM items WHERE report_id = ? ORDER BY position, created",
                rs -> rs.getString(1), x.id());
        return Optional.of(new Report(x.id(), x.title(), x.slug(), x.summary(), x.topic(), ids, x.created(), x.updated()));
    }

    private static Report map(ResultSet rs) throws SQLException {
        return new Report(rs.getString("id"), rs.getString("title"), rs.getString("slug"), rs.getString("summary"),
                rs.getString("topic"), List.of(), Db.instant(rs, "created"), Db.instant(rs, "updated"));
    }
}
