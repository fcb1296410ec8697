package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst show ID: one item's fields and body. */
@Command(name = "show", description = "Show one item, named by id, slug or the start of its headline.")
final class ShowCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Id, slug, or the start of the headline when only one item has it")
    String ref;
    @Option(names = "--json", description = "One JSON object")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            Item item = sf.items().resolve(ref);
            Map<String, Object> f = ItemFields.full(sf, item);
            if (json) {
                JsonLines.print(out, f);
                return;
            }
            out.println(item.headline());
            out.println("=".repeat(Math.min(item.headline().length(), 80)));
            for (Map.Entry<String, Object> e : f.entrySet()) {
                if (e.getKey().equals("headline") || e.getKey().equals("body") || e.getValue() == null
                        || e.getValue().toString().isEmpty()) {
                    continue;
                }
                Object v = e.getValue() instanceof Map<?, ?> m ? m.get("alt") + " (" + m.get("asset") + ")" : e.getValue();
                out.printf("%-17s %s%n", e.getKey().replace('_', ' ') + ":", v.toString().replace("\n", "\n                  "));
            }
            out.println();
            out.print(item.content().body());
        }
    }
}
