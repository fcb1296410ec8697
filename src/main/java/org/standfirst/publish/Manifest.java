package org.standfirst.publish;

import org.standfirst.render.HouseDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what the bundle holds (items and reports with their revisions, what was held
 * back and why, every file with its SHA-256) and when it was made. The time is the one field that
 * differs between two exports of the same workspace.
 */
final class Manifest {
    static final String GENERATOR = "Standfirst 0.1";

    private Manifest() {
    }

    static byte[] build(ExportRequest request, ExportPlan plan, List<BundleFile> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", GENERATOR);
        m.put("time", HouseDates.iso(request.now()));
        m.put("channel", request.channel().key());
        m.put("formats", request.formats().stream().map(ExportFormat::key).sorted().toList());
        if (request.formats().contains(ExportFormat.NINJS)) {
            m.put("ninjsVersion", request.ninjsVersion().label());
        }
        m.put("site", request.site().baseUrl());
        List<Map<String, Object>> items = new ArrayList<>();
        plan.items().stream().sorted(java.util.Comparator.comparing(PreparedItem::slug)).forEach(p -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", p.id());
            i.put("slug", p.slug());
            i.put("kind", p.item().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            i.put("revision", p.revisionId());
            i.put("headline", p.headline());
            items.add(i);
        });
        m.put("items", items);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (PreparedReport r : plan.reports()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", r.report().id());
            o.put("slug", r.slug());
            o.put("title", r.report().title());
            List<Map<String, Object>> sections = new ArrayList<>();
            for (PreparedItem s : r.sections()) {
                Map<String, Object> so = new LinkedHashMap<>();
                so.put("id", s.id());
                so.put("revision", s.revisionId());
                sections.add(so);
            }
            o.put("sections", sections);
            reports.add(o);
        }
        m.put("reports", reports);
        List<Map<String, Object>> held = new ArrayList<>();
        for (HeldBack h : plan.heldBack()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", h.id());
            o.put("kind", h.kind());
            o.put("title", h.title());
            o.put("reason", h.reason());
            held.add(o);
        }
        m.put("heldBack", held);
        List<Map<String, Object>> list = new ArrayList<>();
        for (BundleFile f : files) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", f.path());
            o.put("size", f.size());
            o.put("sha256", f.sha256());
            list.add(o);
        }
        m.put("files", list);
        return JsonFiles.pretty(m);
    }
}
