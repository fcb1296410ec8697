package org.standfirst.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standfirst.app.CheckService;
import org.standfirst.app.NotFoundException;
import org.standfirst.app.Standfirst;
import org.standfirst.check.CheckEngine;
import org.standfirst.check.CheckResult;
import org.standfirst.check.Fields;
import org.standfirst.check.Finding;
import org.standfirst.check.Severity;
import org.standfirst.model.FrontMatter;
import org.standfirst.model.FrontMatterException;
import org.standfirst.model.HeroImage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * standfirst check ID|FILE: house style, spelling, readability and accessibility findings for a
 * stored item or a Markdown file (with or without front matter). Exits 1 when there is an
 * error-level finding, so a script can stop on it.
 */
@Command(name = "check", description = "Check an item, a report's sections or a Markdown file against the house "
        + "style. Exits 1 when there are errors.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FILE", description = "An item's id, slug or headline start, a report's slug, or a Markdown file")
    String target;
    @Option(names = "--json", description = "One JSON object per finding, one a line")
    boolean json;

    /** Where a field of a file starts, so that positions point at the file's own lines. */
    private record Origin(String name, Map<String, int[]> fieldStarts) {
        int[] start(String field) {
            return fieldStarts.getOrDefault(field, new int[] {1, 1});
        }
    }

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(target);
        CheckResult result;
        Origin origin;
        if (Files.isRegularFile(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, int[]> starts = new LinkedHashMap<>();
            ItemContent content = fromFile(file, text, starts);
            origin = new Origin(target, starts);
            // A file is checked with the workspace's packs and dictionary when there is a workspace;
            // checking a file never creates one.
            if (Files.isDirectory(root.workspaceFolder())) {
                try (Standfirst sf = root.openWorkspace()) {
                    result = sf.checks().check(content);
                }
            } else {
                result = CheckEngine.builtIn().check(content);
            }
        } else {
            try (Standfirst sf = root.openWorkspace()) {
                Item item;
                try {
                    item = sf.items().resolve(target);
                } catch (NotFoundException notAnItem) {
                    if (sf.reports().all().stream().noneMatch(r -> r.slug().equals(target) || r.id().equals(target))) {
                        throw notAnItem;
                    }
                    return checkReport(sf);
                }
                result = sf.checks().checkItem(item.id());
                origin = new Origin(nameOf(item), null);
            }
        }
        print(result, origin);
        return result.hasErrors() ? 1 : 0;
    }

    /** A report: every section in order, then the readability of the whole report. */
    private int checkReport(Standfirst sf) {
        CheckService.ReportReadability whole = sf.checks().reportReadability(target);
        boolean errors = false;
        for (CheckService.SectionReadability s : whole.sections()) {
            CheckResult r = sf.checks().checkItem(s.section().id());
            errors |= r.hasErrors();
            print(r, new Origin(nameOf(s.section()), null));
        }
        if (!json) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(java.util.Locale.ROOT, "Report '%s': %d sections, reading ease %.1f, grade %.1f, %d words.%n",
                    whole.report().title(), whole.sections().size(), whole.whole().ease(), whole.whole().grade(), whole.whole().words());
            out.flush();
        }
        return errors ? 1 : 0;
    }

    private static String nameOf(Item item) {
        return item.content().slug().isEmpty() ? item.id() : item.content().slug();
    }

    private void print(CheckResult result, Origin origin) {
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : result.findings()) {
            int line = f.line();
            int column = f.column();
            String where = origin.name();
            if (origin.fieldStarts() != null) {
                int[] s = origin.start(f.field());
                column = line == 1 ? column + s[1] - 1 : column;
                line = line + s[0] - 1;
            } else if (!f.field().equals(Fields.BODY)) {
                where = where + "/" + f.field();
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("rule", f.rule());
                o.put("severity", f.severity().label());
                o.put("message", f.message());
                o.put("line", line);
                o.put("column", column);
                o.put("text", f.text());
                o.put("replacement", f.replacement());
                o.put("field", f.field());
                JsonLines.print(out, o);
            } else {
                out.printf("%s:%d:%d: %s: %s [%s]%n", where, line, column, f.severity().label(), f.message(), f.rule());
            }
        }
        if (!json) {
            var r = result.readability();
            String target = result.target() == null ? ""
                    : String.format(java.util.Locale.ROOT, " (target: ease %.0f or more, grade %.0f or less)",
                    result.target().minEase(), result.target().maxGrade());
            out.printf(java.util.Locale.ROOT, "%d errors, %d warnings, %d suggestions. Reading ease %.1f, grade %.1f%s, %d words.%n",
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.SUGGESTION),
                    r.ease(), r.grade(), target, r.words());
        }
        out.flush();
    }

    /** A Markdown file as item content: front matter for the headline and the rest, else all body. */
    private static ItemContent fromFile(Path file, String text, Map<String, int[]> starts) {
        if (!text.startsWith("---")) {
            starts.put(Fields.BODY, new int[] {1, 1});
            return ItemContent.blank(ItemKind.NEWS_STORY).withBody(text);
        }
        FrontMatter fm;
        try {
            fm = FrontMatter.parse(text);
        } catch (FrontMatterException e) {
            throw new IllegalArgumentException(file + ": line " + e.line() + ": " + e.reason());
        }
        String[] lines = text.split("\r?\n", -1);
        ItemKind kind = fm.value("kind") == null ? ItemKind.NEWS_STORY : ItemKind.parse(fm.value("kind"));
        ItemContent c = ItemContent.blank(kind).withBody(fm.body());
        c = c.withHeadline(value(fm, "headline", Fields.HEADLINE, lines, starts));
        c = c.withStandfirst(value(fm, "standfirst", Fields.STANDFIRST, lines, starts));
        c = c.withNotesToEditors(value(fm, "notes-to-editors", Fields.NOTES_TO_EDITORS, lines, starts));
        if (fm.get("hero") != null) {
            c = c.withHero(new HeroImage(fm.value("hero"), value(fm, "hero-alt", Fields.HERO, lines, starts), "", ""));
        }
        // The body is the text after the closing ---: count the lines before it.
        int bodyLine = text.substring(0, text.length() - fm.body().length()).split("\r?\n", -1).length;
        starts.put(Fields.BODY, new int[] {bodyLine, 1});
        return c;
    }

    private static String value(FrontMatter fm, String key, String field, String[] lines, Map<String, int[]> starts) {
        FrontMatter.Field f = fm.get(key);
        if (f == null) {
            return "";
        }
        String raw = f.line() - 1 < lines.length ? lines[f.line() - 1] : "";
        int at = raw.indexOf(f.value());
        starts.put(field, new int[] {f.line(), at >= 0 ? at + 1 : 1});
        return f.value();
    }
}
