package org.standfirst.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A style pack as read from JSON: settings (such as the institute's name), rule ids to switch
 * off, and rule definitions. Packs are layered: the built-in pack first, then a workspace's own
 * packs, where a rule with the same id replaces or adjusts the earlier one field by field.
 *
 * @param origin where the pack came from, for error messages (a file name or a resource)
 */
public record StylePack(String id, String name, String origin, Map<String, String> settings, Set<String> disabled,
                        List<ObjectNode> rules) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StylePack {
        settings = Map.copyOf(settings);
        disabled = Set.copyOf(disabled);
        rules = List.copyOf(rules);
    }

    /** Parses a pack; a malformed one fails with the origin and the reason in one line. */
    public static StylePack parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(origin + ": a style pack is a JSON object");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        root.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        Set<String> disabled = new LinkedHashSet<>();
        root.path("disabled").forEach(n -> disabled.add(n.asText()));
        List<ObjectNode> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode r : root.path("rules")) {
            i++;
            if (!r.isObject() || !r.hasNonNull("id")) {
                throw new IllegalArgumentException(origin + ": rule " + i + " needs an \"id\"");
            }
            rules.add((ObjectNode) r);
        }
        String id = root.path("id").asText(origin);
        return new StylePack(id, root.path("name").asText(id), origin, settings, disabled, rules);
    }
}
