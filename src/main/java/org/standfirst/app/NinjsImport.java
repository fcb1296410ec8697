package org.standfirst.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;

/**
 * Reads an IPTC ninjs document (3.x, with the 1.x/2.x names as a fallback) into a draft news
 * story: headline, summary as the standfirst, the HTML body converted to Markdown, byline,
 * the first subject as the topic, other subjects and keywords as tags, embargo and language.
 */
final class NinjsImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NinjsImport() {
    }

    static ImportDrafts.ItemDraft read(ImportSource src, String writerId, Instant now) {
        JsonNode doc;
        try {
            doc = JSON.readTree(src.text());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new ImportException(src.name(), where, "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ")");
        }
        if (doc == null || !doc.isObject()) {
            throw new ImportException(src.name(), "", "a ninjs document is a JSON object");
        }
        String type = doc.path("type").asText("text");
        if (!type.equals("text") && !type.equals("composite")) {
            throw new ImportException(src.name(), "field type", "only text items can be imported, not '" + type + "'");
        }
        String headline = role(doc, "headlines", "main", doc.path("headline").asText(""));
        if (headline.isBlank()) {
            throw new ImportException(src.name(), "field headlines", "a headline is required");
        }
        String summary = role(doc, "descriptions", "summary", doc.path("description_text").asText(""));
        String body = bodyOf(doc);
        List<String> tags = new ArrayList<>();
        String topic = "";
        for (JsonNode s : doc.path("subjects").isArray() ? doc.path("subjects") : doc.path("subject")) {
            String name = s.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (topic.isEmpty()) {
                topic = name;
            } else {
                tags.add(name);
            }
        }
        for (JsonNode k : doc.path("keywords")) {
            tags.add(k.asText());
        }
        Instant embargo = null;
        String e = doc.path("embargoedUntil").asText(doc.path("embargoed").asText(""));
        if (!e.isBlank()) {
            try {
                embargo = OffsetDateTime.parse(e).toInstant();
            } catch (DateTimeParseException ex) {
                throw new ImportException(src.name(), "field embargoedUntil", "'" + e + "' is not a date and time");
            }
        }
        String by = doc.path("by").asText(doc.path("byline").asText(""));
        String language = doc.path("language").asText("");
        ItemContent content = new ItemContent(ItemKind.NEWS_STORY, headline.strip(), summary.strip(), by.strip(), body,
                topic, tags, "", null, embargo, "", language.isBlank() ? null : language);
        MarkdownImport.checkRules(src, null, content, now);
        return new ImportDrafts.ItemDraft(src, content, writerId, null, null, null, null, 0);
    }

    private static String role(JsonNode doc, String array, String role, String fallback) {
        JsonNode a = doc.path(array);
        if (!a.isArray() || a.isEmpty()) {
            return fallback;
        }
        for (JsonNode n : a) {
            if (role.equals(n.path("role").asText())) {
                return n.path("value").asText("");
            }
        }
        return a.get(0).path("value").asText("");
    }

    private static String bodyOf(JsonNode doc) {
        JsonNode bodies = doc.path("bodies");
        if (bodies.isArray() && !bodies.isEmpty()) {
            JsonNode chosen = bodies.get(0);
            for (JsonNode b : bodies) {
                if ("main".equals(b.path("role").asText())) {
                    chosen = b;
                    break;
                }
            }
            String type = chosen.path("contentType").asText("text/html");
            String value = chosen.path("value").asText("");
            return type.contains("html") ? markdownOf(value) : value;
        }
        if (doc.hasNonNull("body_html")) {
            return markdownOf(doc.path("body_html").asText());
        }
        return doc.path("body_text").asText("");
    }

    /** The body as Markdown through the same converter that cleans pasted rich text, ending in a newline like typed text. */
    private static String markdownOf(String html) {
        String md = org.standfirst.render.HtmlToMarkdown.convert(html);
        return md.isEmpty() ? md : md + "\n";
    }
}
