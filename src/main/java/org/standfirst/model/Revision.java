package org.standfirst.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of an item's content. Its id is the SHA-256 of the canonical JSON of the
 * content and the sorted parent ids, so the same text with the same history always has the same
 * id and an approval of an id can never drift to other text. Author and time are metadata kept
 * beside it, not part of the id.
 */
public record Revision(String id, String itemId, List<String> parentIds, ItemContent content,
                       String authorId, Instant created, String message) {

    public Revision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(created, "created");
        parentIds = List.copyOf(parentIds == null ? List.of() : parentIds);
        message = Text.orEmpty(message);
    }

    /** Makes a revision whose id is computed from its content and parents. */
    public static Revision of(String itemId, List<String> parentIds, ItemContent content,
                              String authorId, Instant created, String message) {
        return new Revision(idOf(itemId, content, parentIds), itemId, parentIds, content, authorId, created, message);
    }

    /** The content address: item id, fields and parents, in canonical JSON, hashed. */
    public static String idOf(String itemId, ItemContent content, List<String> parentIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", itemId);
        m.put("fields", content.canonicalFields());
        m.put("parents", parentIds.stream().sorted().toList());
        return Hashing.sha256(CanonicalJson.write(m));
    }

    /** The revision's place in the history, without its content. */
    public RevisionLink link() {
        return new RevisionLink(id, parentIds, authorId);
    }

    /** True when the id matches the content: a revision read from a package or an edited database can be checked. */
    public boolean idMatchesContent() {
        return id.equals(idOf(itemId, content, parentIds));
    }
}
