package org.standfirst.check;

import java.util.Map;
import java.util.Set;
import org.standfirst.model.ItemKind;

/**
 * Readability against the pack's target for the item's kind: a minimum Flesch reading ease and
 * a maximum Flesch–Kincaid grade. One finding, placed on the longest sentence (the first thing to
 * shorten). Texts under a minimum length are not scored: a few sentences give noisy figures.
 */
public final class ReadabilityRule extends Rule {
    /** @param minEase lowest acceptable reading ease; @param maxGrade highest acceptable grade */
    public record Target(double minEase, double maxGrade) {
    }

    private final Map<ItemKind, Target> targets;
    private final int minWords;

    public ReadabilityRule(String id, Severity severity, String message, Set<String> fields, Map<ItemKind, Target> targets,
                           int minWords) {
        super(id, severity, message, fields);
        this.targets = Map.copyOf(targets);
        this.minWords = minWords;
    }

    public Target targetFor(ItemKind kind) {
        return targets.get(kind);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        Target t = targets.get(item.kind());
        if (t == null) {
            return;
        }
        Readability r = Readability.of(item);
        if (r.words() < minWords || r.longest().isEmpty() || (r.ease() >= t.minEase() && r.grade() <= t.maxGrade())) {
            return;
        }
        Readability.LongSentence s = r.longest().get(0);
        FieldText f = item.field(s.field());
        String m = message().replace("{ease}", fmt(r.ease())).replace("{grade}", fmt(r.grade()))
                .replace("{minEase}", fmt(t.minEase())).replace("{maxGrade}", fmt(t.maxGrade()))
                .replace("{kind}", item.kind().label().toLowerCase(java.util.Locale.ROOT));
        sink.add(this, f, s.offset(), s.offset() + s.length(), m, null);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
