package org.standfirst.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Person;
import org.standfirst.model.Role;

/** People in the workspace; names are unique so a person can be named on the command line. */
public final class PersonRepository {
    private static final String COLUMNS = "id, name, role, public_key, created";
    private final Db db;

    PersonRepository(Db db) {
        this.db = db;
    }

    public void insert(Person p) {
        db.write(c -> Rows.update(c, "INSERT INTO people (" + COLUMNS + ") VALUES (?,?,?,?,?)",
                p.id(), p.name(), p.role().name(), p.publicKey(), p.created()));
    }

    public void update(Person p) {
        db.write(c -> Rows.update(c, "UPDATE people SET name=?, role=?, public_key=? WHERE id=?",
                p.name(), p.role().name(), p.publicKey(), p.id()));
    }

    public Optional<Person> find(String id) {
        return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM people WHERE id = ?", PersonRepository::map, id));
    }

    /** The person with this name, ignoring case. */
    public Optional<Person> findByName(String name) {
        return db.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM people WHERE LOWER(name) = ?", PersonRepository::map,
                name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Everyone, by name. */
    public List<Person> all() {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM people ORDER BY name", PersonRepository::map));
    }

    private static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getBytes("public_key"), Db.instant(rs, "created"));
    }
}
