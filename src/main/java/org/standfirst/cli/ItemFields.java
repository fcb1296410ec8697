package org.standfirst.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;

/**
 * The stable fields of an item for --json and plain output (DESIGN.md section 6). Kinds and
 * states are written as in front matter: news-story, in-review.
 */
final class ItemFields {
    private ItemFields() {
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** id, kind, state, headline, writer, topic, embargo, updated, report, slug. */
    static Map<String, Object> summary(Standfirst sf, Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", key(i.kind()));
        m.put("state", key(i.state()));
        m.put("headline", i.headline());
        m.put("writer", i.writerId() == null ? null : sf.people().nameOf(i.writerId()));
        m.put("topic", i.content().topic());
        m.put("embargo", i.content().embargo() == null ? null : i.content().embargo().toString());
        m.put("updated", i.updated().toString());
        m.put("report", i.reportId() == null ? null : sf.reports().find(i.reportId()).map(r -> r.slug()).orElse(i.reportId()));
        m.put("slug", i.content().slug());
        return m;
    }

    /** The summary plus every field of the working copy and the head revision. */
    static Map<String, Object> full(Standfirst sf, Item i) {
        Map<String, Object> m = summary(sf, i);
        ItemContent c = i.content();
        m.put("position", i.reportId() == null ? null : i.position() + 1);
        m.put("standfirst", c.standfirst());
        m.put("byline", c.byline());
        m.put("tags", c.tags());
        m.put("language", c.language());
        if (c.hero() == null) {
            m.put("hero", null);
        } else {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("asset", c.hero().assetId());
            h.put("alt", c.hero().altText());
            h.put("caption", c.hero().caption());
            h.put("credit", c.hero().credit());
            m.put("hero", h);
        }
        m.put("notes_to_editors", c.notesToEditors());
        m.put("head", i.headRevisionId());
        m.put("created", i.created().toString());
        m.put("body", c.body());
        return m;
    }
}
