package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standfirst.app.AuditLine;
import org.standfirst.app.ItemHistory;
import org.standfirst.app.RevisionSummary;
import org.standfirst.app.Standfirst;
import org.standfirst.model.AuditEntry;
import org.standfirst.model.Item;
import org.standfirst.workflow.VerifiedApproval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** standfirst history ID: every revision with who, when and state, approvals verified, and the audit log. */
@Command(name = "history", description = "Show an item's revisions, approvals (verified or not) and audit log.")
final class HistoryCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Id, slug, or the start of the headline")
    String ref;
    @Option(names = "--json", description = "One JSON object per line")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            Item item = sf.items().resolve(ref);
            ItemHistory h = sf.review().history(item.id());
            if (json) {
                h.revisions().forEach(r -> JsonLines.print(out, revision(r)));
                h.audit().forEach(a -> JsonLines.print(out, audit(a)));
                return;
            }
            out.println(item.headline() + " (" + item.state().label().toLowerCase(Locale.ROOT) + ")");
            out.println();
            out.println("Revisions");
            for (RevisionSummary r : h.revisions()) {
                out.printf("%3d  %s  %s  %-20s %-18s %s%n", r.number(), ReviewCommand.shortId(r.id()),
                        ReviewCommand.WHEN.format(r.revision().created()), r.authorName(),
                        r.state().label() + (r.head() ? " (latest)" : ""), r.revision().message());
                for (VerifiedApproval v : r.approvals()) {
                    out.println("       approved by " + v.reviewerName() + ", " + ReviewCommand.WHEN.format(v.approval().at())
                            + ": " + v.label());
                }
            }
            out.println();
            out.println("Audit log");
            for (AuditLine a : h.audit()) {
                AuditEntry e = a.entry();
                out.println("  " + ReviewCommand.WHEN.format(e.at()) + "  " + a.actorName() + "  " + e.action()
                        + (e.from() != null && e.to() != null && e.from() != e.to()
                        ? "  " + e.from().label() + " -> " + e.to().label() : "")
                        + (e.revisionId() == null ? "" : "  @" + ReviewCommand.shortId(e.revisionId()))
                        + (e.comment().isEmpty() ? "" : "  \"" + e.comment() + "\""));
            }
        }
    }

    private static Map<String, Object> revision(RevisionSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "revision");
        m.put("number", r.number());
        m.put("id", r.id());
        m.put("parents", r.revision().parentIds());
        m.put("author", r.authorName());
        m.put("created", r.revision().created().toString());
        m.put("state", r.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("head", r.head());
        m.put("message", r.revision().message());
        List<Map<String, Object>> approvals = r.approvals().stream().map(v -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("reviewer", v.reviewerName());
            a.put("at", v.approval().at().toString());
            a.put("valid", v.valid());
            a.put("problem", v.valid() ? null : v.problem());
            return a;
        }).toList();
        m.put("approvals", approvals);
        return m;
    }

    private static Map<String, Object> audit(AuditLine a) {
        AuditEntry e = a.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "audit");
        m.put("at", e.at().toString());
        m.put("actor", a.actorName());
        m.put("action", e.action());
        m.put("from", e.from() == null ? null : e.from().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("to", e.to() == null ? null : e.to().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("revision", e.revisionId());
        m.put("comment", e.comment());
        return m;
    }
}
