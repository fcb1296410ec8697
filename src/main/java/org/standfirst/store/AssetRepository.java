package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Asset;

/** Image bytes stored once per SHA-256, with their descriptive text. */
public final class AssetRepository {
    private static final String COLUMNS = "id, mime_type, byte_size, file_name, alt_text, caption, credit, licence, "
            + "width, height, created";
    private final Db db;

    AssetRepository(Db db) {
        this.db = db;
    }

    /** Stores the bytes unless an asset with the same SHA-256 is already there; true when added. */
    public boolean insert(Asset a, byte[] bytes) {
        if (!a.id().equals(org.standfirst.model.Hashing.sha256(bytes))) {
            throw new IllegalArgumentException("The asset id is not the SHA-256 of its bytes");
        }
        return db.write(c -> {
            if (Rows.one(c, "SELECT id FROM assets WHERE id = ?", rs -> rs.getString(1), a.id()).isPresent()) {
                return false;
            }
            Rows.update(c, "INSERT INTO assets (" + COLUMNS + ", bytes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    a.id(), a.mimeType(), a.size(), a.fileName(), a.altText(), a.caption(), a.credit(), a.licence(),
                    a.width(), a.height(), a.created(), bytes);
            return true;
        });
    }

    /** Changes the descriptive text (alt text, caption, credit, licence, file name); the bytes never change. */
    public void updateDescription(Asset a) {
        db.write(c -> Rows.update(c, "UPDATE assets SET file_name=?, alt_text=?, caption=?, credit=?, licence=? WHERE id=?",
                a.fileName(), a.altText(), a.caption(), a.credit(), a.licence(), a.id()));
    }

    public Optional<Asset> find(String id) {
        return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM assets WHERE id = ?", AssetRepository::map, id));
    }

    public Optional<byte[]> bytes(String id) {
        return db.read(c -> Rows.one(c, "SELECT bytes FROM assets WHERE id = ?", rs -> rs.getBytes(1), id));
    }

    public List<Asset> all() {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM assets ORDER BY file_name, id", AssetRepository::map));
    }

    private static Asset map(ResultSet rs) throws SQLException {
        return new Asset(rs.getString("id"), rs.getString("mime_type"), rs.getLong("byte_size"), rs.getString("file_name"),
                rs.getString("alt_text"), rs.getString("caption"), rs.getString("credit"), rs.getString("licence"),
                rs.getInt("width"), rs.getInt("height"), Db.instant(rs, "created"));
    }
}
