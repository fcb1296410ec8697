package org.standfirst.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standfirst.model.ItemContent;

/**
 * Runs a set of style packs over items. Immutable and thread-safe: build a new engine when the
 * packs, the workspace settings or the workspace dictionary change (building takes a few
 * milliseconds once the shared word lists are loaded).
 */
public final class CheckEngine {
    /** The packs built into the application, in the order they apply. */
    public static final List<String> BUILT_IN_PACKS = List.of("/assets/styles/house.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_.-]*)}");
    private static final List<String> FIELD_ORDER = List.of(Fields.HEADLINE, Fields.STANDFIRST, Fields.HERO, Fields.BODY,
            Fields.NOTES_TO_EDITORS);

    private final List<Rule> rules;
    private final Spelling spelling;
    private final List<RuleInfo> infos;
    private final Map<String, String> settings;
    private final ReadabilityRule readability;
    private final Set<String> yielding;

    private CheckEngine(List<Rule> rules, List<RuleInfo> infos, Map<String, String> settings, Spelling spelling) {
        this.rules = List.copyOf(rules);
        this.spelling = spelling;
        this.infos = List.copyOf(infos);
        this.settings = Map.copyOf(settings);
        this.yielding = rules.stream().filter(Rule::yieldsToOtherRules).map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.readability = (ReadabilityRule) rules.stream().filter(r -> r instanceof ReadabilityRule).findFirst().orElse(null);
    }

    /** The built-in packs with no workspace changes. */
    public static CheckEngine builtIn() {
        return create(builtInPacks(), CheckSettings.NONE);
    }

    public static List<StylePack> builtInPacks() {
        List<StylePack> packs = new ArrayList<>();
        for (String path : BUILT_IN_PACKS) {
            try (InputStream in = CheckEngine.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The style pack " + path + " is missing from the application");
                }
                packs.add(StylePack.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path.substring(1)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the style pack " + path, e);
            }
        }
        return packs;
    }

    /**
     * An engine from packs applied in order (later packs override rules with the same id, field
     * by field) and a workspace's settings.
     */
    public static CheckEngine create(List<StylePack> packs, CheckSettings workspace) {
        Map<String, String> settings = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>(workspace.disabledRules());
        Map<String, ObjectNode> defs = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (StylePack p : packs) {
            settings.putAll(p.settings());
            disabled.addAll(p.disabled());
            for (ObjectNode r : p.rules()) {
                String id = r.get("id").asText();
                ObjectNode merged = defs.containsKey(id) ? defs.get(id).deepCopy() : r.objectNode();
                merged.setAll(r);
                defs.put(id, merged);
                origins.put(id, p.origin());
            }
        }
        settings.putAll(workspace.settings());
        Spelling spelling = new Spelling(BritishDictionary.get(), workspace.dictionary());
        RuleFactory factory = new RuleFactory(spelling);
        List<Rule> rules = new ArrayList<>();
        List<RuleInfo> infos = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : defs.entrySet()) {
            ObjectNode def = (ObjectNode) fillSettings(e.getValue(), settings);
            boolean on = !disabled.contains(e.getKey()) && def.path("enabled").asBoolean(true);
            Rule rule = factory.create(def, origins.get(e.getKey()));
            infos.add(new RuleInfo(rule.id(), def.path("type").asText(), rule.severity(), rule.message(), on));
            if (on) {
                rules.add(rule);
            }
        }
        return new CheckEngine(rules, infos, settings, spelling);
    }

    /** Replaces {setting.name} in every string of a rule with the setting's value; other braces stay. */
    private static JsonNode fillSettings(JsonNode node, Map<String, String> settings) {
        if (node.isTextual()) {
            return TextNode.valueOf(fill(node.asText(), settings));
        }
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(fill(e.getKey(), settings), fillSettings(e.getValue(), settings));
            }
            return out;
        }
        if (node.isArray()) {
            var out = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(n -> out.add(fillSettings(n, settings)));
            return out;
        }
        return node;
    }

    private static String fill(String s, Map<String, String> settings) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = settings.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Spelling suggestions for a word (known words one edit away), best first. */
    public List<String> suggestions(String word) {
        return word == null || word.isBlank() ? List.of() : spelling.suggestions(word.strip(), 5);
    }

    /** Every rule the packs define, switched on or off. */
    public List<RuleInfo> rules() {
        return infos;
    }

    /** The pack settings after workspace overrides (for example institute.name). */
    public Map<String, String> settings() {
        return settings;
    }

    public CheckResult check(ItemContent content) {
        ItemText item = ItemText.of(content);
        FindingSink sink = new FindingSink();
        for (Rule r : rules) {
            r.check(item, sink);
        }
        return new CheckResult(ordered(sink.findings(), yielding), Readability.of(item),
                readability == null ? null : readability.targetFor(content.kind()));
    }

    public List<Finding> findings(ItemContent content) {
        return check(content).findings();
    }

    /** True when the item has at least one error-level finding: the public export gate. */
    public boolean hasErrors(ItemContent content) {
        return check(content).hasErrors();
    }

    /**
     * Reading order. Two rules proposing the same fix for exactly the same text (the house
     * spelling list and the American-spelling check on "tumor") give one finding: the more severe.
     */
    private static List<Finding> ordered(List<Finding> found, Set<String> yielding) {
        Map<String, Finding> byPlace = new LinkedHashMap<>();
        List<Finding> all = found;
        if (!yielding.isEmpty()) {
            all = found.stream().filter(f -> !yielding.contains(f.rule()) || found.stream().noneMatch(o -> !yielding.contains(o.rule())
                    && o.field().equals(f.field()) && o.offset() < f.end() && o.end() > f.offset())).toList();
        }
        int unique = 0;
        for (Finding f : all) {
            String key = f.replacement() == null ? "#" + unique++
                    : f.field() + ":" + f.offset() + ":" + f.length() + ":" + f.replacement();
            Finding old = byPlace.get(key);
            if (old == null || f.severity().ordinal() < old.severity().ordinal()) {
                byPlace.put(key, f);
            }
        }
        List<Finding> out = new ArrayList<>(byPlace.values());
        out.sort(Comparator.comparingInt((Finding f) -> FIELD_ORDER.indexOf(f.field()))
                .thenComparingInt(Finding::offset).thenComparing(Finding::rule));
        return out;
    }
}
