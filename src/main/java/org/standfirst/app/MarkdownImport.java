package org.standfirst.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.standfirst.model.FrontMatter;
import org.standfirst.model.FrontMatterException;
import org.standfirst.model.Hashing;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Slug;
import org.standfirst.model.WorkflowState;

/**
 * Reads a Markdown file with front matter (docs/markdown-format.md) into a draft, checking every
 * key and value; the first problem is reported with the file, the line and the reason.
 */
final class MarkdownImport {
    private static final Set<String> ITEM_KEYS = Set.of("kind", "headline", "standfirst", "byline", "writer", "topic",
            "tags", "slug", "state", "hero", "hero-alt", "hero-caption", "hero-credit", "embargo", "embargo-days-from-now",
            "notes-to-editors", "report", "position", "language");
    private static final Set<String> REPORT_KEYS = Set.of("kind", "title", "slug", "summary", "topic");
    private static final Set<String> SAMPLE_ONLY = Set.of("state", "embargo-days-from-now");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Finds a person by name, or null. */
    interface People {
        Person byName(String name);
    }

    private final boolean sample;
    private final People people;
    private final Instant now;

    MarkdownImport(boolean sample, People people, Instant now) {
        this.sample = sample;
        this.people = people;
        this.now = now;
    }

    /** A ReportDraft or an ItemDraft. */
    Object read(ImportSource src, String defaultWriterId) {
        FrontMatter fm;
        try {
            fm = FrontMatter.parse(src.text());
        } catch (FrontMatterException e) {
            throw new ImportException(src.name(), "line " + e.line(), e.reason());
        }
        FrontMatter.Field kindField = fm.get("kind");
        String kindText = kindField == null ? "news-story" : kindField.value();
        if (kindText.equalsIgnoreCase("report")) {
            return readReport(src, fm);
        }
        ItemKind kind;
        try {
            kind = ItemKind.parse(kindText);
        } catch (IllegalArgumentException e) {
            throw fail(src, kindField, "unknown kind '" + kindText + "': use news-story, press-release, feature, "
                    + "report-section or report");
        }
        checkKeys(src, fm, ITEM_KEYS);
        for (String k : SAMPLE_ONLY) {
            if (!sample && fm.get(k) != null) {
                throw fail(src, fm.get(k), k + " is for the sample content only; imported items start as drafts");
            }
        }
        String writerId = defaultWriterId;
        FrontMatter.Field writer = fm.get("writer");
        if (writer != null && !writer.value().isBlank()) {
            Person p = people.byName(writer.value());
            if (p == null) {
                throw fail(src, writer, "there is no person called '" + writer.value() + "' in this workspace "
                        + "(add them with: standfirst people add NAME --role writer)");
            }
            writerId = p.id();
        }
        List<String> tags = List.of();
        if (fm.get("tags") != null) {
            try {
                tags = fm.get("tags").list();
            } catch (FrontMatterException e) {
                throw new ImportException(src.name(), "line " + e.line(), e.reason());
            }
        }
        String slug = orEmpty(fm, "slug");
        if (!slug.isEmpty() && Slug.problem(slug) != null) {
            throw fail(src, fm.get("slug"), Slug.problem(slug));
        }
        Instant embargo = null;
        if (fm.get("embargo") != null && !fm.value("embargo").isBlank()) {
            embargo = parseInstant(src, fm.get("embargo"));
        }
        if (fm.get("embargo-days-from-now") != null) {
            int days = parseInt(src, fm.get("embargo-days-from-now"), 0);
            embargo = LocalDate.ofInstant(now, LONDON).plusDays(days).atTime(0, 1).atZone(LONDON).toInstant();
        }
        byte[] heroBytes = null;
        String heroFile = null;
        HeroImage hero = null;
        FrontMatter.Field heroField = fm.get("hero");
        if (heroField != null && !heroField.value().isBlank()) {
            heroFile = heroField.value().strip();
            heroBytes = src.images().apply(heroFile);
            if (heroBytes == null) {
                throw fail(src, heroField, "the image " + heroFile + " is not beside the file");
            }
            if (AssetService.mimeOf(heroBytes) == null) {
                throw fail(src, heroField, heroFile + " is not a PNG, JPEG, GIF, WebP or SVG image");
            }
            hero = new HeroImage(Hashing.sha256(heroBytes), orEmpty(fm, "hero-alt"), orEmpty(fm, "hero-caption"),
                    orEmpty(fm, "hero-credit"));
        } else {
            for (String k : List.of("hero-alt", "hero-caption", "hero-credit")) {
                if (fm.get(k) != null) {
                    throw fail(src, fm.get(k), k + " needs a hero image (hero: FILE)");
                }
            }
        }
        WorkflowState state = null;
        if (fm.get("state") != null) {
            try {
                state = WorkflowState.parse(fm.value("state"));
            } catch (IllegalArgumentException e) {
                throw fail(src, fm.get("state"), e.getMessage());
            }
        }
        String reportSlug = null;
        int position = 0;
        if (kind == ItemKind.REPORT_SECTION) {
            if (fm.get("report") == null || fm.value("report").isBlank()) {
                throw new ImportException(src.name(), "field report", "a report section names its report: report: SLUG");
            }
            reportSlug = fm.value("report").strip();
            if (fm.get("position") != null) {
                position = parseInt(src, fm.get("position"), 1);
            }
        } else {
            for (String k : List.of("report", "position")) {
                if (fm.get(k) != null) {
                    throw fail(src, fm.get(k), k + " is only for kind: report-section");
                }
            }
        }
        ItemContent content = new ItemContent(kind, orEmpty(fm, "headline").strip(), orEmpty(fm, "standfirst").strip(),
                orEmpty(fm, "byline").strip(), fm.body(), orEmpty(fm, "topic").strip(), tags, slug, hero, embargo,
                orEmpty(fm, "notes-to-editors"), fm.value("language"));
        checkRules(src, fm, content, now);
        return new ImportDrafts.ItemDraft(src, content, writerId, state, heroBytes, heroFile, reportSlug, position);
    }

