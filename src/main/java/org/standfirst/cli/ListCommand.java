package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.List;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.WorkflowState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst list: items, newest first, optionally filtered and searched. */
@Command(name = "list", description = "List items, most recently updated first.")
final class ListCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--status", paramLabel = "S", description = "draft, in-review, changes-requested, approved, published or archived")
    String status;
    @Option(names = "--kind", paramLabel = "K", description = "news-story, press-release, feature or report-section")
    String kind;
    @Option(names = "--search", paramLabel = "Q", description = "Words to find (each matches the start of a word)")
    String search;
    @Option(names = "--writer", paramLabel = "NAME", description = "Only this writer's items")
    String writer;
    @Option(names = "--topic", paramLabel = "T", description = "Only items with this topic")
    String topic;
    @Option(names = "--json", description = "One JSON object per line")
    boolean json;

    @Override
    public void run() {
        ItemQuery q = ItemQuery.all().withText(search).withTopic(topic);
        if (status != null) {
            q = q.withState(WorkflowState.parse(status));
        }
        if (kind != null) {
            q = q.withKind(ItemKind.parse(kind));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            if (writer != null) {
                q = q.withWriter(sf.people().resolve(writer).id());
            }
            List<Item> items = sf.items().list(q);
            for (Item i : items) {
                if (json) {
                    JsonLines.print(out, ItemFields.summary(sf, i));
                } else {
                    out.printf("%-18s %-15s %-45s %s%n", i.state().label(), i.kind().label(), i.content().slug(), i.headline());
                }
            }
            if (!json && items.isEmpty()) {
                out.println("No items match.");
            }
        }
    }
}
