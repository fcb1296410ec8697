package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.workflow.DiffSegment;
import org.standfirst.workflow.FieldDiff;
import org.standfirst.workflow.RevisionDiff;
import org.standfirst.workflow.SideBySideRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * standfirst diff ID REV REV: word-level differences between two revisions, inline as
 * [-removed-]{+added+} (the form git's word diff uses) or side by side.
 */
@Command(name = "diff", description = "Compare two revisions of an item word by word. A revision is its number in "
        + "`history`, 'head', or the start of its id.")
final class DiffCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String ref;
    @Parameters(index = "1", paramLabel = "REV")
    String from;
    @Parameters(index = "2", paramLabel = "REV")
    String to;
    @Option(names = "--side-by-side", description = "Older and newer lines in two columns")
    boolean sideBySide;
    @Option(names = "--json", description = "One JSON object per changed field")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            Item item = sf.items().resolve(ref);
            RevisionDiff d = sf.review().diff(item.id(), from, to);
            if (json) {
                for (FieldDiff f : d.fields()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("field", f.field());
                    m.put("segments", f.inline().stream().map(s -> Map.of("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT),
                            "text", s.text())).toList());
                    JsonLines.print(out, m);
                }
                return;
            }
            if (d.identical()) {
                out.println("The two revisions are the same");
                return;
            }
            for (FieldDiff f : d.fields()) {
                out.println("== " + f.label());
                if (sideBySide) {
                    for (SideBySideRow r : f.sideBySide()) {
                        out.printf("%s %-60s | %s%n", r.changed() ? "*" : " ", marked(r.left()), marked(r.right()));
                    }
                } else {
                    out.println(marked(f.inline()));
                }
            }
        }
    }

    static String marked(List<DiffSegment> segs) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segs) {
            switch (s.kind()) {
                case SAME -> sb.append(s.text());
                case REMOVED -> sb.append("[-").append(s.text()).append("-]");
                case ADDED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }
}
