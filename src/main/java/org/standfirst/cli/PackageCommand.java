package org.standfirst.cli;

import java.nio.file.Path;
import java.util.List;
import org.standfirst.app.PackageImportResult;
import org.standfirst.app.Standfirst;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** standfirst package export|import: offline review packages, one JSON file each way. */
@Command(name = "package", description = "Export items or reports for review on another machine, or import a package or reply.")
final class PackageCommand {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "export", description = "Write a review package for items or reports (by id, slug or headline).")
    void export(@Parameters(paramLabel = "ID", arity = "1..*") List<String> refs,
                @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
                @Option(names = "--as", paramLabel = "PERSON", description = "Who is sending it") String as) {
        try (Standfirst sf = root.openWorkspace()) {
            Path written = sf.packages().export(refs, out, as);
            spec.commandLine().getOut().println("Wrote " + written);
        }
    }

    @Command(name = "import", description = "Read a review package or a reply; comments, suggestions and decisions merge.")
    void importPackage(@Parameters(paramLabel = "FILE") Path file) {
        try (Standfirst sf = root.openWorkspace()) {
            PackageImportResult r = sf.packages().importPackage(file);
            var out = spec.commandLine().getOut();
            out.println("Imported " + file.getFileName() + ": " + r.revisionsAdded() + " revisions, " + r.commentsAdded()
                    + " comments, " + r.suggestionsAdded() + " suggestions, " + r.approvalsAdded() + " approvals");
            r.notes().forEach(n -> out.println("  " + n));
        }
    }
}
