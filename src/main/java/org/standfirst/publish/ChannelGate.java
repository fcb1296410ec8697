package org.standfirst.publish;

import org.standfirst.render.HouseDates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.standfirst.model.Asset;
import org.standfirst.model.Channel;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;
import org.standfirst.model.Text;

/**
 * Decides, per channel, what an export may carry. Public: approved and out of embargo. Press:
 * approved, embargoed items included (they are stamped). Draft: anything (every page is
 * watermarked). Outside draft an item also needs a headline, a body and alt text on every image.
 * A report goes out only when every one of its sections passes.
 */
public final class ChannelGate {
    private final Channel channel;
    private final Instant now;
    private final ZoneId zone;
    private final ApprovalGate approvals;
    private final BodyRenderer renderer;

    public ChannelGate(Channel channel, Instant now, ZoneId zone, ApprovalGate approvals, BodyRenderer renderer) {
        this.channel = channel;
        this.now = now;
        this.zone = zone;
        this.approvals = approvals;
        this.renderer = renderer;
    }

    /** Why an item may not go out on this channel; empty when it may. */
    public List<String> reasons(Item item, PublishSource source) {
        List<String> out = new ArrayList<>();
        if (channel == Channel.DRAFT) {
            return out;
        }
        approvals.whyNotApproved(item).ifPresent(out::add);
        if (channel == Channel.PUBLIC && item.isEmbargoedAt(now)) {
            out.add("under embargo until " + HouseDates.dateTime(item.content().embargo(), zone));
        }
        if (item.content().headline().isBlank()) {
            out.add("the headline is empty");
        }
        if (item.content().body().isBlank()) {
            out.add("the body is empty");
        }
        if (item.content().hero() != null) {
            Optional<Asset> asset = source.asset(item.content().hero().assetId());
            if (asset.isEmpty()) {
                out.add("the hero image is missing from the workspace");
            }
            if (item.content().hero().altText().isBlank()) {
                out.add("the hero image has no alt text");
            }
        }
        // Only Markdown image syntax makes an image (raw HTML is escaped), so most bodies need no render here.
        int noAlt = !item.content().body().contains("![") ? 0
                : renderer.render(item.content().body(), 2, "", UnaryOperator.identity()).imagesWithoutAlt();
        if (noAlt > 0) {
            out.add(noAlt == 1 ? "an image in the body has no alt text" : noAlt + " images in the body have no alt text");
        }
        return out;
    }

    /**
     * Gathers and gates the selection. An id or slug may name an item or a report; naming a
     * report section exports its report.
     *
     * @throws ExportException when a name matches nothing
     */
    public ExportPlan plan(PublishSource source, List<String> selection) throws ExportException {
        List<Item> allItems = source.items().stream().sorted(Comparator.comparing(Item::id)).toList();
        List<Report> allReports = source.reports().stream().sorted(Comparator.comparing(Report::id)).toList();
        Map<String, Item> itemsById = new HashMap<>();
        allItems.forEach(i -> itemsById.put(i.id(), i));

        Set<Item> items = new LinkedHashSet<>();
        Set<Report> reports = new LinkedHashSet<>();
        if (selection.isEmpty()) {
            // Everything: archived work was withdrawn on purpose, so it is left out rather than
            // listed as held back on every export (the draft channel still shows it; naming an
            // archived item still says why it cannot go out).
            allItems.stream().filter(i -> i.kind() != ItemKind.REPORT_SECTION)
                    .filter(i -> channel == Channel.DRAFT || i.state() != org.standfirst.model.WorkflowState.ARCHIVED)
                    .forEach(items::add);
            reports.addAll(allReports);
        } else {
            for (String name : selection) {
                Optional<Report> report = allReports.stream()
                        .filter(r -> r.id().equals(name) || r.slug().equals(name)).findFirst();
                Optional<Item> item = allItems.stream()
                        .filter(i -> i.id().equals(name) || slugOf(i).equals(name)).findFirst();
                if (report.isPresent()) {
                    reports.add(report.get());
                } else if (item.isPresent() && item.get().kind() == ItemKind.REPORT_SECTION) {
                    Item section = item.get();
                    allReports.stream().filter(r -> r.id().equals(section.reportId())
                                    || r.sectionIds().contains(section.id()))
                            .findFirst().ifPresentOrElse(reports::add, () -> items.add(section));
                } else if (item.isPresent()) {
                    items.add(item.get());
                } else {
                    throw new ExportException("No item or report called '" + name + "' in this workspace");
                }
            }
        }

        List<HeldBack> held = new ArrayList<>();
        List<PreparedItem> passed = new ArrayList<>();
        Map<String, PreparedItem> bySlug = new HashMap<>();
        for (Item item : items) {
            List<String> why = reasons(item, source);
            String title = item.headline().isBlank() ? "(no headline)" : item.headline();
            if (!why.isEmpty()) {
                held.add(new HeldBack(item.id(), item.kind().label(), title, String.join("; ", why)));
                continue;
            }
            PreparedItem p = prepare(item, source);
            PreparedItem clash = bySlug.putIfAbsent(p.slug(), p);
            if (clash != null) {
                held.add(new HeldBack(item.id(), item.kind().label(), title,
                        "its slug '" + p.slug() + "' is also used by '" + clash.headline() + "'"));
                continue;
            }
            passed.add(p);
        }
        passed.sort(Comparator.comparing(PreparedItem::published).reversed().thenComparing(PreparedItem::id));

        List<PreparedReport> passedReports = new ArrayList<>();
        for (Report report : reports) {
            List<String> why = new ArrayList<>();
            List<PreparedItem> sections = new ArrayList<>();
            if (report.sectionIds().isEmpty()) {
                why.add("it has no sections");
            }
            int n = 0;
            for (String sectionId : report.sectionIds()) {
                n++;
                Item section = itemsById.get(sectionId);
                if (section == null) {
                    why.add("section " + n + " is missing from the workspace");
                    continue;
                }
                List<String> r = reasons(section, source);
                if (!r.isEmpty()) {
                    why.add("section " + n + " '" + section.headline() + "': " + String.join("; ", r));
                } else {
                    sections.add(prepare(section, source));
                }
            }
            if (why.isEmpty()) {
                passedReports.add(new PreparedReport(report, sections));
            } else {
                held.add(new HeldBack(report.id(), "Report", report.title(), String.join("; ", why)));
            }
        }
        passedReports.sort(Comparator.comparing(PreparedReport::slug));
        held.sort(Comparator.comparing(HeldBack::kind).thenComparing(HeldBack::title).thenComparing(HeldBack::id));
        return new ExportPlan(passed, passedReports, held);
    }

    private PreparedItem prepare(Item item, PublishSource source) {
        Optional<Asset> hero = item.content().hero() == null ? Optional.empty()
                : source.asset(item.content().hero().assetId());
        String author = item.writerId() == null ? "" : source.personName(item.writerId());
        return new PreparedItem(item, slugOf(item), author == null ? "" : author,
                source.publishedAt(item), source.modifiedAt(item), hero, item.isEmbargoedAt(now));
    }

    static String slugOf(Item item) {
        String s = item.content().slug();
        return s.isBlank() ? Text.slugOf(item.headline().isBlank() ? item.id() : item.headline()) : s;
    }
}
