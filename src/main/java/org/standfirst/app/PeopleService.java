package org.standfirst.app;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.store.KeyFolder;
import org.standfirst.store.WorkspaceStore;

/** People and their signing keys. Each person gets an Ed25519 key pair when added. */
public final class PeopleService {
    private final WorkspaceStore store;
    private final KeyFolder keys;
    private final Clock clock;

    PeopleService(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.keys = new KeyFolder(store.folder());
        this.clock = clock;
    }

    /** Adds a person with a new key pair; the private key goes to the workspace's keys/ folder. */
    public Person add(String name, Role role) {
        String clean = name == null ? "" : name.strip();
        if (store.people().findByName(clean).isPresent()) {
            throw new StandfirstException("There is already a person called " + clean);
        }
        KeyPair pair = KeyFolder.generate();
        Person p;
        try {
            p = new Person(UUID.randomUUID().toString(), clean, role, pair.getPublic().getEncoded(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (IllegalArgumentException e) {
            throw new StandfirstException(e.getMessage(), e);
        }
        keys.savePrivateKey(p.id(), pair.getPrivate());
        store.people().insert(p);
        return p;
    }

    /** Everyone, by name. */
    public List<Person> all() {
        return store.people().all();
    }

    public Optional<Person> find(String id) {
        return store.people().find(id);
    }

    public Optional<Person> findByName(String name) {
        return store.people().findByName(name);
    }

    /** A person named by id or by name (ignoring case). */
    public Person resolve(String ref) {
        String r = ref == null ? "" : ref.strip();
        return find(r).or(() -> findByName(r))
                .orElseThrow(() -> new NotFoundException("No person has the id or name '" + r + "'"));
    }

    /** The person's name, or the id itself when nobody has it (for display). */
    public String nameOf(String personId) {
        return personId == null ? "" : find(personId).map(Person::name).orElse(personId);
    }

    /** The private signing key kept in this workspace for the person, if any. */
    public Optional<PrivateKey> privateKey(String personId) {
        return keys.privateKey(personId);
    }

    public PublicKey publicKey(Person person) {
        return KeyFolder.publicKey(person.publicKey());
    }
}
