package org.standfirst.check;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.model.ItemContent;

/**
 * "Ignore once": findings a writer has dismissed in one item. A dismissed finding is known by
 * its rule, field, text and the words around it, so it stays dismissed while the writer edits
 * elsewhere, and comes back if the same words are written again in another place.
 * Thread-safe; kept in memory for the session.
 */
public final class IgnoredFindings {
    private static final int CONTEXT = 24;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public void ignore(ItemContent content, Finding f) {
        keys.add(key(content, f));
    }

    public boolean isIgnored(ItemContent content, Finding f) {
        return !keys.isEmpty() && keys.contains(key(content, f));
    }

    public List<Finding> filter(ItemContent content, List<Finding> findings) {
        return keys.isEmpty() ? findings : findings.stream().filter(f -> !isIgnored(content, f)).toList();
    }

    public void clear() {
        keys.clear();
    }

    private static String key(ItemContent content, Finding f) {
        String s = QuickFix.fieldText(content, f.field());
        int from = Math.max(0, Math.min(s.length(), f.offset()) - CONTEXT);
        int to = Math.min(s.length(), f.end() + CONTEXT);
        String around = from <= to ? s.substring(from, to) : "";
        return f.rule() + "\u0000" + f.field() + "\u0000" + f.text() + "\u0000" + around;
    }
}
