package org.standfirst.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.standfirst.model.Item;
import org.standfirst.model.Report;

/** A report is approved only when it has sections and every one of them is approved. */
public final class ReportGate {
    private ReportGate() {
    }

    /** The sections that hold the report back, in reading order; empty when it may publish. */
    public static List<Item> blockers(List<Item> sections, Predicate<Item> approved) {
        List<Item> out = new ArrayList<>();
        for (Item s : sections) {
            if (!approved.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    public static boolean isApproved(Report report, List<Item> sections, Predicate<Item> approved) {
        return !sections.isEmpty() && sections.size() == report.sectionIds().size()
                && blockers(sections, approved).isEmpty();
    }

    /** One line saying why a report is not approved, or empty when it is. */
    public static String reason(Report report, List<Item> sections, Predicate<Item> approved) {
        if (sections.isEmpty()) {
            return "The report '" + report.title() + "' has no sections";
        }
        if (sections.size() != report.sectionIds().size()) {
            return "The report '" + report.title() + "' lists sections that are missing from this workspace";
        }
        List<Item> b = blockers(sections, approved);
        if (b.isEmpty()) {
            return "";
        }
        return "The report '" + report.title() + "' is not approved: " + b.size() + " of " + sections.size()
                + " sections await approval (first: '" + b.get(0).headline() + "')";
    }
}
