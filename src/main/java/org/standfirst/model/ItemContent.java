package org.standfirst.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editable, versioned fields of an item: exactly what a revision snapshots and an approval
 * covers. Nulls become empty strings so that equal content always hashes equally.
 */
public record ItemContent(
        ItemKind kind,
        String headline,
        String standfirst,
        String byline,
        String body,
        String topic,
        List<String> tags,
        String slug,
        HeroImage hero,
        Instant embargo,
        String notesToEditors,
        String language) {

    public static final String DEFAULT_LANGUAGE = "en-GB";

    public ItemContent {
        Objects.requireNonNull(kind, "kind");
        headline = Text.orEmpty(headline);
        standfirst = Text.orEmpty(standfirst);
        byline = Text.orEmpty(byline);
        body = Text.orEmpty(body);
        topic = Text.orEmpty(topic);
        tags = List.copyOf(Text.cleanTags(tags));
        slug = Text.orEmpty(slug);
        notesToEditors = Text.orEmpty(notesToEditors);
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        // Instants are kept to the second: what a person can set, and what round-trips everywhere.
        embargo = embargo == null ? null : embargo.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** A blank item of a kind, ready for a writer to fill in. */
    public static ItemContent blank(ItemKind kind) {
        return new ItemContent(kind, "", "", "", "", "", List.of(), "", null, null, "", DEFAULT_LANGUAGE);
    }

    public ItemContent withHeadline(String v) {
        return new ItemContent(kind, v, standfirst, byline, body, topic, tags, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withStandfirst(String v) {
        return new ItemContent(kind, headline, v, byline, body, topic, tags, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withByline(String v) {
        return new ItemContent(kind, headline, standfirst, v, body, topic, tags, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withBody(String v) {
        return new ItemContent(kind, headline, standfirst, byline, v, topic, tags, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withTopic(String v) {
        return new ItemContent(kind, headline, standfirst, byline, body, v, tags, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withTags(List<String> v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, v, slug, hero, embargo, notesToEditors, language);
    }

    public ItemContent withSlug(String v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, tags, v, hero, embargo, notesToEditors, language);
    }

    public ItemContent withHero(HeroImage v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, tags, slug, v, embargo, notesToEditors, language);
    }

    public ItemContent withEmbargo(Instant v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, tags, slug, hero, v, notesToEditors, language);
    }

    public ItemContent withNotesToEditors(String v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, tags, slug, hero, embargo, v, language);
    }

    public ItemContent withLanguage(String v) {
        return new ItemContent(kind, headline, standfirst, byline, body, topic, tags, slug, hero, embargo, notesToEditors, v);
    }

    public ItemContent withKind(ItemKind v) {
        return new ItemContent(v, headline, standfirst, byline, body, topic, tags, slug, hero, embargo, notesToEditors, language);
    }

    /**
     * The canonical form hashed into revision ids. Keys are fixed and sorted by CanonicalJson; add
     * a field only with a default that leaves existing ids unchanged (omit it when empty).
     */
    public Map<String, Object> canonicalFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("headline", headline);
        m.put("standfirst", standfirst);
        m.put("byline", byline);
        m.put("body", body);
        m.put("topic", topic);
        m.put("tags", tags);
        m.put("slug", slug);
        if (hero != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("asset", hero.assetId());
            h.put("alt", hero.altText());
            h.put("caption", hero.caption());
            h.put("credit", hero.credit());
            m.put("hero", h);
        }
        if (embargo != null) {
            m.put("embargo", embargo.toString());
        }
        m.put("notesToEditors", notesToEditors);
        m.put("language", language);
        return m;
    }
}
