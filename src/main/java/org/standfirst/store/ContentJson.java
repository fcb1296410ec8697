package org.standfirst.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.standfirst.model.CanonicalJson;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;

/** Item content to and from the canonical JSON that revision ids are computed over. */
final class ContentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentJson() {
    }

    static String write(ItemContent c) {
        return CanonicalJson.write(c.canonicalFields());
    }

    static String writeTags(List<String> tags) {
        return CanonicalJson.write(tags);
    }

    static List<String> readTags(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored tags are not readable: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static ItemContent read(String json) {
        Map<String, Object> m;
        try {
            m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored revision is not readable: " + e.getOriginalMessage(), e);
        }
        HeroImage hero = null;
        if (m.get("hero") instanceof Map<?, ?> h) {
            hero = new HeroImage((String) h.get("asset"), (String) h.get("alt"), (String) h.get("caption"),
                    (String) h.get("credit"));
        }
        Object embargo = m.get("embargo");
        return new ItemContent(ItemKind.valueOf((String) m.get("kind")), (String) m.get("headline"),
                (String) m.get("standfirst"), (String) m.get("byline"), (String) m.get("body"),
                (String) m.get("topic"), (List<String>) m.get("tags"), (String) m.get("slug"), hero,
                embargo == null ? null : Instant.parse((String) embargo), (String) m.get("notesToEditors"),
                (String) m.get("language"));
    }
}
