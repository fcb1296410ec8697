package org.standfirst.workflow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standfirst.model.Approval;
import org.standfirst.model.CanonicalJson;

/**
 * Ed25519 signatures over an approval. The signed message is canonical JSON naming the purpose,
 * the item, the revision, the reviewer and the time, so a signature cannot be moved to another
 * revision, item or person, nor mistaken for a signature made for anything else.
 */
public final class ApprovalSignature {
    public static final String ALGORITHM = "Ed25519";

    private ApprovalSignature() {
    }

    /** The exact bytes that are signed. */
    public static byte[] message(String itemId, String revisionId, String reviewerId, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("purpose", "standfirst-approval");
        m.put("version", 1);
        m.put("item", itemId);
        m.put("revision", revisionId);
        m.put("reviewer", reviewerId);
        m.put("at", at.toString());
        return CanonicalJson.write(m).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A signed approval. The time is kept to the millisecond so it survives any store and file
     * unchanged: the signature covers its exact text.
     */
    public static Approval sign(String itemId, String revisionId, String reviewerId, Instant at, PrivateKey key) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(message(itemId, revisionId, reviewerId, when));
            return new Approval(itemId, revisionId, reviewerId, s.sign(), when);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the approval: " + e.getMessage(), e);
        }
    }

    /** True only when the signature is an Ed25519 signature of this approval by the holder of the key. */
    public static boolean verify(Approval a, byte[] publicKeyX509) {
        if (publicKeyX509 == null || publicKeyX509.length == 0 || a.signature().length == 0) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey(publicKeyX509));
            s.update(message(a.itemId(), a.revisionId(), a.reviewerId(), a.at()));
            return s.verify(a.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A malformed key or signature is simply not a valid signature.
            return false;
        }
    }

    public static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }
}
