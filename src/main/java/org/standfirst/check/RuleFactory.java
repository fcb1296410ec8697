package org.standfirst.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standfirst.model.ItemKind;

/** Builds a {@link Rule} from its JSON definition in a pack. */
final class RuleFactory {
    static final List<String> TYPES = List.of("substitution", "existence", "capitalisation", "sentence-case",
            "first-mention", "abbreviation", "number-style", "date-style", "sentence-length", "passive-voice",
            "readability", "image-alt", "heading-levels", "link-text", "capitals", "spelling");

    private final Spelling spelling;

    RuleFactory(Spelling spelling) {
        this.spelling = spelling;
    }

    Rule create(ObjectNode r, String origin) {
        String id = r.path("id").asText();
        String where = origin + ": rule '" + id + "'";
        String type = r.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(where + ": unknown type '" + type + "' (use one of " + String.join(", ", TYPES) + ")");
        }
        Severity severity;
        try {
            severity = Severity.parse(r.path("severity").asText("warning"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        String message = r.path("message").asText("");
        if (message.isBlank()) {
            throw new IllegalArgumentException(where + ": a rule needs a \"message\" that says why");
        }
        Set<String> fields = strings(r.path("fields"));
        try {
            return switch (type) {
                case "substitution" -> new TermRule(id, severity, message, fields, terms(r.path("swap"), true, r.path("regex").asBoolean()),
                        r.path("caseSensitive").asBoolean(), r.path("skipNames").asBoolean(false));
                case "existence" -> new TermRule(id, severity, message, fields, terms(r.path("tokens"), false, r.path("regex").asBoolean()),
                        r.path("caseSensitive").asBoolean(), r.path("skipNames").asBoolean(false));
                case "capitalisation" -> new CapitalisationRule(id, severity, message, fields, new ArrayList<>(strings(r.path("terms"))));
                case "sentence-case" -> new SentenceCaseRule(id, severity, message, fields);
                case "first-mention" -> new FirstMentionRule(id, severity, message, fields, required(r, "full"), stringMap(r.path("short")));
                case "abbreviation" -> new AbbreviationRule(id, severity, message, fields, strings(r.path("known")), spelling.dictionary());
                case "number-style" -> new NumberStyleRule(id, severity, message, fields, r.path("wordsUpTo").asInt(9),
                        strings(r.path("unitsAfter")), strings(r.path("labelsBefore")), text(r, "startMessage"), text(r, "commaMessage"));
                case "date-style" -> new DateStyleRule(id, severity, message, fields);
                case "sentence-length" -> new SentenceLengthRule(id, severity, message, fields, r.path("max").asInt(30));
                case "passive-voice" -> new PassiveVoiceRule(id, severity, message, fields);
                case "readability" -> new ReadabilityRule(id, severity, message, fields, targets(r.path("targets")), r.path("minWords").asInt(100));
                case "image-alt" -> new ImageAltRule(id, severity, message, fields, r.path("fileNameMessage").asText(message));
                case "heading-levels" -> new HeadingLevelRule(id, severity, message, fields, text(r, "levelOneMessage"));
                case "link-text" -> new LinkTextRule(id, severity, message, fields, new ArrayList<>(strings(r.path("vague"))));
                case "capitals" -> new CapitalsRule(id, severity, message, fields, r.path("minWords").asInt(3));
                case "spelling" -> new SpellingRule(id, severity, message, fields,
                        "american".equals(r.path("mode").asText()) ? SpellingRule.Mode.AMERICAN : SpellingRule.Mode.UNKNOWN, spelling);
                default -> throw new IllegalStateException(type);
            };
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(origin) ? e : new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode r, String key) {
        return r.hasNonNull(key) ? r.get(key).asText() : null;
    }

    private static String required(JsonNode r, String key) {
        String v = text(r, key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("\"" + key + "\" is required");
        }
        return v;
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Map<String, String> stringMap(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** "swap": {"tumor": "tumour", "cancer victims": {"replacement": "...", "message": "..."}}; "tokens": ["a", {"match": "b", "message": "..."}]. */
    private static List<TermRule.Term> terms(JsonNode n, boolean substitution, boolean regex) {
        List<TermRule.Term> out = new ArrayList<>();
        if (substitution) {
            if (!n.isObject() || n.isEmpty()) {
                throw new IllegalArgumentException("a substitution needs \"swap\": {\"write this\": \"not that\"} pairs");
            }
            n.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                out.add(v.isObject()
                        ? new TermRule.Term(e.getKey(), v.path("replacement").asText(), text(v, "message"), regex)
                        : new TermRule.Term(e.getKey(), v.asText(), null, regex));
            });
        } else {
            if (!n.isArray() || n.isEmpty()) {
                throw new IllegalArgumentException("an existence rule needs \"tokens\": [words to avoid]");
            }
            for (JsonNode v : n) {
                out.add(v.isObject() ? new TermRule.Term(v.path("match").asText(), null, text(v, "message"), regex)
                        : new TermRule.Term(v.asText(), null, null, regex));
            }
        }
        return out;
    }

    private static Map<ItemKind, ReadabilityRule.Target> targets(JsonNode n) {
        Map<ItemKind, ReadabilityRule.Target> out = new EnumMap<>(ItemKind.class);
        n.fields().forEachRemaining(e -> out.put(ItemKind.parse(e.getKey()),
                new ReadabilityRule.Target(e.getValue().path("minEase").asDouble(0), e.getValue().path("maxGrade").asDouble(99))));
        return out;
    }
}
