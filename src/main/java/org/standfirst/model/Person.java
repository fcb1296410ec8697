package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who writes, reviews or edits. The public key is the X.509 encoding of an Ed25519 key;
 * the private key never lives in this record.
 */
public record Person(String id, String name, Role role, byte[] publicKey, Instant created) {
    public static final int MAX_NAME = 80;

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A person needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A name can be at most " + MAX_NAME + " characters");
        }
        publicKey = publicKey == null ? new byte[0] : publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && p.id.equals(id) && p.name.equals(name) && p.role == role
                && java.util.Arrays.equals(p.publicKey, publicKey) && p.created.equals(created);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, role, java.util.Arrays.hashCode(publicKey), created);
    }
}
