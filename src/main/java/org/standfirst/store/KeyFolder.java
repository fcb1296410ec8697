package org.standfirst.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;

/**
 * People's Ed25519 private keys, one file per person in the workspace's {@code keys/} folder:
 * {@code keys/<person id>.key} holding the PKCS#8 encoding, readable by the owner only where
 * the file system allows. Public keys live in the database (X.509 encoding, in {@code people}).
 */
public final class KeyFolder {
    public static final String FOLDER = "keys";
    public static final String ALGORITHM = "Ed25519";

    private final Path dir;

    public KeyFolder(Path workspaceFolder) {
        this.dir = workspaceFolder.resolve(FOLDER);
    }

    /** A fresh Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    public void savePrivateKey(String personId, PrivateKey key) {
        try {
            Files.createDirectories(dir);
            Path file = file(personId);
            Files.write(file, key.getEncoded());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user's profile folder already keeps others out
            }
        } catch (IOException e) {
            throw new StoreException("The key of " + personId + " could not be saved in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The person's private key, or empty when this workspace does not hold it. */
    public Optional<PrivateKey> privateKey(String personId) {
        Path file = file(personId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file))));
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("The key file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Decodes a public key as stored in {@code people.public_key}. */
    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    private Path file(String personId) {
        if (!personId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a person id: " + personId);
        }
        return dir.resolve(personId + ".key");
    }
}
