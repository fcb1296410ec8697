package org.standfirst.publish;

import org.standfirst.render.HouseDates;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.model.Asset;
import org.standfirst.model.Channel;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;

/**
 * IPTC ninjs, one document per item at items/&lt;slug&gt;.ninjs.json. Version 3.1 uses the
 * camel-case property names; 2.2 the lower-case ones of the 2.x line (and has no "rel" on
 * associations). The mapping is in DESIGN.md section 5; the tests validate every document
 * against the official schemas.
 */
public final class NinjsExporter implements Exporter {
    @Override
    public ExportFormat format() {
        return ExportFormat.NINJS;
    }

    @Override
    public int steps(ExportPlan plan) {
        return plan.items().size();
    }

    @Override
    public void write(ExportContext ctx) throws IOException, ExportException {
        for (PreparedItem item : ctx.plan().items()) {
            String path = "items/" + item.slug() + ".ninjs.json";
            ctx.files().write(path, JsonFiles.pretty(document(ctx, item)));
            ctx.step(path);
        }
    }

    /** The ninjs document for one item, as ordered maps (the order is the file's order). */
    public static Map<String, Object> document(ExportContext ctx, PreparedItem item) throws IOException {
        boolean v3 = ctx.request().ninjsVersion() == NinjsVersion.V3_1;
        Keys k = v3 ? Keys.V3 : Keys.V2;
        ItemContent c = item.content();
        String site = ctx.site().baseUrl();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uri", itemUri(item.id()));
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("name", "ninjs");
        standard.put("version", ctx.request().ninjsVersion().label());
        standard.put("schema", ctx.request().ninjsVersion().schemaUri());
        doc.put("standard", standard);
        doc.put("type", "text");
        doc.put("profile", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        doc.put("version", item.revisionId());
        doc.put(k.firstCreated, HouseDates.iso(item.item().created()));
        doc.put(k.versionCreated, HouseDates.iso(item.modified()));
        if (c.embargo() != null) {
            doc.put(k.embargoed, HouseDates.iso(c.embargo()));
        }
        boolean withheld = item.embargoed() || ctx.channel() == Channel.DRAFT;
        doc.put(k.pubStatus, withheld ? "withheld" : "usable");
        if (!ctx.site().copyrightHolder().isEmpty()) {
            doc.put(k.copyrightHolder, ctx.site().copyrightHolder());
        }
        String edNote = edNote(ctx, item);
        if (!edNote.isEmpty()) {
            doc.put(k.edNote, edNote);
        }
        doc.put("language", c.language());
        doc.put("slugline", item.slug());
        doc.put("headlines", List.of(text(k, "main", "text/plain", item.headline())));
        if (!c.standfirst().isBlank()) {
            doc.put("descriptions", List.of(text(k, "summary", "text/plain", c.standfirst())));
        }
        BodyRenderer.Body body = item.body("ninjs", ctx.renderer(), 2, "", ctx.images(site, true));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("role", "main");
        b.put(k.contentType, "text/html");
        b.put(k.charCount, body.charCount());
        b.put(k.wordCount, body.wordCount());
        b.put("value", body.html());
        doc.put("bodies", List.of(b));
        if (!item.byline().isBlank()) {
            doc.put("by", item.byline());
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        if (!c.topic().isBlank()) {
            subjects.add(subject("topic", c.topic()));
        }
        for (String tag : c.tags()) {
            subjects.add(subject("keyword", tag));
        }
        if (!subjects.isEmpty()) {
            doc.put("subjects", subjects);
        }
        if (c.hero() != null && item.hero().isPresent()) {
            doc.put("associations", List.of(picture(ctx, k, v3, c.hero(), item.hero().get())));
        }
        return doc;
    }

    /** A stable identifier from the item id, independent of slug and site address. */
    static String itemUri(String itemId) {
        return "urn:standfirst:item:" + URLEncoder.encode(itemId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String edNote(ExportContext ctx, PreparedItem item) {
        List<String> parts = new ArrayList<>();
        if (ctx.channel() == Channel.DRAFT) {
            parts.add("DRAFT: not approved for publication.");
        }
        if (item.embargoed() && item.content().embargo() != null) {
            parts.add(HouseDates.embargoStamp(item.content().embargo(), ctx.site().zone()) + ".");
        }
        if (!item.content().notesToEditors().isBlank()) {
            parts.add("Notes to editors: " + item.content().notesToEditors().strip());
        }
        return String.join(" ", parts);
    }

    private static Map<String, Object> text(Keys k, String role, String contentType, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put(k.contentType, contentType);
        m.put("value", value);
        return m;
    }

    private static Map<String, Object> subject(String rel, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("rel", rel);
        return m;
    }

    private static Map<String, Object> picture(ExportContext ctx, Keys k, boolean v3, HeroImage hero, Asset asset)
            throws IOException {
        String path = ctx.writeAsset(asset);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", "featureimage");
        if (v3) {
            a.put("rel", "hero");
        }
        a.put("uri", "urn:standfirst:asset:" + asset.id());
        a.put("type", "picture");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", "original");
        r.put("href", ctx.site().url(path));
        r.put(k.contentType, asset.mimeType());
        if (asset.width() > 0 && asset.height() > 0) {
            r.put("width", asset.width());
            r.put("height", asset.height());
        }
        r.put(k.sizeInBytes, asset.size());
        a.put("renditions", List.of(r));
        List<Map<String, Object>> descriptions = new ArrayList<>();
        descriptions.add(text(k, "alt", "text/plain", hero.altText()));
        if (!hero.caption().isBlank()) {
            descriptions.add(text(k, "caption", "text/plain", hero.caption()));
        }
        a.put("descriptions", descriptions);
        if (!hero.credit().isBlank()) {
            a.put("by", hero.credit());
        }
        if (!asset.licence().isBlank()) {
            a.put(k.usageTerms, asset.licence());
        }
        return a;
    }

    /** Property names that differ between the 3.x and 2.x lines. */
    private record Keys(String firstCreated, String versionCreated, String embargoed, String pubStatus,
                        String copyrightHolder, String edNote, String contentType, String charCount,
                        String wordCount, String sizeInBytes, String usageTerms) {
        static final Keys V3 = new Keys("firstCreated", "versionCreated", "embargoedUntil", "pubStatus",
                "copyrightHolder", "edNote", "contentType", "charCount", "wordCount", "sizeInBytes", "usageTerms");
        static final Keys V2 = new Keys("firstcreated", "versioncreated", "embargoed", "pubstatus",
                "copyrightholder", "ednote", "contenttype", "charcount", "wordcount", "sizeinbytes", "usageterms");
    }
}
