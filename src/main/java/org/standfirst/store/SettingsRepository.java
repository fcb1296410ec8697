package org.standfirst.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Key/value settings of this workspace (preferences, the last seeded sample, and the like). */
public final class SettingsRepository {
    private final Db db;

    SettingsRepository(Db db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Rows.one(c, "SELECT setting_value FROM settings WHERE setting_key = ?", rs -> rs.getString(1), key));
    }

    /** Sets a value; a null value removes the key. Portable upsert: update, else insert. */
    public void put(String key, String value) {
        db.write(c -> {
            if (value == null) {
                return Rows.update(c, "DELETE FROM settings WHERE setting_key = ?", key);
            }
            int n = Rows.update(c, "UPDATE settings SET setting_value = ? WHERE setting_key = ?", value, key);
            return n == 1 ? n : Rows.update(c, "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)", key, value);
        });
    }

    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            Rows.list(c, "SELECT setting_key, setting_value FROM settings ORDER BY setting_key",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}).forEach(a -> out.put(a[0], a[1]));
            return out;
        });
    }
}
