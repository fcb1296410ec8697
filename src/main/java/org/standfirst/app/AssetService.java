package org.standfirst.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.standfirst.model.Asset;
import org.standfirst.model.Hashing;
import org.standfirst.store.WorkspaceStore;

/** Images, stored once per SHA-256 of their bytes. */
public final class AssetService {
    private final WorkspaceStore store;
    private final Clock clock;

    AssetService(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores an image, or finds the one with the same bytes (whose descriptive text is then
     * filled in where it was blank). Returns the stored asset.
     */
    public Asset add(byte[] bytes, String fileName, String altText, String caption, String credit, String licence) {
        String mime = mimeOf(bytes);
        if (mime == null) {
            throw new StandfirstException((fileName == null ? "The file" : fileName)
                    + " is not an image Standfirst can use (PNG, JPEG, GIF, WebP or SVG)");
        }
        int[] size = dimensions(bytes);
        String id = Hashing.sha256(bytes);
        Optional<Asset> existing = store.assets().find(id);
        if (existing.isPresent()) {
            Asset e = existing.get();
            Asset merged = new Asset(id, e.mimeType(), e.size(), e.fileName().isEmpty() ? fileName : e.fileName(),
                    e.altText().isEmpty() ? altText : e.altText(), e.caption().isEmpty() ? caption : e.caption(),
                    e.credit().isEmpty() ? credit : e.credit(), e.licence().isEmpty() ? licence : e.licence(),
                    e.width(), e.height(), e.created());
            if (!merged.equals(e)) {
                store.assets().updateDescription(merged);
            }
            return merged;
        }
        Asset a = new Asset(id, mime, bytes.length, fileName, altText, caption, credit, licence, size[0], size[1],
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.assets().insert(a, bytes);
        return a;
    }

    /** Changes alt text, caption, credit, licence or file name. */
    public Asset describe(Asset a) {
        store.assets().updateDescription(a);
        return get(a.id());
    }

    public Optional<Asset> find(String id) {
        return store.assets().find(id);
    }

    public Asset get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No image has the id " + id));
    }

    public byte[] bytes(String id) {
        return store.assets().bytes(id).orElseThrow(() -> new NotFoundException("No image has the id " + id));
    }

    public List<Asset> all() {
        return store.assets().all();
    }

    /** The mime type from the file's first bytes, or null when it is not an image we take. */
    static String mimeOf(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.UTF_8);
        if (head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }

    private static int[] dimensions(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            return img == null ? new int[] {0, 0} : new int[] {img.getWidth(), img.getHeight()};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }
}
