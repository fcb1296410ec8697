package org.standfirst.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An image stored once by the SHA-256 of its bytes. No image publishes without alt text; the
 * alt text here is the default that an item's hero image starts from.
 */
public record Asset(String id, String mimeType, long size, String fileName, String altText,
                    String caption, String credit, String licence, int width, int height, Instant created) {
    public Asset {
        if (!Hashing.isSha256(id)) {
            throw new IllegalArgumentException("An asset id is the SHA-256 of its bytes");
        }
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(created, "created");
        fileName = Text.orEmpty(fileName);
        altText = Text.orEmpty(altText);
        caption = Text.orEmpty(caption);
        credit = Text.orEmpty(credit);
        licence = Text.orEmpty(licence);
    }

    /** The file extension for the mime type, used in export paths such as assets/&lt;sha&gt;.png. */
    public String extension() {
        return switch (mimeType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/svg+xml" -> "svg";
            default -> "bin";
        };
    }
}
