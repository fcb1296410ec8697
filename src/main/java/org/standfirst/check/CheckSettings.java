package org.standfirst.check;

import java.util.Map;
import java.util.Set;

/**
 * A workspace's adjustments to the packs: rules switched off, settings overridden (for example
 * {@code institute.name}), and the workspace dictionary.
 */
public record CheckSettings(Set<String> disabledRules, Map<String, String> settings, Set<String> dictionary) {
    public static final CheckSettings NONE = new CheckSettings(Set.of(), Map.of(), Set.of());

    public CheckSettings {
        disabledRules = Set.copyOf(disabledRules);
        settings = Map.copyOf(settings);
        dictionary = Set.copyOf(dictionary);
    }

    public CheckSettings withDictionary(Set<String> words) {
        return new CheckSettings(disabledRules, settings, words);
    }

    public CheckSettings withDisabled(Set<String> rules) {
        return new CheckSettings(rules, settings, dictionary);
    }
}
