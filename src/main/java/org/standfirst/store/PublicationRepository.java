package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.standfirst.model.Publication;

/** What left Standfirst, newest last. */
public final class PublicationRepository {
    private static final String COLUMNS = "id, item_id, revision_id, channel, formats, folder, published_by, published_at, "
            + "manifest_sha256";
    private final Db db;

    PublicationRepository(Db db) {
        this.db = db;
    }

    public void insert(Publication p) {
        db.write(c -> Rows.update(c, "INSERT INTO publications (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)",
                p.id(), p.itemId(), p.revisionId(), p.channel(), p.formats(), p.folder(), p.publishedBy(), p.publishedAt(),
                p.manifestSha256()));
    }

    public List<Publication> forItem(String itemId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM publications WHERE item_id = ? ORDER BY published_at, id",
                PublicationRepository::map, itemId));
    }

    public List<Publication> all() {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM publications ORDER BY published_at, id",
                PublicationRepository::map));
    }

    private static Publication map(ResultSet rs) throws SQLException {
        return new Publication(rs.getString("id"), rs.getString("item_id"), rs.getString("revision_id"), rs.getString("channel"),
                rs.getString("formats"), rs.getString("folder"), rs.getString("published_by"), Db.instant(rs, "published_at"),
                rs.getString("manifest_sha256"));
    }
}
