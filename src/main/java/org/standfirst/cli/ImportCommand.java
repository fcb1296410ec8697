package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.standfirst.app.ImportResult;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst import FILE...: Markdown with front matter, or ninjs JSON; all or nothing. */
@Command(name = "import", description = "Import Markdown files with front matter (docs/markdown-format.md) "
        + "and ninjs JSON files as drafts. If any file is bad, nothing is imported.")
final class ImportCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files ending .md or .json")
    List<Path> files;
    @Option(names = "--as", paramLabel = "PERSON", description = "Writer for files that name none")
    String as;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            String writerId = as == null ? null : sf.people().resolve(as).id();
            ImportResult r = sf.importer().importFiles(files, writerId);
            for (Report rep : r.reports()) {
                out.printf("report  %-45s %s%n", rep.slug(), rep.title());
            }
            for (Item i : r.items()) {
                out.printf("item    %-45s %s%n", i.content().slug(), i.headline());
            }
            out.printf("Imported %d item%s and %d report%s.%n", r.items().size(), r.items().size() == 1 ? "" : "s",
                    r.reports().size(), r.reports().size() == 1 ? "" : "s");
        }
    }
}