    private ImportDrafts.ReportDraft readReport(ImportSource src, FrontMatter fm) {
        checkKeys(src, fm, REPORT_KEYS);
        String title = orEmpty(fm, "title").strip();
        if (title.isEmpty()) {
            throw new ImportException(src.name(), "field title", "a report needs a title");
        }
        if (title.length() > org.standfirst.model.Report.TITLE_MAX) {
            throw fail(src, fm.get("title"), "a report title can be at most " + org.standfirst.model.Report.TITLE_MAX
                    + " characters");
        }
        String slug = fm.get("slug") == null ? org.standfirst.model.Text.slugOf(title) : fm.value("slug").strip();
        if (Slug.problem(slug) != null) {
            throw fail(src, fm.get("slug"), Slug.problem(slug));
        }
        return new ImportDrafts.ReportDraft(src, title, slug, orEmpty(fm, "summary").strip(), orEmpty(fm, "topic").strip());
    }

    /** Field rules (headline length, embargo in the future...), reported at the field's line. */
    static void checkRules(ImportSource src, FrontMatter fm, ItemContent content, Instant now) {
        for (var p : org.standfirst.model.ItemRules.check(content, null, now)) {
            String key = p.field().equals("hero") ? "hero-alt" : p.field().equals("notesToEditors") ? "notes-to-editors" : p.field();
            FrontMatter.Field f = fm == null ? null : fm.get(key);
            throw new ImportException(src.name(), f == null ? "field " + key : "line " + f.line(), p.message());
        }
    }

    private static void checkKeys(ImportSource src, FrontMatter fm, Set<String> allowed) {
        for (FrontMatter.Field f : fm.fields().values()) {
            if (!allowed.contains(f.key())) {
                throw fail(src, f, "unknown key '" + f.key() + "'");
            }
        }
    }

    private static Instant parseInstant(ImportSource src, FrontMatter.Field f) {
        String v = f.value().strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                throw fail(src, f, "'" + v + "' is not a date and time such as 2026-12-03T00:01:00Z");
            }
        }
    }

    private static int parseInt(ImportSource src, FrontMatter.Field f, int min) {
        try {
            int n = Integer.parseInt(f.value().strip());
            if (n < min) {
                throw fail(src, f, f.key() + " must be at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw fail(src, f, f.key() + " must be a whole number, not '" + f.value() + "'");
        }
    }

    private static String orEmpty(FrontMatter fm, String key) {
        String v = fm.value(key);
        return v == null ? "" : v;
    }

    private static ImportException fail(ImportSource src, FrontMatter.Field f, String reason) {
        return new ImportException(src.name(), f == null ? "" : "line " + f.line(), reason);
    }
}
